import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ApiError, getTopicListVersion, type Study, type TopicListVersion } from '../api.ts';
import { ActionController } from '../controllers/action-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { TaskController } from '../controllers/task-controller.ts';
import { describeError } from '../i18n/errors.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { paths } from '../router.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import { compareTopicListVersions, getTopicListVersions, moveStudyTopicList, type TopicListChange } from '../versions-api.ts';
import { StudyChangedEvent } from './events.ts';
import './ld-status.ts';
import './ld-version-diff.ts';
import '../i18n/messages-versions.ts';

interface Review {
  version: number;
  changes: TopicListChange[];
  before: TopicListVersion;
  after: TopicListVersion;
}

const MOVE_ERRORS: Record<string, MessageKey> = {
  'study.breaking_changes': 'studyVersion.error.breaking',
  'study.topiclist_not_newer': 'studyVersion.error.notNewer',
  'study.unknown_topiclist_version': 'studyVersion.error.unknownVersion',
};

/**
 * For a lead, when the study's topic list has a newer version: moving the study to it, after
 * seeing what breaks comparability and confirming. Renders nothing while the study is on the
 * latest version (the study's facts already show which version it uses).
 */
@customElement('ld-study-topiclist-version')
export class LdStudyTopiclistVersion extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      section {
        margin-bottom: var(--ld-space-6);
      }
      .review {
        margin-top: var(--ld-space-4);
        display: grid;
        gap: var(--ld-space-4);
      }
      .review h3:focus {
        outline: none;
      }
      .warning {
        margin: 0;
        padding: var(--ld-space-3) var(--ld-space-4);
        border-left: 4px solid var(--ld-danger);
        border-radius: var(--ld-radius);
        background: var(--ld-danger-soft);
        font-weight: 600;
      }
      .alert {
        margin: 0;
        color: var(--ld-danger);
        font-weight: 600;
      }
      a {
        color: var(--ld-accent-strong);
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) study?: Study;
  @state() private review?: Review;
  @state() private announcement = '';
  @query('.review h3') private reviewHeading?: HTMLElement;
  @query('.open') private openButton?: HTMLButtonElement;

  private readonly i18n = new LocaleController(this);
  private readonly versions = new TaskController(this, {
    task: ([id]: [string], signal) => (id ? getTopicListVersions(id, signal) : Promise.resolve([])),
    args: () => [this.study?.topiclist.id ?? ''] as [string],
  });
  private readonly loading = new ActionController(this);
  private readonly moving = new ActionController(this);

  override render() {
    const study = this.study;
    const newest = this.versions.value?.[0]?.version;
    const { t } = this.i18n;
    if (!study) return nothing;
    // The live region stays in place, so the message after a move is announced.
    const status = html`<p class="status" role="status">${this.announcement || nothing}</p>`;
    if (newest === undefined || newest <= study.topiclist.version) return html`${status}${nothing}`;
    return html`${status}${this.renderNewer(study, newest)}`;
  }

  private renderNewer(study: Study, newest: number) {
    const { t } = this.i18n;
    const current = study.topiclist.version;
    return html`<section aria-labelledby="version-heading">
      <div class="section-head"><h2 id="version-heading">${t('studyVersion.title')}</h2></div>
      <p>${t('studyVersion.current', current)} ${t('studyVersion.newer', newest)}</p>
      <div class="actions">
        <button class="button primary open" type="button" ?disabled=${this.loading.pending || this.review !== undefined} @click=${() => this.open(newest)}>
          ${t('studyVersion.moveTo', newest)}
        </button>
        <a href=${paths.topiclistCompare(study.topiclist.id, current, newest)}>${t('studyVersion.allChanges')}</a>
      </div>
      ${this.loading.pending ? html`<ld-status kind="loading" message=${t('studyVersion.loadingChanges')}></ld-status>` : nothing}
      ${this.loading.error ? html`<ld-status kind="error" .error=${this.loading.error}></ld-status>` : nothing}
      ${this.review ? this.renderReview(this.review, current) : nothing}
    </section>`;
  }

  private renderReview(review: Review, current: number) {
    const { t } = this.i18n;
    const breaking = review.changes.filter((c) => c.breaking);
    return html`<div class="review">
      <h3 tabindex="-1">${t('studyVersion.review', current, review.version)}</h3>
      ${breaking.length
        ? html`<p class="warning">${t('studyVersion.breakingWarning')}</p>`
        : html`<p>${t('studyVersion.safe')}</p>`}
      <ld-version-diff .changes=${breaking.length ? breaking : review.changes} .from=${review.before} .to=${review.after}></ld-version-diff>
      ${this.moving.error ? html`<p class="alert" role="alert">${this.moveError(this.moving.error)}</p>` : nothing}
      <div class="actions">
        <button class="button quiet" type="button" @click=${this.close}>${t('studyVersion.cancel')}</button>
        <button class="button ${breaking.length ? 'danger' : 'primary'}" type="button" ?disabled=${this.moving.pending} @click=${() => this.confirm(review, breaking.length > 0)}>
          ${breaking.length ? t('studyVersion.confirmBreaking', review.version) : t('studyVersion.confirm', review.version)}
        </button>
      </div>
    </div>`;
  }

  private async open(version: number) {
    const study = this.study;
    if (!study) return;
    this.announcement = '';
    const { id, version: current } = study.topiclist;
    const result = await this.loading.run(async () => {
      const [comparison, before, after] = await Promise.all([
        compareTopicListVersions(id, current, version),
        getTopicListVersion(id, current),
        getTopicListVersion(id, version),
      ]);
      return { version, changes: comparison.changes, before, after };
    });
    if (!result) return;
    this.review = result.value;
    await this.updateComplete;
    this.reviewHeading?.focus();
  }

  private async close() {
    this.review = undefined;
    this.moving.reset();
    await this.updateComplete;
    this.openButton?.focus();
  }

  private async confirm(review: Review, breaking: boolean) {
    const study = this.study;
    if (!study) return;
    const result = await this.moving.run(() => moveStudyTopicList(study.id, review.version, breaking));
    if (!result) return;
    this.review = undefined;
    this.announcement = this.i18n.t('studyVersion.moved', review.version);
    this.dispatchEvent(new StudyChangedEvent());
  }

  private moveError(error: unknown): string {
    const key = error instanceof ApiError ? MOVE_ERRORS[error.code] : undefined;
    return key ? this.i18n.t(key) : describeError(this.i18n.t, error);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-study-topiclist-version': LdStudyTopiclistVersion;
  }
}
