import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Scale } from '../../../server/contract/topiclist.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import * as ops from '../designer/doc-ops.ts';
import { EditEvent, focusKey } from '../designer/edit-event.ts';
import { editorStyles } from '../designer/editor-styles.ts';
import { cardProblems } from '../designer/fields.ts';
import { type EditorIssue, issuesLeft } from '../designer/issues.ts';
import { formStyles } from '../styles/forms.ts';
import { sharedStyles } from '../styles/shared.ts';
import './ld-editor-scale.ts';

/** The list's answer scales, each with its own card. */
@customElement('ld-editor-scales')
export class LdEditorScales extends LitElement {
  static override styles = [sharedStyles, formStyles, editorStyles];

  @property({ attribute: false }) scales?: Record<string, Scale>;
  @property({ attribute: false }) languages: string[] = [];
  @property({ attribute: false }) issues: readonly EditorIssue[] = [];
  @property({ type: Boolean }) readonly = false;

  private readonly i18n = new LocaleController(this);

  override render() {
    const { t } = this.i18n;
    const entries = Object.entries(this.scales ?? {});
    const ids = entries.map(([id]) => id);
    const left = issuesLeft(this.issues, 'scales', ids.map((id) => ops.pathOf({ kind: 'scale', scale: id })));
    return html`<section class="card" aria-labelledby="heading">
      <h2 id="heading">${t('designer.scales')}</h2>
      <p class="hint">${t('designer.scalesHint')}</p>
      ${cardProblems('scales-problems', left)}
      ${entries.length
        ? html`<ul class="list">
            ${entries.map(
              ([id, scale], i) => html`<li>
                <ld-editor-scale
                  scale-id=${id}
                  .scale=${scale}
                  .index=${i}
                  .ids=${ids}
                  .languages=${this.languages}
                  .issues=${this.issues}
                  ?readonly=${this.readonly}
                ></ld-editor-scale>
              </li>`,
            )}
          </ul>`
        : html`<p class="empty">${t('designer.noScales')}</p>`}
      ${this.readonly ? nothing : html`<button class="button add" type="button" data-focus=${focusKey('scales', 'add')} @click=${this.add}><span aria-hidden="true">+</span> ${t('designer.addScale')}</button>`}
    </section>`;
  }

  private add() {
    const { t } = this.i18n;
    // The id addScale gives: the first free "scale-n".
    const ref: ops.RefOf<'scale'> = { kind: 'scale', scale: ops.proposeId('', ops.FALLBACK_ID.scale, Object.keys(this.scales ?? {})) };
    this.dispatchEvent(
      new EditEvent((doc) => ops.addScale(doc).doc, {
        created: [ref],
        focus: focusKey(ops.pathOf(ref, 'label'), 'input'),
        announce: t('designer.added', t('designer.scale')),
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-editor-scales': LdEditorScales;
  }
}
