import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ApiError, getInterviewMatrix, getTopicListVersion, type InterviewStatus, type RespondentMatrix, type User } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { TaskController } from '../controllers/task-controller.ts';
import { describeError } from '../i18n/errors.ts';
import { matrixScaleLabels } from '../matrix-view.ts';
import { paths } from '../router.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import './ld-matrix-heatmap.ts';
import './ld-status.ts';
import '../i18n/messages-admin.ts';

const FACTS = ['organisation', 'role', 'region'] as const;

/**
 * `/interviews/:id/matrix`: one respondent's satisfaction matrix. The server decides who
 * may see it (an interviewer only their own interviews' respondents); a refusal shows as
 * a plain explanation.
 */
@customElement('ld-interview-matrix-page')
export class LdInterviewMatrixPage extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    css`
      .facts {
        display: flex;
        flex-wrap: wrap;
        gap: var(--ld-space-3) var(--ld-space-6);
        margin: var(--ld-space-4) 0 var(--ld-space-5);
      }
      .facts div {
        display: grid;
        gap: 0.1rem;
      }
      dt {
        color: var(--ld-text-muted);
        font-size: 0.85rem;
        font-weight: 700;
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      dd {
        margin: 0;
        font-weight: 600;
      }
      h1 + ld-status {
        margin-top: var(--ld-space-4);
      }
      @media print {
        .back,
        .intro {
          display: none;
        }
        .card {
          border: 0;
          padding: 0;
        }
        dt {
          color: #000000;
        }
      }
    `,
  ];

  @property({ attribute: 'interview-id' }) interviewId = '';
  @property({ attribute: false }) user?: User;

  private readonly i18n = new LocaleController(this);
  private readonly matrix = new TaskController(this, {
    task: ([id]: [string], signal) => getInterviewMatrix(id, signal),
    args: () => [this.interviewId] as [string],
  });
  /** The topic list, only for the meaning of the scale points in the legend. */
  private readonly topicList = new TaskController(this, {
    task: ([id, version]: [string, number], signal) => (id ? getTopicListVersion(id, version, signal) : Promise.resolve(undefined)),
    args: () => [this.matrix.value?.topiclist.id ?? '', this.matrix.value?.topiclist.version ?? 0] as [string, number],
  });

  override render() {
    const { t } = this.i18n;
    const analyst = this.user?.role === 'analyst';
    // Back to the interview when it could be opened; else to the list the person can see.
    const back = analyst
      ? html`<a class="back" href=${paths.studies()}>← ${t('study.back')}</a>`
      : this.matrix.status === 'error'
        ? html`<a class="back" href=${paths.interviews()}>← ${t('runner.back')}</a>`
        : html`<a class="back" href=${paths.interview(this.interviewId)}>← ${t('matrix.toInterview')}</a>`;
    return html`${back}
      ${this.matrix.render({
        pending: () => html`<ld-status kind="loading" message=${t('matrix.loading')}></ld-status>`,
        error: (error) => this.renderError(error),
        complete: (matrix) => this.renderMatrix(matrix),
      })}`;
  }

  private renderError(error: unknown) {
    const { t } = this.i18n;
    if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
      const message = error.status === 404 ? t('matrix.notFound') : describeError(t, error);
      return html`<h1>${t('matrix.title')}</h1>
        <ld-status kind="error" .error=${error} message=${message}></ld-status>`;
    }
    return html`<ld-status kind="error" .error=${error} retryable @ld-retry=${() => this.matrix.retry()}></ld-status>`;
  }

  private renderMatrix(matrix: RespondentMatrix) {
    const { t } = this.i18n;
    const r = matrix.respondent;
    const status = matrix.interview.status as InterviewStatus;
    return html`<h1>${t('matrix.respondentTitle', r.code)}</h1>
      <dl class="facts">
        <div>
          <dt>${t('interviews.respondent')}</dt>
          <dd class="code">${r.code}</dd>
        </div>
        ${FACTS.map(
          (field) => html`<div>
            <dt>${t(`code.${field}`)}</dt>
            <dd>${r[field] || html`<span class="muted">—</span>`}</dd>
          </div>`,
        )}
        <div>
          <dt>${t('matrix.interviewStatus')}</dt>
          <dd><span class="badge accent">${t(`status.${status}`)}</span></dd>
        </div>
      </dl>
      <p class="intro">${t('matrix.heatmap.intro')}</p>
      ${status === 'planned' ? html`<p class="notice">${t('matrix.plannedNote')}</p>` : nothing}
      ${matrix.dimensions.length && matrix.levels.length
        ? html`<div class="card">
            <ld-matrix-heatmap .matrix=${matrix} .scaleLabels=${this.scaleLabels()}></ld-matrix-heatmap>
          </div>`
        : html`<ld-status kind="empty" message=${t('matrix.noDimensions')}></ld-status>`}`;
  }

  private scaleLabels() {
    const list = this.topicList.value;
    return list ? matrixScaleLabels(list) : undefined;
  }

  override updated() {
    const matrix = this.matrix.value;
    const { t } = this.i18n;
    document.title = `${this.matrix.status === 'complete' && matrix ? t('matrix.respondentTitle', matrix.respondent.code) : t('matrix.title')} · leidraad`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-interview-matrix-page': LdInterviewMatrixPage;
  }
}
