import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ApiError, getStudy, getStudyMatrix, getTopicListVersion, type StudyMatrix, type User } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { TaskController } from '../controllers/task-controller.ts';
import { axisLabel, matrixScaleLabels } from '../matrix-view.ts';
import { MATRIX_GROUP_BY, MATRIX_INCLUDE, type MatrixGroupBy, type MatrixInclude, navigate, paths } from '../router.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { ChoiceChangeEvent } from './ld-segmented-choice.ts';
import './ld-matrix-bar-chart.ts';
import './ld-matrix-group-list.ts';
import './ld-segmented-choice.ts';
import './ld-status.ts';
import '../i18n/messages-admin.ts';

/**
 * `/studies/:id/matrix`: the study's satisfaction matrices compared across organisations,
 * regions or roles, for leads and analysts. Grouping and the interviews counted live in the
 * address, so a view can be bookmarked; small groups come suppressed from the server.
 */
@customElement('ld-study-matrix-page')
export class LdStudyMatrixPage extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    css`
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: var(--ld-space-4) var(--ld-space-6);
        margin-bottom: var(--ld-space-5);
      }
      .busy {
        opacity: 0.55;
        transition: opacity 0.2s;
      }
      ld-matrix-group-list {
        margin-bottom: var(--ld-space-3);
      }
      .scale {
        margin: 0 0 var(--ld-space-4);
        color: var(--ld-text-muted);
        font-size: 0.95rem;
      }
      .charts {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 25rem), 1fr));
        gap: var(--ld-space-4);
      }
      .charts .card {
        padding: var(--ld-space-4);
        break-inside: avoid;
      }
      /* An open table needs more room than half the page. */
      .charts .card:has(> ld-matrix-bar-chart[table-open]) {
        grid-column: 1 / -1;
      }
      @media print {
        .back,
        .intro {
          display: none;
        }
        .scale {
          color: #000000;
        }
        .charts .card {
          border-color: #999999;
        }
      }
    `,
  ];

  @property({ attribute: 'study-id' }) studyId = '';
  @property() by: MatrixGroupBy = 'organisation';
  @property() include: MatrixInclude = 'final';
  @property({ attribute: false }) user?: User;

  private readonly i18n = new LocaleController(this);
  private readonly study = new TaskController(this, {
    task: ([id]: [string], signal) => getStudy(id, signal),
    args: () => [this.studyId] as [string],
  });
  private readonly matrix = new TaskController(this, {
    task: ([id, by, include]: [string, MatrixGroupBy, MatrixInclude], signal) => getStudyMatrix(id, { by, include }, signal),
    args: () => [this.studyId, this.by, this.include] as [string, MatrixGroupBy, MatrixInclude],
  });
  /** The topic list, only for the meaning of the scale's ends. */
  private readonly topicList = new TaskController(this, {
    task: ([id, version]: [string, number], signal) => (id ? getTopicListVersion(id, version, signal) : Promise.resolve(undefined)),
    args: () => [this.study.value?.topiclist.id ?? '', this.study.value?.topiclist.version ?? 0] as [string, number],
  });

  override render() {
    const { t } = this.i18n;
    const study = this.study.value;
    return html`<a class="back" href=${paths.study(this.studyId)}>← ${study?.name ?? t('matrix.toStudy')}</a>
      <h1>${t('matrix.studyTitle')}</h1>
      <p class="intro">${t('matrix.studyIntro')}</p>
      <div class="controls">
        <ld-segmented-choice
          name="by"
          legend=${t('matrix.by')}
          value=${this.by}
          .choices=${MATRIX_GROUP_BY.map((value) => ({ value, label: t(`code.${value}`) }))}
          @ld-choice-change=${(e: ChoiceChangeEvent) => this.show(e.value as MatrixGroupBy, this.include)}
        ></ld-segmented-choice>
        <ld-segmented-choice
          name="include"
          legend=${t('matrix.include')}
          value=${this.include}
          .choices=${MATRIX_INCLUDE.map((value) => ({ value, label: t(`matrix.include.${value}`) }))}
          @ld-choice-change=${(e: ChoiceChangeEvent) => this.show(this.by, e.value as MatrixInclude)}
        ></ld-segmented-choice>
      </div>
      <p class="visually-hidden" role="status">
        ${this.matrix.status === 'complete' && this.matrix.value
          ? t('matrix.shown', t(`code.${this.matrix.value.by}`), this.matrix.value.total.n)
          : ''}
      </p>
      ${this.renderResult()}`;
  }

  private renderResult() {
    const { t } = this.i18n;
    const { status, value, error } = this.matrix;
    if (status === 'error') {
      return error instanceof ApiError && error.status === 404
        ? html`<ld-status kind="error" .error=${error} message=${t('apiError.studyNotFound')}></ld-status>`
        : html`<ld-status kind="error" .error=${error} retryable @ld-retry=${() => this.matrix.retry()}></ld-status>`;
    }
    if (!value) return html`<ld-status kind="loading" message=${t('matrix.loading')}></ld-status>`;
    // While another grouping loads, the current one stays, dimmed, so the page does not jump.
    const busy = status !== 'complete';
    return html`<div class=${busy ? 'busy' : ''} aria-busy=${String(busy)}>${this.renderMatrix(value)}</div>`;
  }

  private renderMatrix(matrix: StudyMatrix) {
    const { t, locale } = this.i18n;
    if (!matrix.scale || matrix.dimensions.length === 0) return html`<ld-status kind="empty" message=${t('matrix.noDimensions')}></ld-status>`;
    if (matrix.total.n === 0) {
      return html`<ld-status kind="empty" message=${t(matrix.include === 'final' ? 'matrix.emptyFinal' : 'matrix.empty')}></ld-status>`;
    }
    const list = this.topicList.value;
    const labels = list ? matrixScaleLabels(list) : undefined;
    const low = labels?.[String(matrix.scale.min)];
    const high = labels?.[String(matrix.scale.max)];
    const published = matrix.groups.some((g) => !g.suppressed) || !matrix.total.suppressed;
    return html`<section aria-labelledby="groups-heading">
        <div class="section-head"><h2 id="groups-heading">${t('matrix.groupsBy', t(`code.${matrix.by}`))}</h2></div>
        <ld-matrix-group-list .matrix=${matrix}></ld-matrix-group-list>
        <p class="scale">${t('matrix.kNote', matrix.k)}</p>
      </section>
      <section aria-labelledby="charts-heading">
        <div class="section-head"><h2 id="charts-heading">${t('matrix.perDimension')}</h2></div>
        ${published
          ? html`<p class="scale">
                ${low && high
                  ? t('matrix.scaleMeaning', matrix.scale.min, axisLabel(low, locale), matrix.scale.max, axisLabel(high, locale))
                  : t('matrix.heatmap.scale', matrix.scale.min, matrix.scale.max)}
              </p>
              <div class="charts">
                ${matrix.dimensions.map(
                  (d) => html`<div class="card">
                    <ld-matrix-bar-chart .matrix=${matrix} dimension=${d.id} .scaleLabels=${labels}></ld-matrix-bar-chart>
                  </div>`,
                )}
              </div>`
          : html`<p class="notice">${t('matrix.allSuppressed', matrix.k)}</p>`}
      </section>`;
  }

  private show(by: MatrixGroupBy, include: MatrixInclude) {
    navigate(paths.studyMatrix(this.studyId, by, include), { replace: true });
  }

  override updated() {
    const study = this.study.value;
    const { t } = this.i18n;
    document.title = `${t('matrix.studyTitle')}${study ? ` · ${study.name}` : ''} · leidraad`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-study-matrix-page': LdStudyMatrixPage;
  }
}
