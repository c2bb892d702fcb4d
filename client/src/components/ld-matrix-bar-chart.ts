import { css, html, LitElement, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Label } from '../../../server/contract/label.ts';
import type { StudyMatrix } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { axisLabel, formatValue, groupColours, scalePoints, type ScaleRange } from '../matrix-view.ts';
import { matrixStyles } from '../styles/matrix.ts';
import { sharedStyles } from '../styles/shared.ts';
import './ld-matrix-stats-table.ts';

type GroupCell = StudyMatrix['groups'][number]['cells'][number];

interface Bar {
  total: boolean;
  label: string;
  colour: string;
  cell: GroupCell | undefined;
}

// Geometry in SVG units; the chart scales to its box, 1:1 at about 460px wide.
const WIDTH = 460;
const BAR = 12;
const ROW = 18;
const HEAD = 24;
const GAP = 8;
const VALUES = 84;
const FONT_SIZE = 13;
const LABEL_MAX = 180;

let measuring: CanvasRenderingContext2D | null | undefined;
/** The width of a text in the chart's font, measured (labels are right-aligned against the bars). */
function textWidth(text: string, fontFamily: string, bold: boolean): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * FONT_SIZE * 0.6;
  measuring.font = `${bold ? 700 : 400} ${FONT_SIZE}px ${fontFamily}`;
  return measuring.measureText(text).width;
}

/**
 * One cooperation dimension of a study matrix as a small multiple: per level, one bar per
 * group and one for the total, with the mean and n written beside every bar (colour is
 * never the only key). The exact figures follow in a table that opens on request.
 */
@customElement('ld-matrix-bar-chart')
export class LdMatrixBarChart extends LitElement {
  static override styles = [
    sharedStyles,
    matrixStyles,
    css`
      :host {
        display: block;
      }
      figure {
        margin: 0;
      }
      h3 {
        margin-bottom: var(--ld-space-2);
      }
      svg {
        display: block;
        width: 100%;
        max-width: 36rem;
        height: auto;
        overflow: visible;
      }
      text {
        fill: currentColor;
        font-size: 13px;
      }
      .level {
        font-weight: 700;
        font-size: 13px;
      }
      .value {
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .n,
      .tick,
      .end {
        fill: var(--ld-text-muted);
        font-variant-numeric: tabular-nums;
      }
      .tick {
        font-size: 12px;
      }
      .end,
      .none {
        font-size: 12px;
        font-style: italic;
      }
      .none {
        fill: var(--ld-text-muted);
      }
      .total-label {
        font-weight: 700;
      }
      .grid {
        stroke: var(--ld-border);
        stroke-width: 1;
      }
      .axis {
        stroke: var(--ld-text-muted);
        stroke-width: 1;
      }
      details {
        margin-top: var(--ld-space-2);
      }
      summary {
        cursor: pointer;
        padding-block: 0.625rem;
        color: var(--ld-accent-strong);
        font-weight: 600;
      }
      @media print {
        text,
        .n,
        .tick,
        .end,
        .none {
          fill: #000000;
        }
        details {
          display: none;
        }
      }
    `,
  ];

  @property({ attribute: false }) matrix?: StudyMatrix;
  /** The id of the dimension to draw. */
  @property() dimension = '';
  @property({ attribute: false }) scaleLabels?: Record<string, Label>;

  private readonly i18n = new LocaleController(this);

  override render() {
    const matrix = this.matrix;
    const dimension = matrix?.dimensions.find((d) => d.id === this.dimension);
    if (!matrix || !dimension || !matrix.scale) return nothing;
    const { t, locale } = this.i18n;
    const name = axisLabel(dimension.label, locale);
    return html`<figure>
      <figcaption><h3>${name}</h3></figcaption>
      ${this.renderChart(matrix, matrix.scale, name)}
      <details @toggle=${this.onToggle}>
        <summary>${t('matrix.table.show', name)}</summary>
        <ld-matrix-stats-table .matrix=${matrix} dimension=${this.dimension}></ld-matrix-stats-table>
      </details>
    </figure>`;
  }

  /** Tells the page the table is open, so the chart's box can take the full width. */
  private onToggle(event: Event) {
    this.toggleAttribute('table-open', (event.target as HTMLDetailsElement).open);
  }

