import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { labelText, type Label } from '../../../server/contract/label.ts';
import type { Level, Topic } from '../../../server/contract/topiclist.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { firstName, initials, levelCount, overallCount, topicCount, topicsInOrder, unansweredByLevel } from '../interview-progress.ts';
import type { InterviewSessionApi } from '../offline/types.ts';
import { formStyles } from '../styles/forms.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { LdCompleteDialog } from './ld-complete-dialog.ts';
import type { LevelSelectEvent } from './ld-level-tabs.ts';
import { type LdTopicNav, TopicSelectEvent } from './ld-topic-nav.ts';
import './ld-answer-card.ts';
import './ld-complete-dialog.ts';
import './ld-level-tabs.ts';
import './ld-sync-status.ts';
import './ld-topic-nav.ts';
import './ld-topic-timer.ts';

export class CompleteEvent extends Event {
  static readonly eventName = 'ld-complete';
  constructor() {
    super(CompleteEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * The interview itself: levels as tabs, a level's topics beside the open topic's items,
 * progress, the save status and the topic timer always in view. Reads everything from the
 * session; every change goes up as an event.
 */
@customElement('ld-interview-runner')
export class LdInterviewRunner extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      :host {
        display: block;
      }
      .toolbar {
        position: sticky;
        top: 0;
        z-index: 5;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0 var(--ld-space-3);
        margin: 0 calc(-1 * var(--ld-space-3)) var(--ld-space-4);
        padding: var(--ld-space-1) var(--ld-space-3);
        border: 1px solid var(--ld-border);
        border-radius: 0 0 var(--ld-radius) var(--ld-radius);
        background: var(--ld-surface);
        box-shadow: 0 2px 6px rgb(0 0 0 / 0.08);
      }
      ld-sync-status {
        flex: 1 1 17rem;
      }
      @media (max-width: 600px) {
        .toolbar {
          font-size: 0.92rem;
        }
        ld-sync-status {
          flex-basis: 100%;
        }
      }
      .progress {
        display: flex;
        align-items: center;
        gap: var(--ld-space-2);
        font-size: 0.95rem;
        font-variant-numeric: tabular-nums;
      }
      progress {
        width: 4rem;
        height: 0.75rem;
        accent-color: var(--ld-accent);
      }
      .conflict-link {
        color: var(--ld-danger);
        border-color: var(--ld-danger);
      }
      .level {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: var(--ld-space-4);
      }
      @media (min-width: 760px) {
        .level {
          grid-template-columns: minmax(11rem, 15rem) minmax(0, 1fr);
          align-items: start;
        }
        /* Below the status bar, which can take two rows. */
        .side {
          position: sticky;
          top: 7.25rem;
          max-height: calc(100vh - 7.75rem);
          overflow-y: auto;
        }
      }
      .presence {
        display: grid;
        gap: var(--ld-space-1);
        margin: 0 0 var(--ld-space-3);
        padding: var(--ld-space-2) var(--ld-space-3);
        border-radius: var(--ld-radius);
        background: var(--ld-surface-muted);
        font-size: 0.92rem;
      }
      .presence p {
        margin: 0;
      }
      .presence .who {
        display: flex;
        align-items: center;
        gap: var(--ld-space-2);
      }
      .badge {
        display: inline-grid;
        place-items: center;
        flex: none;
        min-width: 2rem;
        height: 2rem;
        padding: 0 0.3rem;
        border-radius: 999px;
        background: var(--ld-text);
        color: var(--ld-surface);
        font-size: 0.8rem;
        font-weight: 700;
      }
      .small {
        margin: 0;
        font-size: 0.8rem;
        font-weight: 700;
        color: var(--ld-text-muted);
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .topic-head {
        display: grid;
        gap: var(--ld-space-1);
        margin-bottom: var(--ld-space-3);
      }
      h2 {
        font-size: clamp(1.3rem, 1.1rem + 0.8vw, 1.6rem);
      }
      h2:focus {
        outline: none;
      }
      .description {
        margin: 0;
        color: var(--ld-text-muted);
        max-width: 46rem;
      }
      ol.items {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--ld-space-4);
      }
      .steps {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: var(--ld-space-3);
        margin-top: var(--ld-space-5);
        padding-top: var(--ld-space-4);
        border-top: 1px solid var(--ld-border);
      }
      .steps .next {
        margin-left: auto;
      }
      .steps .button {
        flex-direction: column;
        align-items: flex-start;
        gap: 0;
        max-width: 20rem;
        text-align: start;
      }
      .steps .next {
        align-items: flex-end;
        text-align: end;
      }
      .direction {
        font-size: 0.85rem;
        color: var(--ld-text-muted);
      }
      .finish {
        display: grid;
        gap: var(--ld-space-3);
        justify-items: start;
        margin-top: var(--ld-space-5);
        padding: var(--ld-space-4);
        border: 1px solid var(--ld-border);
        border-radius: var(--ld-radius);
        background: var(--ld-accent-soft);
      }
      .finish p {
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) session?: InterviewSessionApi;
  /** Bumped by the page whenever the session changed: the session object itself stays the same. */
  @property({ type: Number }) version = 0;
  @property({ attribute: 'topic-id' }) topicId = '';
  @property({ type: Boolean }) readonly = false;
  /** Changes from elsewhere per item (see InterviewSessionController.remoteChanges). */
  @property({ attribute: false }) remoteChanges: ReadonlyMap<string, number> = new Map();
  /** When the current topic was opened, and the time spent on it before. */
  @property({ type: Number, attribute: 'topic-since' }) topicSince = 0;
  @property({ type: Number, attribute: 'topic-before' }) topicBefore = 0;
  /** The language of the questions when it should not follow the interface (the designer's preview). */
  @property({ attribute: 'content-language' }) contentLanguage = '';

  @query('ld-complete-dialog') private completeDialog?: LdCompleteDialog;
  @query('ld-topic-nav') private topicNav?: LdTopicNav;

  private readonly i18n = new LocaleController(this);

  override render() {
    const session = this.session;
    if (!session) return nothing;
    const list = session.topicList;
    const { t, locale } = this.i18n;
    const language = this.language();
    const text = this.text;
    const valueOf = (id: string) => session.answer(id)?.value;
    const order = topicsInOrder(list);
    const index = Math.max(0, order.findIndex((entry) => entry.topic.id === this.topicId));
    const current = order[index];
    if (!current) return nothing;
    const overall = overallCount(list, valueOf);
    return html`<div class="toolbar" role="region" aria-label=${t('runner.toolbar')} lang=${locale}>
        <ld-sync-status state=${session.state} pending=${session.pendingCount}></ld-sync-status>
        ${session.conflicts.length
          ? html`<button class="button conflict-link" type="button" @click=${this.toConflict}>${t('runner.toConflict')}</button>`
          : nothing}
        <div class="progress">
          <progress max=${overall.total} .value=${overall.answered} aria-labelledby="overall"></progress>
          <span id="overall">${t('progress.overall', overall.answered, overall.total)}</span>
        </div>
        <ld-topic-timer .since=${this.topicSince} .earlier=${this.topicBefore}></ld-topic-timer>
      </div>
      <ld-level-tabs
        label=${t('runner.levels')}
        content-lang=${language}
        detail-lang=${locale}
        selected=${current.level.id}
        .levels=${list.levels.map((level) => {
          const count = levelCount(level, valueOf);
          return { id: level.id, label: text(level.label), detail: t('progress.overall', count.answered, count.total) };
        })}
        @ld-level-select=${this.selectLevel}
      >
        <div class="level">
          <div class="side">
            ${this.renderPresence()}
            <ld-topic-nav
              label=${t('runner.topics')}
              content-lang=${language}
              selected=${current.topic.id}
              .topics=${current.level.topics.map((topic) => ({
                id: topic.id,
                label: text(topic.label),
                ...topicCount(topic, valueOf),
                here: session.presence.filter((p) => p.topicId === topic.id).map((p) => ({ initials: initials(p.user.name), name: p.user.name })),
              }))}
            ></ld-topic-nav>
          </div>
          ${this.renderTopic(current.level, current.topic, order, index)}
        </div>
      </ld-level-tabs>
      <ld-complete-dialog></ld-complete-dialog>`;
  }

  private renderPresence() {
    const session = this.session!;
    if (session.presence.length === 0) return nothing;
    const { t } = this.i18n;
    const where = (topicId: string | null) => {
      const found = topicId ? topicsInOrder(session.topicList).find((e) => e.topic.id === topicId) : undefined;
      return found ? `${this.text(found.topic.label)} (${this.text(found.level.label)})` : undefined;
    };
    return html`<div class="presence" role="status">
      <p class="small">${t('presence.label')}</p>
      ${session.presence.map((p) => {
        const topic = where(p.topicId);
        return html`<p class="who">
          <span class="badge" aria-hidden="true">${initials(p.user.name)}</span>
          <span>${topic ? t('presence.at', p.user.name, topic) : t('presence.somewhere', p.user.name)}</span>
        </p>`;
      })}
    </div>`;
  }

  private renderTopic(level: Level, topic: Topic, order: { level: Level; topic: Topic }[], index: number) {
    const session = this.session!;
    const list = session.topicList;
    const { t } = this.i18n;
    const text = this.text;
    const language = this.language();
    const previous = order[index - 1];
    const next = order[index + 1];
    const names = new Map(session.interview.interviewers.map((p) => [p.id, p.name]));
    for (const p of session.presence) names.set(p.user.id, p.user.name);
    const inLevel = level.topics.indexOf(topic);
    return html`<section class="topic" aria-labelledby="topic-title" lang=${language}>
      <div class="topic-head">
        <p class="small" lang=${this.i18n.locale}>${t('runner.topicOf', inLevel + 1, level.topics.length)}</p>
        <h2 id="topic-title" tabindex="-1">${text(topic.label)}</h2>
        ${topic.description ? html`<p class="description">${text(topic.description)}</p>` : nothing}
      </div>
      <ol class="items">
        ${repeat(topic.items, (item) => item.id, (item, i) => {
          const answer = session.answer(item.id);
          const conflict = session.conflicts.find((c) => c.itemId === item.id);
          const by = answer?.updatedBy ? names.get(answer.updatedBy) : undefined;
          const theirs = conflict?.theirs?.updatedBy ? names.get(conflict.theirs.updatedBy) : undefined;
          return html`<li>
            <ld-answer-card
              .item=${item}
              .scale=${item.scale ? list.scales?.[item.scale] : undefined}
              language=${language}
              default-language=${list.languages[0] ?? language}
              dimension-label=${item.dimension ? text(list.dimensions?.find((d) => d.id === item.dimension)?.label) : ''}
              .value=${answer?.value ?? null}
              .note=${answer?.note ?? null}
              remote-changes=${this.remoteChanges.get(item.id) ?? 0}
              changed-by=${by ? firstName(by) : ''}
              .conflict=${conflict}
              conflict-name=${theirs ?? ''}
              ?readonly=${this.readonly}
              position=${i + 1}
              count=${topic.items.length}
              lang=${this.i18n.locale}
            ></ld-answer-card>
          </li>`;
        })}
      </ol>
      <nav class="steps" aria-label=${t('runner.steps')} lang=${this.i18n.locale}>
        ${previous
          ? html`<button class="button quiet previous" type="button" @click=${() => this.go(previous.topic.id)}>
              <span class="direction">← ${t('runner.previous')}</span><span lang=${language}>${text(previous.topic.label)}</span>
            </button>`
          : nothing}
        ${next
          ? html`<button class="button next" type="button" @click=${() => this.go(next.topic.id)}>
              <span class="direction">${t('runner.next')} →</span><span lang=${language}>${text(next.topic.label)}</span>
            </button>`
          : nothing}
      </nav>
      ${!next && !this.readonly
        ? html`<div class="finish" lang=${this.i18n.locale}>
            <p>${t('runner.lastTopic')}</p>
            <button class="button primary" type="button" @click=${this.askComplete}>${t('complete.button')}</button>
          </div>`
        : nothing}
    </section>`;
  }

  private language(): string {
    const list = this.session?.topicList;
    const locale = this.i18n.locale;
    if (!list) return locale;
    if (this.contentLanguage && list.languages.includes(this.contentLanguage)) return this.contentLanguage;
    return list.languages.includes(locale) ? locale : (list.languages[0] ?? locale);
  }

  private readonly text = (label: Label | undefined) => labelText(label, this.language(), this.session?.topicList.languages[0] ?? this.language());

  /** A level tab: its first topic still open, else its first. */
  private selectLevel(event: LevelSelectEvent) {
    const session = this.session;
    const level = session?.topicList.levels.find((l) => l.id === event.levelId);
    if (!session || !level) return;
    const open = level.topics.find((topic) => {
      const count = topicCount(topic, (id) => session.answer(id)?.value);
      return count.answered < count.total;
    });
    this.dispatchEvent(new TopicSelectEvent((open ?? level.topics[0])!.id));
  }

  /** The step buttons: change topic, then start reading at its heading. */
  private async go(topicId: string) {
    this.dispatchEvent(new TopicSelectEvent(topicId));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await this.focusTopic();
  }

  /** After a topic change: scroll to the top of the questions and put focus on the topic's heading. */
  async focusTopic(): Promise<void> {
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('#topic-title');
    this.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  async focusTopicList(): Promise<void> {
    await this.topicNav?.focusSelected();
  }

  private async toConflict() {
    const session = this.session;
    const first = session?.conflicts[0];
    if (!session || !first) return;
    const entry = topicsInOrder(session.topicList).find(({ topic }) => topic.items.some((i) => i.id === first.itemId));
    if (!entry) return;
    this.dispatchEvent(new TopicSelectEvent(entry.topic.id));
    // The page changes the topic in its own update; this element's follows.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await this.updateComplete;
    const card = [...this.renderRoot.querySelectorAll('ld-answer-card')].find((c) => c.item?.id === first.itemId);
    card?.scrollIntoView({ block: 'center' });
    await card?.updateComplete;
    card?.renderRoot.querySelector('ld-conflict-card')?.renderRoot.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  }

  /** "Complete the interview?" with what is still open; sends CompleteEvent when confirmed. */
  async askComplete(): Promise<void> {
    const session = this.session;
    if (!session) return;
    const levels = unansweredByLevel(session.topicList, (id) => session.answer(id)?.value).map(({ level, items }) => ({
      label: this.text(level.label),
      prompts: items.map((item) => this.text(item.prompt)),
    }));
    if (await this.completeDialog?.ask(levels)) this.dispatchEvent(new CompleteEvent());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-interview-runner': LdInterviewRunner;
  }
  interface HTMLElementEventMap {
    'ld-complete': CompleteEvent;
  }
}
