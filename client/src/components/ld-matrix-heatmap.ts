import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Label } from '../../../server/contract/label.ts';
import type { RespondentMatrix } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { axisLabel, formatValue, heatStep, scalePoints, type ScaleRange } from '../matrix-view.ts';
import { matrixStyles } from '../styles/matrix.ts';
import { sharedStyles } from '../styles/shared.ts';

type Cell = RespondentMatrix['cells'][number];
type Special = Exclude<Cell['status'], 'answered'>;
const SPECIALS: Special[] = ['not_applicable', 'dont_know', 'not_asked'];

/**
 * One respondent's satisfaction matrix as a heatmap table: the topic list's dimensions as
 * rows, its levels as columns, each cell coloured by its value and showing it; answers that
 * are not numbers get a grey texture and an abbreviation, never colour alone. A legend
 * follows the table.
 */
@customElement('ld-matrix-heatmap')
export class LdMatrixHeatmap extends LitElement {
  static override styles = [
    sharedStyles,
    matrixStyles,
    css`
      :host {
        display: block;
      }
      .wrap {
        position: relative;
        overflow-x: auto;
      }
      /* Fixed layout: every level gets the same width, the dimensions a third. */
      table {
        table-layout: fixed;
        border-collapse: separate;
        border-spacing: 3px;
        width: 100%;
        min-width: 30rem;
        margin: 0 -3px;
      }
      thead th:first-child {
        width: 34%;
      }
      caption {
        caption-side: top;
        padding: 0 3px var(--ld-space-2);
        text-align: start;
        font-weight: 700;
        font-size: 1.05rem;
      }
      caption .sub {
        display: block;
        color: var(--ld-text-muted);
        font-size: 0.92rem;
        font-weight: 400;
      }
      th {
        padding: var(--ld-space-2) var(--ld-space-3);
        font-weight: 650;
        line-height: 1.3;
      }
      thead th {
        text-align: center;
        vertical-align: bottom;
        color: var(--ld-text-muted);
        font-size: 0.9rem;
      }
      thead th:first-child {
        text-align: start;
      }
      tbody th {
        text-align: start;
        overflow-wrap: break-word;
        hyphens: auto;
      }
      td {
        min-width: 5.5rem;
        height: 3.25rem;
        padding: var(--ld-space-1) var(--ld-space-2);
        border-radius: 0.3rem;
        text-align: center;
        vertical-align: middle;
        box-shadow: inset 0 0 0 1px rgb(0 0 0 / 0.06);
        color: #111111;
        font-size: 1.15rem;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      td.special {
        color: #333333;
        font-size: 0.95rem;
        font-weight: 600;
        font-style: italic;
      }
      td.status-not_asked,
      .specials .key.status-not_asked {
        color: var(--ld-text);
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-start;
        gap: var(--ld-space-3) var(--ld-space-6);
        margin-top: var(--ld-space-4);
        font-size: 0.9rem;
      }
      .legend h3 {
        flex-basis: 100%;
        font-size: 0.85rem;
        font-weight: 700;
        text-transform: uppercase;
        letter-spacing: 0.04em;
        color: var(--ld-text-muted);
      }
      .legend ul {
        display: flex;
        flex-wrap: wrap;
        gap: var(--ld-space-2);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .legend li {
        display: grid;
        justify-items: center;
        gap: 0.15rem;
        max-width: 6.5rem;
        text-align: center;
        line-height: 1.2;
      }
      .key {
        display: grid;
        place-items: center;
        width: 3.5rem;
        height: 2rem;
        border-radius: 0.3rem;
        box-shadow: inset 0 0 0 1px rgb(0 0 0 / 0.06);
        color: #111111;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .specials .key {
        color: #333333;
        font-style: italic;
        font-weight: 600;
        font-size: 0.85rem;
      }
      .meaning {
        color: var(--ld-text-muted);
        font-size: 0.82rem;
      }
      /* Narrow: columns as wide as their content, the whole table scrolling in its box. */
      @media (max-width: 600px) {
        table {
          table-layout: auto;
          min-width: 0;
        }
        /* The dimensions stay in view while the levels scroll past. */
        tr > th:first-child {
          position: sticky;
          left: 0;
          z-index: 1;
          width: 8.5rem;
          min-width: 8.5rem;
          max-width: 8.5rem;
          background: var(--ld-surface);
        }
        tbody th {
          padding-inline: var(--ld-space-1) var(--ld-space-2);
          font-size: 0.9rem;
          overflow-wrap: anywhere;
        }
        td {
          min-width: 4.5rem;
        }
      }
      @media print {
        caption,
        th,
        thead th,
        .legend h3,
        .meaning,
        caption .sub {
          color: #000000;
        }
        table {
          break-inside: avoid;
        }
        td.status-not_asked,
        .specials .key.status-not_asked {
          color: #000000;
        }
      }
    `,
  ];

