import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { InterviewStatus } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { textareaField } from '../forms.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import './ld-form-error.ts';

export type ReviewStatus = 'approved' | 'has_issues' | 'in_progress';

export class ReviewEvent extends Event {
  static readonly eventName = 'ld-review';
  constructor(
    readonly status: ReviewStatus,
    readonly comment?: string,
  ) {
    super(ReviewEvent.eventName, { bubbles: true, composed: true });
  }
}

/** What a lead may do with an interview in each status. */
const CHOICES: Partial<Record<InterviewStatus, ReviewStatus[]>> = {
  completed: ['approved', 'has_issues', 'in_progress'],
  approved: ['has_issues', 'in_progress'],
  has_issues: ['approved', 'in_progress'],
};

/** The research lead's decision on a completed interview: approve, has issues (with a comment), reopen. */
@customElement('ld-review-panel')
export class LdReviewPanel extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      section {
        display: grid;
        gap: var(--ld-space-3);
      }
      h2 {
        font-size: 1.15rem;
      }
    `,
  ];

  @property() status: InterviewStatus = 'completed';
  @property({ type: Boolean }) busy = false;
  @property({ attribute: false }) error: unknown;
  @state() private writing = false;
  @state() private commentError = '';

  private readonly i18n = new LocaleController(this);

  override render() {
    const choices = CHOICES[this.status];
    if (!choices) return nothing;
    const { t } = this.i18n;
    return html`<section class="card" aria-labelledby="review-title">
      <h2 id="review-title">${t('review.title')}</h2>
      <ld-form-error .error=${this.error}></ld-form-error>
      ${this.writing
        ? html`<form novalidate @submit=${this.sendIssues}>
            ${textareaField({ id: 'comment', label: t('review.comment'), hint: t('review.commentHint'), error: this.commentError, rows: 3 })}
            <div class="actions">
              <button class="button danger" type="submit" ?disabled=${this.busy}>${t('review.issues')}</button>
              <button class="button quiet" type="button" @click=${() => (this.writing = false)}>${t('form.cancel')}</button>
            </div>
          </form>`
        : html`<div class="actions">
            ${choices.includes('approved')
              ? html`<button class="button primary" type="button" ?disabled=${this.busy} @click=${() => this.decide('approved')}>${t('review.approve')}</button>`
              : nothing}
            ${choices.includes('has_issues')
              ? html`<button class="button danger" type="button" ?disabled=${this.busy} @click=${this.startIssues}>${t('review.issues')}</button>`
              : nothing}
            <button class="button quiet" type="button" ?disabled=${this.busy} @click=${() => this.decide('in_progress')}>${t('review.reopen')}</button>
          </div>`}
    </section>`;
  }

  private async startIssues() {
    this.writing = true;
    this.commentError = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>('#comment')?.focus();
  }

  private sendIssues(event: SubmitEvent) {
    event.preventDefault();
    const comment = ((event.target as HTMLFormElement).elements.namedItem('comment') as HTMLTextAreaElement).value.trim();
    if (!comment) {
      this.commentError = this.i18n.t('review.commentRequired');
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLTextAreaElement>('#comment')?.focus());
      return;
    }
    this.writing = false;
    this.decide('has_issues', comment);
  }

  private decide(status: ReviewStatus, comment?: string) {
    this.dispatchEvent(new ReviewEvent(status, comment));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-review-panel': LdReviewPanel;
  }
  interface HTMLElementEventMap {
    'ld-review': ReviewEvent;
  }
}
