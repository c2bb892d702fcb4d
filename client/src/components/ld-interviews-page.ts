import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { getInterviews, type InterviewStatus, type InterviewSummary, type User } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { TaskController } from '../controllers/task-controller.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import './ld-interview-list.ts';
import './ld-status.ts';

const GROUPS: { id: string; title: MessageKey; statuses: InterviewStatus[] }[] = [
  { id: 'planned', title: 'interviews.group.planned', statuses: ['planned'] },
  { id: 'active', title: 'interviews.group.active', statuses: ['in_progress'] },
  { id: 'done', title: 'interviews.group.done', statuses: ['completed', 'has_issues', 'approved'] },
];

/** `/interviews`, and `/` for an interviewer: my interviews by where they stand; a lead sees all. */
@customElement('ld-interviews-page')
export class LdInterviewsPage extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    css`
      h2 {
        display: flex;
        align-items: center;
        gap: var(--ld-space-2);
      }
      .count {
        color: var(--ld-text-muted);
        font-weight: 500;
      }
    `,
  ];

  @property({ attribute: false }) user?: User;

  private readonly i18n = new LocaleController(this);
  private readonly interviews = new TaskController(this, {
    task: (_args: [], signal) => getInterviews(signal),
    args: () => [] as [],
  });

  override render() {
    const { t } = this.i18n;
    const lead = this.user?.role === 'lead';
    return html`<h1>${t('interviews.title')}</h1>
      <p class="intro">${lead ? t('interviews.introLead') : t('interviews.intro')}</p>
      ${this.interviews.render({
        pending: () => html`<ld-status kind="loading" message=${t('interviews.loading')}></ld-status>`,
        error: (error) => html`<ld-status kind="error" .error=${error} retryable @ld-retry=${() => this.interviews.retry()}></ld-status>`,
        complete: (interviews) => this.renderGroups(interviews, lead),
      })}`;
  }

  private renderGroups(interviews: InterviewSummary[], lead: boolean) {
    const { t } = this.i18n;
    if (interviews.length === 0) return html`<ld-status kind="empty" message=${lead ? t('interviews.emptyLead') : t('interviews.empty')}></ld-status>`;
    return GROUPS.map((group) => {
      const rows = interviews.filter((i) => group.statuses.includes(i.status));
      return html`<section aria-labelledby=${`group-${group.id}`}>
        <div class="section-head">
          <h2 id=${`group-${group.id}`}>${t(group.title)} <span class="count">(${rows.length})</span></h2>
        </div>
        ${rows.length ? html`<ld-interview-list .interviews=${rows} show-study></ld-interview-list>` : html`<p class="muted">${t('interviews.groupEmpty')}</p>`}
      </section>`;
    });
  }

  override updated() {
    document.title = `${this.i18n.t('interviews.title')} · leidraad`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-interviews-page': LdInterviewsPage;
  }
}
