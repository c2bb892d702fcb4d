import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { labelText } from '../../../server/contract/label.ts';
import type { Dimension } from '../../../server/contract/topiclist.ts';
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

/** The satisfaction matrix's dimensions: id, name, description, in order. */
@customElement('ld-editor-dimensions')
export class LdEditorDimensions extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    editorStyles,
    css`
      .dimension {
        display: grid;
        gap: var(--ld-space-3);
        padding: var(--ld-space-3);
        border: 1px solid var(--ld-border);
        border-radius: var(--ld-radius);
        background: var(--ld-surface);
      }
    `,
  ];

  @property({ attribute: false }) dimensions?: Dimension[];
  @property({ attribute: false }) languages: string[] = [];
  @property({ attribute: false }) issues: readonly EditorIssue[] = [];
  @property({ type: Boolean }) readonly = false;

  private readonly i18n = new LocaleController(this);
  private readonly reorder = new ReorderController(this, (_group, from, to, control) =>
    this.dispatchEvent(moveEvent(this.refOf(from), to, control ?? 'title', this.i18n.t('designer.moved', this.nameOf(from), to + 1, this.list.length))),
  );

  private get list(): Dimension[] {
    return ops.list(this.dimensions);
  }

  private refOf(dimension: number): ops.RefOf<'dimension'> {
    return { kind: 'dimension', dimension };
  }

  private nameOf(index: number): string {
    const lang = this.languages[0] ?? '';
    return this.i18n.t('designer.name.dimension', index + 1, labelText(this.list[index]?.label, lang, lang));
  }

  override render() {
    const { t } = this.i18n;
    const left = issuesLeft(this.issues, 'dimensions', this.list.map((_, i) => ops.pathOf(this.refOf(i))));
    return html`<section class="card" aria-labelledby="heading">
      <h2 id="heading">${t('designer.dimensions')}</h2>
      <p class="hint">${t('designer.dimensionsHint')}</p>
      ${cardProblems('dimensions-problems', left)}
      ${this.list.length ? html`<ol class="list">${this.list.map((d, i) => this.renderDimension(d, i))}</ol>` : html`<p class="empty">${t('designer.noDimensions')}</p>`}
      ${this.readonly
        ? nothing
        : html`<button class="button add" type="button" data-focus=${focusKey('dimensions', 'add')} @click=${this.add}><span aria-hidden="true">+</span> ${t('designer.addDimension')}</button>`}
    </section>`;
  }

  private renderDimension(dimension: Dimension, index: number) {
    const { t } = this.i18n;
    const ref = this.refOf(index);
    const path = ops.pathOf(ref);
    const at = (field: string) => ops.pathOf(ref, field);
    const name = this.nameOf(index);
    const lang = this.languages[0] ?? '';
    const edit = (fn: (doc: ops.Elements['list']) => ops.Elements['list'], follow = false) => this.dispatchEvent(new EditEvent(fn, follow ? { follow: ref } : {}));
    return html`<li class="dimension" data-reorder="dimensions" data-index=${index} data-reorder-name=${name}>
      <div class="head">
        <h3 class="title" tabindex="-1" data-focus=${focusKey(path, 'title')}>
          <span class="kind">${t('designer.dimensionN', index + 1)}</span> <span lang=${lang || nothing}>${labelText(dimension.label, lang, lang) || t('designer.untitled')}</span>
        </h3>
        ${this.readonly
          ? nothing
          : html`<ld-editor-row-actions name=${name} .index=${index} .count=${this.list.length} path=${path} @ld-row-action=${(e: RowActionEvent) => this.onAction(e, index)}></ld-editor-row-actions>`}
      </div>
      ${cardProblems(`dimension-${index}-problems`, issuesLeft(this.issues, path, [at('id'), at('label'), at('description')]))}
      <div class="fields">
        ${textField({
          id: `dimension-${index}-id`,
          label: t('designer.id'),
          hint: t('designer.dimensionIdHint'),
          value: dimension.id ?? '',
          verbatim: true,
          readonly: this.readonly,
          problems: issuesUnder(this.issues, at('id')),
          // Applied when the field is left: the items on this dimension are renamed with it.
          onChange: (id) => edit((doc) => ops.setId(doc, ref, id.trim())),
        })}
      </div>
      <ld-editor-label
        name=${t('designer.name')}
        path=${at('label')}
        focus-key=${focusKey(at('label'), 'input')}
        .label=${dimension.label}
        .languages=${this.languages}
        .issues=${this.issues}
        ?readonly=${this.readonly}
        @ld-label-input=${(e: LabelInputEvent) => edit((doc) => ops.setLabelAt(doc, ref, 'label', e.language, e.text), true)}
      ></ld-editor-label>
      <ld-editor-label
        name=${t('designer.description')}
        path=${at('description')}
        multiline
        optional
        .label=${dimension.description}
        .languages=${this.languages}
        .issues=${this.issues}
        ?readonly=${this.readonly}
        @ld-label-input=${(e: LabelInputEvent) => edit((doc) => ops.setLabelAt(doc, ref, 'description', e.language, e.text, true))}
      ></ld-editor-label>
    </li>`;
  }

  private add() {
    const ref = this.refOf(this.list.length);
    this.dispatchEvent(
      new EditEvent((doc) => ops.addDimension(doc).doc, {
        created: [ref],
        focus: focusKey(ops.pathOf(ref, 'label'), 'input'),
        announce: this.i18n.t('designer.added', this.i18n.t('designer.dimensionN', this.list.length + 1)),
      }),
    );
  }

  private onAction(event: RowActionEvent, index: number) {
    const { t } = this.i18n;
    const ref = this.refOf(index);
    const name = this.nameOf(index);
    const count = this.list.length;
    if (event.action === 'up' || event.action === 'down') {
      const to = index + (event.action === 'up' ? -1 : 1);
      this.dispatchEvent(moveEvent(ref, to, event.action, t('designer.moved', name, to + 1, count)));
    } else if (event.action === 'remove') {
      const focus = count > 1 ? focusKey(ops.pathOf(this.refOf(Math.min(index, count - 2))), 'title') : focusKey('dimensions', 'add');
      this.dispatchEvent(
        new EditEvent((doc) => ops.removeAt(doc, ref), {
          confirm: (doc) => {
            if (!ops.hasContent(doc, ref)) return undefined;
            const used = ops.usage(doc, 'dimension', this.list[index]?.id ?? '');
            return { heading: t('designer.removeHeading', name), message: t('designer.removeDimension', used), confirmLabel: t('designer.removeConfirm') };
          },
          focus,
          announce: t('designer.removed', name),
        }),
      );
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-editor-dimensions': LdEditorDimensions;
  }
}
