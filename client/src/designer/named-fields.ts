// The id, name and description of a level or a topic in the designer: the same fields for
// both, with their problems next to them.
import { html } from 'lit';
import type { Label } from '../../../server/contract/label.ts';
import type { TopicList } from '../../../server/contract/topiclist.ts';
import type { LabelInputEvent } from '../components/ld-editor-label.ts';
import '../components/ld-editor-label.ts';
import * as ops from './doc-ops.ts';
import { EditEvent, type EditOptions, focusKey } from './edit-event.ts';
import { textField } from './fields.ts';
import { type EditorIssue, issuesUnder } from './issues.ts';

export interface NamedFieldsOptions {
  /** Where the edits go (a level's or a topic's reference). */
  ref: ops.RefOf<'level'> | ops.RefOf<'topic'>;
  node: { id?: string; label?: Label; description?: Label };
  languages: string[];
  issues: readonly EditorIssue[];
  readonly: boolean;
  t: (key: 'designer.id' | 'designer.idHint' | 'designer.name' | 'designer.description') => string;
  /** The element the edit events are sent from. */
  host: EventTarget;
}

export function namedFields({ ref, node, languages, issues, readonly, t, host }: NamedFieldsOptions) {
  const at = (field: string) => ops.pathOf(ref, field);
  const edit = (change: (doc: TopicList) => TopicList, options?: EditOptions) =>
    host.dispatchEvent(new EditEvent(change, options));
  return html`<div class="fields">
      ${textField({
        id: 'id',
        label: t('designer.id'),
        hint: t('designer.idHint'),
        value: node.id ?? '',
        verbatim: true,
        readonly,
        problems: issuesUnder(issues, at('id')),
        onInput: (id) => edit((doc) => ops.setField(doc, ref, 'id', id)),
      })}
    </div>
    <ld-editor-label
      name=${t('designer.name')}
      path=${at('label')}
      focus-key=${focusKey(at('label'), 'input')}
      .label=${node.label}
      .languages=${languages}
      .issues=${issues}
      ?readonly=${readonly}
      @ld-label-input=${(e: LabelInputEvent) => edit((doc) => ops.setLabelAt(doc, ref, 'label', e.language, e.text), { follow: ref })}
    ></ld-editor-label>
    <ld-editor-label
      name=${t('designer.description')}
      path=${at('description')}
      multiline
      optional
      .label=${node.description}
      .languages=${languages}
      .issues=${issues}
      ?readonly=${readonly}
      @ld-label-input=${(e: LabelInputEvent) => edit((doc) => ops.setLabelAt(doc, ref, 'description', e.language, e.text, true))}
    ></ld-editor-label>`;
}
