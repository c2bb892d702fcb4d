import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { StudyMatrix } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { axisLabel, formatValue } from '../matrix-view.ts';
import { sharedStyles } from '../styles/shared.ts';
import { tableStyles } from '../styles/table.ts';

type Group = StudyMatrix['groups'][number];

/**
 * The figures behind one dimension's chart: per level and group n, mean, median, standard
 * deviation and the n.v.t. and w.n. counts. Suppressed groups say so, without figures.
 */
@customElement('ld-matrix-stats-table')
export class LdMatrixStatsTable extends LitElement {
  static override styles = [
    sharedStyles,
    tableStyles,
    css`
      :host {
        display: block;
      }
      thead th {
        text-transform: none;
        letter-spacing: 0;
      }
      caption {
        padding: var(--ld-space-2) var(--ld-space-3);
        text-align: start;
        font-weight: 650;
      }
      td.num,
      th.num {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      tbody th[scope='rowgroup'] {
        vertical-align: top;
        font-weight: 700;
      }
      tbody th[scope='row'] {
        font-weight: 600;
      }
      tbody + tbody > tr:first-child > * {
        border-top: 2px solid var(--ld-border);
      }
      .suppressed {
        color: var(--ld-text-muted);
        font-style: italic;
      }
      tbody tr:last-child > * {
        border-bottom: 1px solid var(--ld-border);
      }
      tbody:last-child tr:last-child > * {
        border-bottom: 0;
      }
    `,
  ];

  @property({ attribute: false }) matrix?: StudyMatrix;
  @property() dimension = '';

  private readonly i18n = new LocaleController(this);

  override render() {
    const matrix = this.matrix;
    const dimension = matrix?.dimensions.find((d) => d.id === this.dimension);
    if (!matrix || !dimension) return nothing;
    const { t, locale } = this.i18n;
    // As the charts and the group list: published groups, the total, then the suppressed ones.
    const groups: Group[] = [
      ...matrix.groups.filter((g) => !g.suppressed),
      { ...matrix.total, key: t('matrix.total') },
      ...matrix.groups.filter((g) => g.suppressed),
    ];
    return html`<div class="table-wrap">
      <table>
        <caption>
          ${t('matrix.table.caption', axisLabel(dimension.label, locale))}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('matrix.table.level')}</th>
            <th scope="col">${t('matrix.table.group')}</th>
            <th scope="col" class="num">${t('matrix.table.n')}</th>
            <th scope="col" class="num">${t('matrix.table.mean')}</th>
            <th scope="col" class="num">${t('matrix.table.median')}</th>
            <th scope="col" class="num">${t('matrix.table.sd')}</th>
            <th scope="col" class="num">
              <span aria-hidden="true">${t('matrix.abbr.not_applicable')}</span><span class="visually-hidden">${t('matrix.status.not_applicable')}</span>
            </th>
            <th scope="col" class="num">
              <span aria-hidden="true">${t('matrix.abbr.dont_know')}</span><span class="visually-hidden">${t('matrix.status.dont_know')}</span>
            </th>
          </tr>
        </thead>
        ${matrix.levels.map(
          (level) => html`<tbody>
            ${groups.map(
              (group, i) => html`<tr>
                ${i === 0 ? html`<th scope="rowgroup" rowspan=${groups.length}>${axisLabel(level.label, locale)}</th>` : nothing}
                <th scope="row">${group.key}</th>
                ${this.renderFigures(group, level.id, matrix.k)}
              </tr>`,
            )}
          </tbody>`,
        )}
      </table>
    </div>`;
  }

  private renderFigures(group: Group, level: string, k: number) {
    const { t, locale } = this.i18n;
    if (group.suppressed) {
      const why = group.reason === 'secondary' ? t('matrix.suppressed.secondary') : t('matrix.suppressed.belowThreshold', k);
      return html`<td colspan="6" class="suppressed">${why}</td>`;
    }
    const cell = group.cells.find((c) => c.dimension === this.dimension && c.level === level);
    const figure = (value: number | null | undefined) => (value === null || value === undefined ? '—' : formatValue(locale, value, 2));
    return html`<td class="num">${cell?.n ?? 0}</td>
      <td class="num">${figure(cell?.mean)}</td>
      <td class="num">${figure(cell?.median)}</td>
      <td class="num">${figure(cell?.sd)}</td>
      <td class="num">${cell?.na ?? 0}</td>
      <td class="num">${cell?.dk ?? 0}</td>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-matrix-stats-table': LdMatrixStatsTable;
  }
}
