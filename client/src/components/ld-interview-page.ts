import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ApiError, type User } from '../api.ts';
import { ActionController } from '../controllers/action-controller.ts';
import { InterviewSessionController } from '../controllers/interview-session-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { describeError } from '../i18n/errors.ts';
import { formatDateTime } from '../i18n/format.ts';
import { isAnswered, topicsInOrder } from '../interview-progress.ts';
import type { Interview, InterviewSessionApi } from '../offline/types.ts';
import { navigate, paths } from '../router.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { AnswerChangeEvent, NoteChangeEvent } from './ld-answer-card.ts';
import type { ConflictResolveEvent } from './ld-conflict-card.ts';
import type { ConsentEvent } from './ld-consent-step.ts';
import type { LdInterviewRunner } from './ld-interview-runner.ts';
import type { ReviewEvent } from './ld-review-panel.ts';
import type { TopicSelectEvent } from './ld-topic-nav.ts';
import './ld-consent-step.ts';
import './ld-interview-runner.ts';
import './ld-review-panel.ts';
import './ld-status.ts';

const EDITABLE: ReadonlySet<Interview['status']> = new Set(['planned', 'in_progress']);

/**
 * `/interviews/:id`: consent first, then the interview runner. Opens the interview's offline
 * session and is where the runner's changes go into it.
 */