  private bars(matrix: StudyMatrix, level: string): Bar[] {
    const cellOf = (cells: GroupCell[]) => cells.find((c) => c.dimension === this.dimension && c.level === level);
    const colours = groupColours(matrix.groups);
    const bars: Bar[] = matrix.groups
      .filter((group) => !group.suppressed)
      .map((group) => ({ total: false, label: group.key, colour: colours.get(group.key)!, cell: cellOf(group.cells) }));
    if (!matrix.total.suppressed) bars.push({ total: true, label: this.i18n.t('matrix.total'), colour: 'group-total', cell: cellOf(matrix.total.cells) });
    return bars;
  }

  private renderChart(matrix: StudyMatrix, scale: ScaleRange, name: string) {
    const { t, locale } = this.i18n;
    const perLevel = matrix.levels.map((level) => ({ level, bars: this.bars(matrix, level.id) }));
    const font = getComputedStyle(this).fontFamily;
    const width = (bar: Bar) => textWidth(bar.label, font, bar.total);
    const longest = Math.max(...perLevel.flatMap((l) => l.bars.map(width)), 30);
    const labelWidth = Math.min(LABEL_MAX, longest + 12);
    const fit = (bar: Bar) => {
      let label = bar.label;
      while (label.length > 1 && textWidth(label, font, bar.total) > labelWidth - 12) label = `${label.slice(0, -2)}…`;
      return label;
    };
    const x0 = labelWidth;
    const x1 = WIDTH - VALUES;
    const x = (v: number) => x0 + ((Math.min(scale.max, Math.max(scale.min, v)) - scale.min) / (scale.max - scale.min || 1)) * (x1 - x0);

    let y = 0;
    const parts = perLevel.map(({ level, bars }) => {
      const levelName = axisLabel(level.label, locale);
      const head = svg`<text class="level" x="0" y=${y + 15}>${levelName}</text>`;
      y += HEAD;
      const rows = bars.map((bar) => {
        const top = y;
        y += ROW;
        const label = fit(bar);
        const mean = bar.cell?.mean;
        const n = bar.cell?.n ?? 0;
        const baseline = top + BAR - 1.5;
        const labelText = svg`<text class=${bar.total ? 'total-label' : 'group-label'} x=${x0 - 8} y=${baseline} text-anchor="end"
          >${label}${label !== bar.label ? svg`<title>${bar.label}</title>` : nothing}</text
        >`;
        if (mean === null || mean === undefined) {
          return svg`${labelText}<text class="none" x=${x0 + 4} y=${baseline}>${t('matrix.chart.noValues')}</text>`;
        }
        const value = formatValue(locale, mean);
        return svg`${labelText}
          <rect class="bar ${bar.colour}" x=${x0} y=${top} width=${Math.max(2, x(mean) - x0)} height=${BAR} rx="1.5"
            ><title>${t('matrix.chart.barTitle', bar.label, levelName, value, n)}</title></rect
          >
          <text class="value" x=${x1 + 38} y=${baseline} text-anchor="end">${value}</text>
          <text class="n" x=${x1 + 44} y=${baseline}>${t('matrix.chart.n', n)}</text>`;
      });
      y += GAP;
      return svg`${head}${rows}`;
    });
    const axisY = y - GAP + 4;
    const points = scalePoints(scale);
    const low = this.scaleLabels?.[String(scale.min)];
    const high = this.scaleLabels?.[String(scale.max)];
    const height = axisY + (low || high ? 34 : 20);
    return html`<svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label=${t('matrix.chart.alt', name)}>
      ${points.map((p) => svg`<line class="grid" x1=${x(p)} x2=${x(p)} y1=${HEAD - 4} y2=${axisY}></line>`)}
      ${parts}
      <line class="axis" x1=${x0} x2=${x1} y1=${axisY} y2=${axisY}></line>
      ${points.map((p) => svg`<text class="tick" x=${x(p)} y=${axisY + 14} text-anchor="middle">${formatValue(locale, p)}</text>`)}
      ${low ? svg`<text class="end" x=${x0} y=${axisY + 29}>${axisLabel(low, locale)}</text>` : nothing}
      ${high ? svg`<text class="end" x=${x1} y=${axisY + 29} text-anchor="end">${axisLabel(high, locale)}</text>` : nothing}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-matrix-bar-chart': LdMatrixBarChart;
  }
}
