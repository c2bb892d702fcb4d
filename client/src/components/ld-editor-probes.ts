import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Label } from '../../../server/contract/label.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import * as ops from '../designer/doc-ops.ts';
import { EditEvent, focusKey } from '../designer/edit-event.ts';
import { editorStyles } from '../designer/editor-styles.ts';
import { cardProblems } from '../designer/fields.ts';
import { type EditorIssue, issuesLeft } from '../designer/issues.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { LabelInputEvent } from './ld-editor-label.ts';
import './ld-editor-label.ts';

/** The follow-up questions of an item: a list of texts the interviewer may ask. */
@customElement('ld-editor-probes')
export class LdEditorProbes extends LitElement {
  static override styles = [
    sharedStyles,
    editorStyles,
    css`
      .probe {
        display: flex;
        align-items: flex-end;
        gap: var(--ld-space-2);
      }
      .probe ld-editor-label {
        flex: 1;
      }
      .button.danger {
        border-color: var(--ld-danger);
        color: var(--ld-danger);
      }
    `,
  ];

  @property({ attribute: false }) probes?: Label[];
  @property({ attribute: false }) ref?: ops.RefOf<'item'>;
  @property({ attribute: false }) languages: string[] = [];
  @property({ attribute: false }) issues: readonly EditorIssue[] = [];
  @property({ type: Boolean }) readonly = false;

  private readonly i18n = new LocaleController(this);

  override render() {
    const ref = this.ref;
    if (!ref) return nothing;
    const { t } = this.i18n;
    const probes = ops.list(this.probes);
    const path = ops.pathOf(ref, 'probes');
    const left = issuesLeft(this.issues, path, probes.map((_, i) => ops.pathOf(ref, 'probes', i)));
    if (this.readonly && !probes.length) return nothing;
    const add = this.readonly
      ? nothing
      : html`<button class="button add" type="button" data-focus=${focusKey(ops.pathOf(ref), 'add-probe')} @click=${this.add}><span aria-hidden="true">+</span> ${t('designer.addProbe')}</button>`;
    // Without probes only the button shows: most items have none.
    if (!probes.length && !left.length) return add;
    return html`<div class="body" role="group" aria-labelledby="probes-title">
      <h6 class="title" id="probes-title">${t('item.probes')}</h6>
      ${cardProblems('probes-problems', left)}
      ${probes.length
        ? html`<ol class="list">
            ${probes.map(
              (probe, i) => html`<li class="probe">
                <ld-editor-label
                  name=${t('designer.probe', i + 1)}
                  path=${ops.pathOf(ref, 'probes', i)}
                  focus-key=${focusKey(ops.pathOf(ref, 'probes', i), 'input')}
                  .label=${probe}
                  .languages=${this.languages}
                  .issues=${this.issues}
                  ?readonly=${this.readonly}
                  @ld-label-input=${(e: LabelInputEvent) => this.dispatchEvent(new EditEvent((doc) => ops.setLabelAt(doc, ref, ['probes', i], e.language, e.text)))}
                ></ld-editor-label>
                ${this.readonly
                  ? nothing
                  : html`<button class="button danger" type="button" @click=${() => this.removeProbe(i)}>
                      <span aria-hidden="true">✕</span><span class="visually-hidden">${t('designer.remove', t('designer.probe', i + 1))}</span>
                    </button>`}
              </li>`,
            )}
          </ol>`
        : nothing}
      ${add}
    </div>`;
  }

  private add() {
    const ref = this.ref!;
    const n = this.probes?.length ?? 0;
    this.dispatchEvent(new EditEvent((doc) => ops.addProbe(doc, ref), { focus: focusKey(ops.pathOf(ref, 'probes', n), 'input') }));
  }

  private removeProbe(index: number) {
    const ref = this.ref!;
    this.dispatchEvent(
      new EditEvent((doc) => ops.removeProbe(doc, ref, index), {
        focus: focusKey(ops.pathOf(ref), 'add-probe'),
        announce: this.i18n.t('designer.removed', this.i18n.t('designer.probe', index + 1)),
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-editor-probes': LdEditorProbes;
  }
}