@customElement('ld-interview-page')
export class LdInterviewPage extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-start;
        justify-content: space-between;
        gap: var(--ld-space-2) var(--ld-space-4);
        margin-bottom: var(--ld-space-3);
      }
      .title {
        flex: 1 1 24rem;
        min-width: 0;
      }
      h1 {
        font-size: clamp(1.4rem, 1.1rem + 1vw, 1.8rem);
      }
      .meta {
        margin: var(--ld-space-1) 0 0;
        color: var(--ld-text-muted);
        font-size: 0.95rem;
      }
      .notice {
        max-width: none;
      }
      .notice.danger {
        border-left-color: var(--ld-danger);
        background: var(--ld-danger-soft);
      }
      .notice p {
        margin: 0;
      }
      .notice p + p {
        margin-top: var(--ld-space-2);
      }
      ld-review-panel {
        margin-bottom: var(--ld-space-4);
      }
      .matrix-link {
        display: inline-flex;
        align-items: center;
        min-height: var(--ld-touch);
        color: var(--ld-accent-strong);
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: 'interview-id' }) interviewId = '';
  /** The topic on screen, from the URL; the first still open one when absent. */
  @property() topic: string | undefined;
  @property({ attribute: false }) user?: User;
  @state() private announcement = '';
  /** Why the last change could not be kept on this tablet (the interview was locked meanwhile, ...). */
  @state() private saveError: unknown;

  @query('ld-interview-runner') private runner?: LdInterviewRunner;

  private readonly i18n = new LocaleController(this);
  private readonly interview = new InterviewSessionController(this, () => [this.interviewId, this.user]);
  private readonly consent = new ActionController(this);
  private readonly status = new ActionController(this);
  private readonly review = new ActionController(this);
  /** Time spent per topic on this page, and since when the current one is open. */
  private readonly spent = new Map<string, number>();
  private openTopic: { id: string; since: number } | undefined;

  override render() {
    const { t } = this.i18n;
    return html`<a class="back" href=${paths.interviews()}>← ${t('runner.back')}</a>
      ${this.renderState()}`;
  }

  private renderState() {
    const { t } = this.i18n;
    const { status, session, error } = this.interview;
    if (status === 'pending') return html`<ld-status kind="loading" message=${t('runner.loading')}></ld-status>`;
    if (status === 'error' || !session) {
      return error instanceof ApiError && error.status === 404
        ? html`<ld-status kind="error" .error=${error} message=${t('runner.notFound')}></ld-status>`
        : html`<ld-status kind="error" .error=${error} retryable @ld-retry=${() => this.interview.retry()}></ld-status>`;
    }
    const interview = this.interview.interview!;
    return html`${this.renderHead(interview)} ${this.renderBody(session, interview)}`;
  }

  private renderHead(interview: Interview) {
    const { t, locale } = this.i18n;
    const r = interview.respondent;
    const consent = interview.consent;
    const canComplete = EDITABLE.has(interview.status) && consent?.given === true;
    return html`<header class="head">
      <div class="title">
        <h1>${t('runner.title', r.code)} <span class="badge accent">${t(`status.${interview.status}`)}</span></h1>
        <p class="meta">
          ${[r.organisation, r.role, r.region, interview.studyName].filter(Boolean).join(' · ')}
          ${interview.dossier ? html` · ${t('runner.dossier', interview.dossier)}` : nothing}
        </p>
        <p class="meta">
          ${t('runner.with', interview.interviewers.map((p) => p.name).join(` ${t('pairs.and')} `))}
          ${consent?.given ? html` · ${t('consent.given', consent.version, formatDateTime(locale, consent.at))}` : nothing}
        </p>
        ${interview.status !== 'planned'
          ? html`<p class="meta"><a class="matrix-link" href=${paths.interviewMatrix(this.interviewId)}>${t('matrix.view')}</a></p>`
          : nothing}
      </div>
      ${canComplete
        ? html`<button class="button primary" type="button" @click=${() => this.runner?.askComplete()}>${t('complete.button')}</button>`
        : nothing}
    </header>`;
  }

  private renderBody(session: InterviewSessionApi, interview: Interview) {
    const { t, locale } = this.i18n;
    const consent = interview.consent;
    const lead = this.user?.role === 'lead';
    if (consent && !consent.given) {
      return html`<div class="notice danger" role="status">
        <p><strong>${t('consent.refusedTitle')}.</strong> ${t('consent.refused')}</p>
        <p>${t('consent.recorded', consent.by.name, formatDateTime(locale, consent.at), consent.version)}</p>
      </div>`;
    }
    const editable = EDITABLE.has(interview.status);
    if (!consent && editable) {
      return html`<ld-consent-step ?busy=${this.consent.pending} .error=${this.consent.error} @ld-consent=${this.recordConsent}></ld-consent-step>`;
    }
    const locked = editable
      ? nothing
      : html`<div class="notice" role="status">
          <p>${t(`runner.locked.${interview.status as 'completed' | 'approved' | 'has_issues'}`)}</p>
          ${interview.statusComment ? html`<p>${t('runner.comment', interview.statusComment)}</p>` : nothing}
        </div>`;
    return html`${locked}
      ${this.announcement ? html`<p class="notice" role="status">${this.announcement}</p>` : nothing}
      ${this.status.error !== undefined ? html`<p class="notice danger" role="alert">${t('complete.failed', describeError(t, this.status.error))}</p>` : nothing}
      ${this.saveError !== undefined ? html`<p class="notice danger" role="alert">${t('answer.notSaved')} ${describeError(t, this.saveError)}</p>` : nothing}
      ${lead && !editable
        ? html`<ld-review-panel
            status=${interview.status}
            ?busy=${this.review.pending}
            .error=${this.review.error}
            @ld-review=${this.onReview}
          ></ld-review-panel>`
        : nothing}
      <ld-interview-runner
        .session=${session}
        .version=${this.interview.version}
        topic-id=${this.currentTopic(session)}
        ?readonly=${!editable}
        .remoteChanges=${this.interview.remoteChanges}
        .topicSince=${this.openTopic?.since ?? 0}
        .topicBefore=${this.spent.get(this.openTopic?.id ?? '') ?? 0}
        @ld-topic-select=${this.selectTopic}
        @ld-answer-change=${this.onAnswer}
        @ld-note-change=${this.onNote}
        @ld-conflict-resolve=${this.onResolve}
        @ld-complete=${this.complete}
      ></ld-interview-runner>`;
  }

  /** The topic in the URL, or where the interview stands: the first one with an open item. */
  private currentTopic(session: InterviewSessionApi): string {
    const order = topicsInOrder(session.topicList);
    if (this.topic && order.some((e) => e.topic.id === this.topic)) return this.topic;
    const open = order.find(({ topic }) => topic.items.some((item) => !isAnswered(session.answer(item.id)?.value)));
    return (open ?? order[0])?.topic.id ?? '';
  }

  override updated(changed: PropertyValues) {
    super.updated(changed);
    const session = this.interview.session;
    const interview = this.interview.interview;
    document.title = `${interview ? this.i18n.t('runner.title', interview.respondent.code) : this.i18n.t('interviews.title')} · leidraad`;
    // Pin the topic where the interview stands, so answering its last item does not move on.
    if (session && !this.topic && this.runner) {
      this.topic = this.currentTopic(session);
      navigate(paths.interview(this.interviewId, this.topic), { replace: true });
    }
    // Tell the session (presence, time per topic) which topic is on screen.
    const showing = session && this.runner ? this.currentTopic(session) : undefined;
    if (showing !== this.openTopic?.id) this.openTopicChanged(session, showing);
  }

  private openTopicChanged(session: InterviewSessionApi | undefined, topicId: string | undefined) {
    const now = Date.now();
    if (this.openTopic) this.spent.set(this.openTopic.id, (this.spent.get(this.openTopic.id) ?? 0) + now - this.openTopic.since);
    this.openTopic = topicId ? { id: topicId, since: now } : undefined;
    session?.setTopic(topicId ?? null);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    // The controller closes the session after this; report leaving the topic first.
    this.interview.session?.setTopic(null);
    super.disconnectedCallback();
  }

  // What the runner sends up.

  private selectTopic(event: TopicSelectEvent) {
    this.topic = event.topicId;
    navigate(paths.interview(this.interviewId, event.topicId), { replace: true });
  }

  private onAnswer(event: AnswerChangeEvent) {
    this.keep(this.interview.session?.setAnswer(event.itemId, event.value));
  }

  private onNote(event: NoteChangeEvent) {
    this.keep(this.interview.session?.setNote(event.itemId, event.note));
  }

  private onResolve(event: ConflictResolveEvent) {
    this.keep(this.interview.session?.resolveConflict(event.itemId, event.choice), this.i18n.t('conflict.resolved'));
  }

  /** A change is safe on this tablet once this resolves; a refusal is shown until the next change works. */
  private keep(saving: Promise<void> | undefined, done?: string) {
    saving?.then(
      () => {
        this.saveError = undefined;
        if (done) this.announcement = done;
      },
      (error: unknown) => (this.saveError = error),
    );
  }

  private async recordConsent(event: ConsentEvent) {
    const session = this.interview.session;
    if (!session) return;
    await this.consent.run(() => session.recordConsent(event.given, event.version));
    await this.updateComplete;
    if (event.given) await this.runner?.focusTopic();
  }

  private async complete() {
    const session = this.interview.session;
    if (!session) return;
    const done = await this.status.run(() => session.changeStatus('completed'));
    if (done) this.announcement = this.i18n.t('complete.done');
  }

  private async onReview(event: ReviewEvent) {
    const done = await this.review.run(() => this.interview.review({ status: event.status, comment: event.comment }));
    if (done) this.announcement = this.i18n.t(`review.done.${event.status}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-interview-page': LdInterviewPage;
  }
}
