import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { labelText } from '../../../server/contract/label.ts';
import type { Option } from '../../../server/contract/topiclist.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import * as ops from '../designer/doc-ops.ts';
import { EditEvent, focusKey, moveEvent } from '../designer/edit-event.ts';
import { editorStyles } from '../designer/editor-styles.ts';
import { cardProblems, textField } from '../designer/fields.ts';
import { type EditorIssue, issuesLeft, issuesUnder } from '../designer/issues.ts';
import { ReorderController } from '../designer/reorder-controller.ts';
import { formStyles } from '../styles/forms.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { LabelInputEvent } from './ld-editor-label.ts';
import './ld-editor-label.ts';
import type { RowActionEvent } from './ld-editor-row-actions.ts';
import './ld-editor-row-actions.ts';

/** The answer options of a choice item: id and text each, in order. */
@customElement('ld-editor-options')
export class LdEditorOptions extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    editorStyles,
    css`
      .option {
        display: grid;
        gap: var(--ld-space-2);
        padding: var(--ld-space-2) var(--ld-space-3);
        border: 1px solid var(--ld-border);
        border-radius: var(--ld-radius);
        background: var(--ld-surface);
      }
      .option-fields {
        display: grid;
        gap: var(--ld-space-3);
        grid-template-columns: minmax(8rem, 12rem) minmax(0, 1fr);
      }
      @media (max-width: 40rem) {
        .option-fields {
          grid-template-columns: minmax(0, 1fr);
        }
      }
    `,
  ];

  @property({ attribute: false }) options?: Option[];
  /** The item the options belong to. */
  @property({ attribute: false }) ref?: ops.RefOf<'item'>;
  @property({ attribute: false }) languages: string[] = [];
  @property({ attribute: false }) issues: readonly EditorIssue[] = [];
  @property({ type: Boolean }) readonly = false;

  private readonly i18n = new LocaleController(this);
  private readonly reorder = new ReorderController(this, (_group, from, to, control) => {
    const ref = this.optionRef(from);
    if (ref) this.dispatchEvent(moveEvent(ref, to, control ?? 'title', this.i18n.t('designer.moved', this.nameOf(from), to + 1, this.list.length)));
  });

  private get list(): Option[] {
    return ops.list(this.options);
  }

  private optionRef(option: number): ops.RefOf<'option'> | undefined {
    return this.ref && { ...this.ref, kind: 'option', option };
  }

  private nameOf(index: number): string {
    const lang = this.languages[0] ?? '';
    return this.i18n.t('designer.name.option', index + 1, labelText(this.list[index]?.label, lang, lang));
  }

  override render() {
    const item = this.ref;
    if (!item) return nothing;
    const { t } = this.i18n;
    const path = ops.pathOf(item, 'options');
    const left = issuesLeft(this.issues, path, this.list.map((_, i) => ops.pathOf(item, 'options', i)));
    return html`<div class="body" role="group" aria-labelledby="options-title">
      <h6 class="title" id="options-title">${t('item.options')}</h6>
      ${cardProblems('options-problems', left)}
      ${this.list.length ? html`<ol class="list">${this.list.map((option, i) => this.renderOption(option, i))}</ol>` : html`<p class="empty">${t('designer.noOptions')}</p>`}
      ${this.readonly
        ? nothing
        : html`<button class="button add" type="button" data-focus=${focusKey(ops.pathOf(item), 'add-option')} @click=${this.add}><span aria-hidden="true">+</span> ${t('designer.addOption')}</button>`}
    </div>`;
  }

  private renderOption(option: Option, index: number) {
    const { t } = this.i18n;
    const ref = this.optionRef(index)!;
    const path = ops.pathOf(ref);
    const left = issuesLeft(this.issues, path, [ops.pathOf(ref, 'id'), ops.pathOf(ref, 'label')]);
    const name = this.nameOf(index);
    return html`<li class="option" data-reorder="options" data-index=${index} data-reorder-name=${name}>
      <div class="head">
        <span class="title kind" tabindex="-1" data-focus=${focusKey(path, 'title')}>${t('designer.option', index + 1)}</span>
        ${this.readonly
          ? nothing
          : html`<ld-editor-row-actions name=${name} .index=${index} .count=${this.list.length} path=${path} @ld-row-action=${(e: RowActionEvent) => this.onAction(e, index)}></ld-editor-row-actions>`}
      </div>
      ${cardProblems(`option-${index}-problems`, left)}
      <div class="option-fields">
        ${textField({
          id: `option-${index}-id`,
          label: t('designer.id'),
          value: option.id ?? '',
          verbatim: true,
          readonly: this.readonly,
          problems: issuesUnder(this.issues, ops.pathOf(ref, 'id')),
          onInput: (id) => this.dispatchEvent(new EditEvent((doc) => ops.setField(doc, ref, 'id', id))),
        })}
        <ld-editor-label
          name=${t('designer.optionLabel', index + 1)}
          path=${ops.pathOf(ref, 'label')}
          focus-key=${focusKey(ops.pathOf(ref, 'label'), 'input')}
          .label=${option.label}
          .languages=${this.languages}
          .issues=${this.issues}
          ?readonly=${this.readonly}
          @ld-label-input=${(e: LabelInputEvent) => this.dispatchEvent(new EditEvent((doc) => ops.setLabelAt(doc, ref, 'label', e.language, e.text), { follow: ref }))}
        ></ld-editor-label>
      </div>
    </li>`;
  }

  private add() {
    const ref = this.optionRef(this.list.length)!;
    this.dispatchEvent(
      new EditEvent((doc) => ops.addOption(doc, this.ref!).doc, {
        created: [ref],
        focus: focusKey(ops.pathOf(ref, 'label'), 'input'),
        announce: this.i18n.t('designer.added', this.i18n.t('designer.option', this.list.length + 1)),
      }),
    );
  }

  private onAction(event: RowActionEvent, index: number) {
    const ref = this.optionRef(index)!;
    const { t } = this.i18n;
    const name = this.nameOf(index);
    const count = this.list.length;
    if (event.action === 'up' || event.action === 'down') {
      const to = index + (event.action === 'up' ? -1 : 1);
      this.dispatchEvent(moveEvent(ref, to, event.action, t('designer.moved', name, to + 1, count)));
    } else if (event.action === 'remove') {
      const focus = count > 1 ? focusKey(ops.pathOf(ops.withIndex(ref, Math.min(index, count - 2))), 'title') : focusKey(ops.pathOf(this.ref!), 'add-option');
      this.dispatchEvent(new EditEvent((doc) => ops.removeAt(doc, ref), { focus, announce: t('designer.removed', name) }));
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-editor-options': LdEditorOptions;
  }
}