  @property({ attribute: false }) matrix?: RespondentMatrix;
  /** The scale's meaning per point ("1": Zeer ontevreden), when the topic list has one. */
  @property({ attribute: false }) scaleLabels?: Record<string, Label>;

  private readonly i18n = new LocaleController(this);

  override render() {
    const matrix = this.matrix;
    if (!matrix) return nothing;
    const { t, locale } = this.i18n;
    const at = new Map(matrix.cells.map((c) => [`${c.dimension}\u0000${c.level}`, c]));
    return html`<div class="wrap">
        <table>
          <caption>
            ${t('matrix.heatmap.caption', matrix.respondent.code)}
            ${matrix.scale ? html`<span class="sub">${t('matrix.heatmap.scale', matrix.scale.min, matrix.scale.max)}</span>` : nothing}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('matrix.dimension')}</th>
              ${matrix.levels.map((level) => html`<th scope="col">${axisLabel(level.label, locale)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${matrix.dimensions.map(
              (dimension) => html`<tr>
                <th scope="row">${axisLabel(dimension.label, locale)}</th>
                ${matrix.levels.map((level) => this.renderCell(at.get(`${dimension.id}\u0000${level.id}`), matrix.scale))}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.renderLegend(matrix.scale)}`;
  }

  private renderCell(cell: Cell | undefined, scale: ScaleRange | null) {
    const { t, locale } = this.i18n;
    if (!cell || cell.status !== 'answered' || cell.value === null || !scale) {
      const status: Special = cell && cell.status !== 'answered' ? cell.status : 'not_asked';
      return html`<td class="special status-${status}" data-status=${status}>
        <span class="shown" aria-hidden="true">${t(`matrix.abbr.${status}`)}</span><span class="visually-hidden">${t(`matrix.status.${status}`)}</span>
      </td>`;
    }
    const several = cell.items > 1 ? t('matrix.heatmap.meanOf', cell.items) : '';
    return html`<td class="heat-${heatStep(cell.value, scale)}" data-status="answered" title=${several || nothing}>
      <span class="shown">${formatValue(locale, cell.value)}</span>${several ? html`<span class="visually-hidden">, ${several}</span>` : nothing}
    </td>`;
  }

  private renderLegend(scale: ScaleRange | null) {
    const { t, locale } = this.i18n;
    const labels = this.scaleLabels;
    return html`<div class="legend" role="group" aria-labelledby="legend-heading">
      <h3 id="legend-heading">${t('matrix.legend')}</h3>
      ${scale
        ? html`<ul class="points" aria-label=${t('matrix.legend.points')}>
            ${scalePoints(scale).map((point) => {
              const meaning = labels?.[String(point)];
              return html`<li>
                <span class="key heat-${heatStep(point, scale)}">${formatValue(locale, point)}</span>
                ${meaning ? html`<span class="meaning">${axisLabel(meaning, locale)}</span>` : nothing}
              </li>`;
            })}
          </ul>`
        : nothing}
      <ul class="specials" aria-label=${t('matrix.legend.specials')}>
        ${SPECIALS.map(
          (status) => html`<li>
            <span class="key status-${status}" aria-hidden="true">${t(`matrix.abbr.${status}`)}</span>
            <span class="meaning">${t(`matrix.status.${status}`)}</span>
          </li>`,
        )}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-matrix-heatmap': LdMatrixHeatmap;
  }
}
