import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { getStudyInterviews, type Respondent, type Study } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { TaskController } from '../controllers/task-controller.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { InterviewCreatedEvent, LdInterviewForm } from './ld-interview-form.ts';
import './ld-interview-form.ts';
import './ld-interview-list.ts';
import './ld-status.ts';

/** A study's interviews with their status; a lead plans new ones here. */
@customElement('ld-study-interviews')
export class LdStudyInterviews extends LitElement {
  static override styles = [sharedStyles, pageStyles, formStyles];

  @property({ attribute: false }) study?: Study;
  @property({ attribute: false }) respondents: Respondent[] = [];
  @property({ type: Boolean, attribute: 'can-plan' }) canPlan = false;
  @state() private planning = false;
  @state() private announcement = '';

  private readonly i18n = new LocaleController(this);
  private readonly interviews = new TaskController(this, {
    task: ([id]: [string], signal) => getStudyInterviews(id, signal),
    args: () => [this.study?.id ?? ''] as [string],
  });

  override render() {
    const study = this.study;
    if (!study) return nothing;
    const { t } = this.i18n;
    return html`<section aria-labelledby="interviews-heading">
      <div class="section-head">
        <h2 id="interviews-heading">${t('studyInterviews.title')}</h2>
        ${this.canPlan && !this.planning
          ? html`<button class="button primary" type="button" id="plan" @click=${this.startPlanning}>${t('studyInterviews.plan')}</button>`
          : nothing}
      </div>
      <p class="status" role="status">${this.announcement || nothing}</p>
      ${this.planning
        ? html`<ld-interview-form
            .study=${study}
            .respondents=${this.respondents}
            @ld-interview-created=${this.created}
            @ld-cancel=${this.stopPlanning}
          ></ld-interview-form>`
        : nothing}
      ${this.interviews.render({
        pending: () => html`<ld-status kind="loading" message=${t('studyInterviews.loading')}></ld-status>`,
        error: (error) => html`<ld-status kind="error" .error=${error} retryable @ld-retry=${() => this.interviews.retry()}></ld-status>`,
        complete: (interviews) =>
          interviews.length
            ? html`<ld-interview-list .interviews=${interviews} matrix-links></ld-interview-list>`
            : html`<ld-status kind="empty" message=${t('studyInterviews.empty')}></ld-status>`,
      })}
    </section>`;
  }

  private async startPlanning() {
    this.planning = true;
    this.announcement = '';
    await this.updateComplete;
    const form = this.renderRoot.querySelector<LdInterviewForm>('ld-interview-form');
    await form?.updateComplete;
    form?.focus();
  }

  private async stopPlanning() {
    this.planning = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('#plan')?.focus();
  }

  private async created(event: InterviewCreatedEvent) {
    this.announcement = this.i18n.t('interviewForm.created', event.interview.respondent.code);
    this.interviews.refresh();
    await this.stopPlanning();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-study-interviews': LdStudyInterviews;
  }
}
