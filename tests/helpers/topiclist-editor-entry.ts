// What the topic list editor tests load into a page: the editor element as the app bundles
// it, built apart (tests/helpers/topiclist-editor.ts), with nothing around it.
import '../../client/src/components/ld-topiclist-editor.ts';
export { setLocale } from '../../client/src/i18n/locale.ts';
