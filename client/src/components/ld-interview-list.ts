import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { InterviewSummary } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { paths } from '../router.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';

/** Interviews as rows: respondent, study, who, status, answers so far, and the way in. */
@customElement('ld-interview-list')
export class LdInterviewList extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      .who {
        display: grid;
        gap: 0.1rem;
      }
      .main {
        font-weight: 650;
      }
      .sub {
        color: var(--ld-text-muted);
        font-size: 0.92rem;
      }
      .facts {
        display: inline-flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--ld-space-2) var(--ld-space-3);
      }
      .badge.status-in_progress {
        background: var(--ld-accent-soft);
        color: var(--ld-accent-strong);
      }
      .badge.status-has_issues {
        background: var(--ld-danger-soft);
        color: var(--ld-danger);
      }
      .count {
        font-variant-numeric: tabular-nums;
        color: var(--ld-text-muted);
        font-size: 0.92rem;
      }
      .row .button {
        margin-left: auto;
      }
      .row .button.matrix + .button {
        margin-left: 0;
      }
    `,
  ];

  @property({ attribute: false }) interviews: InterviewSummary[] = [];
  /** Show each interview's study (the home page lists several studies). */
  @property({ type: Boolean, attribute: 'show-study' }) showStudy = false;
  /** Link each started interview to its respondent's satisfaction matrix. */
  @property({ type: Boolean, attribute: 'matrix-links' }) matrixLinks = false;

  private readonly i18n = new LocaleController(this);

  override render() {
    const { t } = this.i18n;
    return html`<ul class="rows" role="list">
      ${this.interviews.map((interview) => {
        const r = interview.respondent;
        const action = interview.status === 'planned' ? 'interviews.start' : interview.status === 'in_progress' ? 'interviews.resume' : 'interviews.view';
        return html`<li class="row">
          <span class="badge accent code">${r.code}</span>
          <span class="grow who">
            <span class="main">${[r.organisation, r.role, r.region].filter(Boolean).join(' · ')}</span>
            <span class="sub">
              ${this.showStudy ? html`${interview.studyName} · ` : nothing}${interview.interviewers.map((p) => p.name).join(` ${t('pairs.and')} `)}
            </span>
          </span>
          <span class="facts">
            <span class="badge status-${interview.status}">${t(`status.${interview.status}`)}</span>
            <span class="count">${t('interviews.answered', interview.answered)}</span>
          </span>
          ${this.matrixLinks && interview.status !== 'planned'
            ? html`<a class="button quiet matrix" href=${paths.interviewMatrix(interview.id)}
                >${t('matrix.link')}<span class="visually-hidden"> ${t('matrix.linkFor', r.code)}</span></a
              >`
            : nothing}
          <a class="button ${action === 'interviews.view' ? 'quiet' : 'primary'}" href=${paths.interview(interview.id)}
            >${t(action)}<span class="visually-hidden"> ${t('interviews.actionFor', r.code)}</span></a
          >
        </li>`;
      })}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-interview-list': LdInterviewList;
  }
}
