import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { labelText } from '../../../server/contract/label.ts';
import type { Scale } from '../../../server/contract/topiclist.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { sharedStyles } from '../styles/shared.ts';

/** Scales wider than this show only their labelled points and the range. */
const MAX_POINTS_SHOWN = 11;

/** A scale's points with their labels, and the special answers it allows. */
@customElement('ld-scale-points')
export class LdScalePoints extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        gap: var(--ld-space-2);
      }
      .label {
        margin: 0;
        font-size: 0.85rem;
        font-weight: 700;
        color: var(--ld-text-muted);
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(5.5rem, 1fr));
        gap: var(--ld-space-2);
      }
      li {
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: var(--ld-space-1);
        padding: var(--ld-space-2);
        border: 1px solid var(--ld-border);
        border-radius: var(--ld-radius);
        text-align: center;
        font-size: 0.9rem;
        line-height: 1.3;
      }
      .value {
        font-size: 1.15rem;
        font-weight: 700;
        color: var(--ld-accent-strong);
      }
      .specials {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--ld-space-2);
        margin: 0;
        font-size: 0.9rem;
        color: var(--ld-text-muted);
      }
      .special {
        padding: 0.15rem 0.6rem;
        border: 1px dashed var(--ld-text-muted);
        border-radius: 999px;
        color: var(--ld-text);
      }
    `,
  ];

  @property({ attribute: false }) scale?: Scale;
  @property() language = '';
  @property({ attribute: 'default-language' }) defaultLanguage = '';

  private readonly i18n = new LocaleController(this);

  override render() {
    const scale = this.scale;
    if (!scale) return nothing;
    const { t } = this.i18n;
    const text = (label: Parameters<typeof labelText>[0]) => labelText(label, this.language, this.defaultLanguage);
    const points = this.points(scale);
    return html`<p class="label">${scale.label ? text(scale.label) : t('scale.points')}</p>
      <ol aria-label=${t('scale.range', scale.min, scale.max)}>
        ${points.map((point) => {
          const label = scale.labels?.[String(point)];
          return html`<li>
            <span class="value">${point}</span>${label ? html`<span>${text(label)}</span>` : nothing}
          </li>`;
        })}
      </ol>
      ${points.length < scale.max - scale.min + 1 ? html`<p class="specials">${t('scale.range', scale.min, scale.max)}</p>` : nothing}
      ${scale.allow?.length
        ? html`<p class="specials">
            <span>${t('scale.specials')}:</span>
            ${scale.allow.map((special) => html`<span class="special">${t(`special.${special}`)}</span>`)}
          </p>`
        : nothing}`;
  }

  private points(scale: Scale): number[] {
    const count = scale.max - scale.min + 1;
    if (count > 0 && count <= MAX_POINTS_SHOWN) return Array.from({ length: count }, (_, i) => scale.min + i);
    const labelled = Object.keys(scale.labels ?? {}).map(Number).filter(Number.isInteger);
    return [...new Set([scale.min, ...labelled, scale.max])].sort((a, b) => a - b);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-scale-points': LdScalePoints;
  }
}
