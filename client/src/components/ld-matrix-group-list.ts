import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { StudyMatrix } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { groupColours } from '../matrix-view.ts';
import { matrixStyles } from '../styles/matrix.ts';
import { sharedStyles } from '../styles/shared.ts';

type Group = StudyMatrix['groups'][number];

/**
 * The groups of a study matrix with their colour key and size; a suppressed group shows
 * why, and no number at all.
 */
@customElement('ld-matrix-group-list')
export class LdMatrixGroupList extends LitElement {
  static override styles = [
    sharedStyles,
    matrixStyles,
    css`
      :host {
        display: block;
      }
      ul {
        display: flex;
        flex-wrap: wrap;
        gap: var(--ld-space-2);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: inline-flex;
        align-items: center;
        gap: var(--ld-space-2);
        padding: var(--ld-space-1) var(--ld-space-3);
        border: 1px solid var(--ld-border);
        border-radius: var(--ld-radius);
        background: var(--ld-surface);
        line-height: 1.3;
      }
      .name {
        font-weight: 650;
      }
      .n {
        color: var(--ld-text-muted);
        font-variant-numeric: tabular-nums;
      }
      li.suppressed {
        border-style: dashed;
        background: transparent;
      }
      li.suppressed .name {
        color: var(--ld-text-muted);
      }
      .why {
        color: var(--ld-text-muted);
        font-size: 0.9rem;
        font-style: italic;
      }
      .swatch.none {
        background: repeating-linear-gradient(135deg, #c8c8c8 0 2px, transparent 2px 5px);
      }
      @media print {
        .n,
        .why,
        li.suppressed .name {
          color: #000000;
        }
      }
    `,
  ];

  @property({ attribute: false }) matrix?: StudyMatrix;

  private readonly i18n = new LocaleController(this);

  override render() {
    const matrix = this.matrix;
    if (!matrix) return nothing;
    const { t } = this.i18n;
    const colours = groupColours(matrix.groups);
    // Published groups and the total first, in the charts' order; the suppressed ones after.
    return html`<ul aria-label=${t('matrix.groups')}>
      ${matrix.groups.filter((g) => !g.suppressed).map((group) => this.renderGroup(group, colours.get(group.key)!, matrix.k))}
      ${this.renderGroup({ ...matrix.total, key: t('matrix.total') }, 'group-total', matrix.k, true)}
      ${matrix.groups.filter((g) => g.suppressed).map((group) => this.renderGroup(group, '', matrix.k))}
    </ul>`;
  }

  private renderGroup(group: Group, colour: string, k: number, total = false) {
    const { t } = this.i18n;
    if (group.suppressed) {
      return html`<li class="suppressed" data-group=${total ? 'total' : group.key}>
        <span class="swatch none" aria-hidden="true"></span>
        <span class="name">${group.key}</span>
        <span class="why">${group.reason === 'secondary' ? t('matrix.suppressed.secondary') : t('matrix.suppressed.belowThreshold', k)}</span>
      </li>`;
    }
    return html`<li data-group=${total ? 'total' : group.key}>
      <span class="swatch ${colour}" aria-hidden="true"></span>
      <span class="name">${group.key}</span>
      <span class="n">${t('matrix.n', group.n)}</span>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-matrix-group-list': LdMatrixGroupList;
  }
}
