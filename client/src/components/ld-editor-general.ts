import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { TopicList } from '../../../server/contract/topiclist.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import * as ops from '../designer/doc-ops.ts';
import { EditEvent, focusKey } from '../designer/edit-event.ts';
import { editorStyles } from '../designer/editor-styles.ts';
import { cardProblems, textField } from '../designer/fields.ts';
import { type EditorIssue, issuesLeft, issuesUnder } from '../designer/issues.ts';
import { formStyles } from '../styles/forms.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { LabelInputEvent } from './ld-editor-label.ts';
import './ld-editor-label.ts';
import './ld-editor-languages.ts';

const LIST: ops.Ref = { kind: 'list' };
/** Top-level keys with a place of their own; problems at other top-level paths show here. */
const PLACED = ['id', 'title', 'description', 'languages', 'scales', 'dimensions', 'levels'];

/** The list as a whole: id, title, description and languages. */
@customElement('ld-editor-general')
export class LdEditorGeneral extends LitElement {
  static override styles = [sharedStyles, formStyles, editorStyles];

  @property({ attribute: false }) doc?: TopicList;
  @property({ attribute: false }) issues: readonly EditorIssue[] = [];
  @property({ type: Boolean }) readonly = false;

  private readonly i18n = new LocaleController(this);

  override render() {
    const doc = this.doc;
    if (!doc) return nothing;
    const { t } = this.i18n;
    const languages = ops.list(doc.languages);
    const edit = (fn: (d: TopicList) => TopicList, follow = false) => this.dispatchEvent(new EditEvent(fn, follow ? { follow: LIST } : {}));
    return html`<section class="card" aria-labelledby="heading">
      <h2 id="heading">${t('designer.general')}</h2>
      ${cardProblems('card-problems', issuesLeft(this.issues, '', PLACED))}
      <div class="fields">
        ${textField({
          id: 'list-id',
          label: t('designer.id'),
          hint: t('designer.listIdHint'),
          value: doc.id ?? '',
          verbatim: true,
          readonly: this.readonly,
          focus: focusKey('id', 'input'),
          problems: issuesUnder(this.issues, 'id'),
          onInput: (id) => edit((d) => ops.setId(d, LIST, id)),
        })}
      </div>
      <ld-editor-label
        name=${t('designer.title')}
        path="title"
        focus-key=${focusKey('title', 'input')}
        .label=${doc.title}
        .languages=${languages}
        .issues=${this.issues}
        ?readonly=${this.readonly}
        @ld-label-input=${(e: LabelInputEvent) => edit((d) => ops.setLabelAt(d, LIST, 'title', e.language, e.text), true)}
      ></ld-editor-label>
      <ld-editor-label
        name=${t('designer.description')}
        path="description"
        multiline
        optional
        .label=${doc.description}
        .languages=${languages}
        .issues=${this.issues}
        ?readonly=${this.readonly}
        @ld-label-input=${(e: LabelInputEvent) => edit((d) => ops.setLabelAt(d, LIST, 'description', e.language, e.text, true))}
      ></ld-editor-label>
      <ld-editor-languages .languages=${languages} .issues=${this.issues} ?readonly=${this.readonly}></ld-editor-languages>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-editor-general': LdEditorGeneral;
  }
}
