import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { labelText, type Label } from '../../../server/contract/label.ts';
import type { Item, Scale } from '../../../server/contract/topiclist.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { sharedStyles } from '../styles/shared.ts';
import './ld-scale-points.ts';

/** One item of a topic, read-only: prompt, type, hint, probes, scale or options. */
@customElement('ld-item-card')
export class LdItemCard extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      article {
        display: grid;
        gap: var(--ld-space-3);
        padding: var(--ld-space-4);
        border: 1px solid var(--ld-border);
        border-radius: var(--ld-radius);
        background: var(--ld-surface);
      }
      .tags {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--ld-space-2);
        font-size: 0.85rem;
      }
      .tag {
        padding: 0.15rem 0.6rem;
        border-radius: 999px;
        background: var(--ld-surface-muted);
        color: var(--ld-text);
        font-weight: 600;
      }
      .tag.matrix {
        background: var(--ld-accent-soft);
        color: var(--ld-accent-strong);
      }
      .id {
        margin-left: auto;
        color: var(--ld-text-muted);
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
        overflow-wrap: anywhere;
      }
      .prompt {
        margin: 0;
        font-size: 1.1rem;
        font-weight: 550;
        max-width: 48rem;
      }
      .label {
        margin: 0;
        font-size: 0.85rem;
        font-weight: 700;
        color: var(--ld-text-muted);
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .hint p {
        margin: 0;
        max-width: 48rem;
      }
      ul {
        margin: var(--ld-space-1) 0 0;
        padding-left: 1.25rem;
        max-width: 48rem;
      }
      .options {
        list-style: none;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: var(--ld-space-1) var(--ld-space-5);
      }
      /* Read-only: markers, not controls, so nothing here looks tappable. */
      .options li {
        display: flex;
        align-items: center;
        gap: var(--ld-space-2);
      }
      .marker {
        flex: none;
        width: 0.9rem;
        height: 0.9rem;
        border: 2px solid var(--ld-text-muted);
        border-radius: 50%;
      }
      .multi .marker {
        border-radius: 3px;
      }
      .range {
        margin: 0;
        color: var(--ld-text-muted);
      }
    `,
  ];

  @property({ attribute: false }) item?: Item;
  /** The item's scale, resolved from the list's `scales`. */
  @property({ attribute: false }) scale?: Scale;
  /** Label of the satisfaction-matrix dimension this item fills, if any. */
  @property({ attribute: 'dimension-label' }) dimensionLabel = '';
  @property() language = '';
  @property({ attribute: 'default-language' }) defaultLanguage = '';

  private readonly i18n = new LocaleController(this);

  override render() {
    const item = this.item;
    if (!item) return nothing;
    const { t } = this.i18n;
    const text = (label: Label | undefined) => labelText(label, this.language, this.defaultLanguage);
    return html`<article>
      <div class="tags">
        <span class="tag">${t(`item.type.${item.type}`)}</span>
        ${this.dimensionLabel ? html`<span class="tag matrix">${t('item.matrix', this.dimensionLabel)}</span>` : nothing}
        <code class="id">${item.id}</code>
      </div>
      <p class="prompt">${text(item.prompt)}</p>
      ${item.hint
        ? html`<div class="hint"><p class="label">${t('item.hint')}</p><p>${text(item.hint)}</p></div>`
        : nothing}
      ${item.probes?.length
        ? html`<div>
            <p class="label">${t('item.probes')}</p>
            <ul>
              ${item.probes.map((probe) => html`<li>${text(probe)}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${item.type === 'scale' && this.scale
        ? html`<ld-scale-points .scale=${this.scale} language=${this.language} default-language=${this.defaultLanguage}></ld-scale-points>`
        : nothing}
      ${item.options?.length
        ? html`<div>
            <p class="label">${t('item.options')}</p>
            <ul class="options ${item.type}">
              ${item.options.map((o) => html`<li><span class="marker" aria-hidden="true"></span>${text(o.label)}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${item.type === 'number' ? this.renderRange(item) : nothing}
    </article>`;
  }

  private renderRange({ min, max }: Item) {
    const { t } = this.i18n;
    if (min !== undefined && max !== undefined) return html`<p class="range">${t('item.numberRange', String(min), String(max))}</p>`;
    if (min !== undefined) return html`<p class="range">${t('item.numberMin', String(min))}</p>`;
    if (max !== undefined) return html`<p class="range">${t('item.numberMax', String(max))}</p>`;
    return nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-item-card': LdItemCard;
  }
}
