// Where this tablet is in the interview, and where the others are: presence is told to the
// server (debounced, and every minute while open, so the others do not age us out), and the
// time each topic was open is queued in IndexedDB and sent with the outbox.
import { ApiError } from '../api.ts';
import { commit, type Db, type LocalInterview, type StoredInterval } from './db.ts';
import * as api from './interview-api.ts';
import { type Me, PresenceBoard, type PresencePayload } from './presence-board.ts';
import { type OpenTopic, TopicClock, toInterval } from './topic-clock.ts';
import { keepOnUnload, takeKept } from './unload-store.ts';
import type { TimingInterval } from './interview-api.ts';

const ANNOUNCE_DELAY_MS = 500;
const HEARTBEAT_MS = 60_000;
/** How much topic time a crash (no pagehide) can lose at most. */
const TOUCH_MS = 15_000;
const PRUNE_MS = 30_000;
const MAX_TIMINGS = 1000;

export interface PresenceHooks {
  presence(): void;
  online(): boolean;
  /** Writes the open topic (and the rest of the interview's meta record). */
  saveMeta(): Promise<void>;
  failed(error: unknown): void;
}

export class SessionPresence {
  private readonly board: PresenceBoard;
  private readonly clock = new TopicClock();
  private intervals: StoredInterval[];
  private position = 0;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private timers: ReturnType<typeof setInterval>[] = [];
  private left: OpenTopic | undefined;

  constructor(
    private readonly db: Db,
    private readonly interviewId: string,
    me: Me,
    local: LocalInterview,
    private readonly hooks: PresenceHooks,
  ) {
    this.board = new PresenceBoard(me);
    this.intervals = [...local.intervals].sort((a, b) => a.n - b.n);
    this.position = this.intervals.at(-1)?.n ?? 0;
    this.left = local.meta?.openTopic;
  }

  get list() {
    return this.board.list;
  }
  get openTopic(): OpenTopic | undefined {
    return this.clock.open && { ...this.clock.open };
  }

  start(): void {
    // A tab closed while a topic was open: that topic counts up to the tab's last sign of life.
    const last = latest(this.left, this.recall());
    const left = last && toInterval(last, Date.parse(last.lastAt));
    if (left) this.queue(left);
    if (this.left) this.save();
    this.timers.push(
      setInterval(() => this.beat(), HEARTBEAT_MS),
      setInterval(() => (this.clock.touch(), this.save()), TOUCH_MS),
      setInterval(() => this.board.prune() && this.hooks.presence(), PRUNE_MS),
    );
    globalThis.addEventListener?.('pagehide', this.onHide);
    globalThis.document?.addEventListener('visibilitychange', this.onHide);
  }

  setTopic(topicId: string | null): void {
    const closed = this.clock.switchTo(topicId);
    if (closed) this.queue(closed);
    this.save();
    this.announce();
  }

  /** Tells the server where this tablet is, soon (several calls make one request). */
  announce(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => this.post(), ANNOUNCE_DELAY_MS);
  }

  /** A presence event from the stream. Someone new hears from us, so they need not wait a minute. */
  heard(data: unknown): void {
    const { changed, arrived } = this.board.apply(data as PresencePayload);
    if (changed) this.hooks.presence();
    if (arrived) this.announce();
  }

  /** Sends the queued intervals (after the outbox); a refused batch is dropped, not retried forever. */
  async sendTimings(): Promise<void> {
    while (this.intervals.length) {
      const batch = this.intervals.slice(0, MAX_TIMINGS);
      try {
        await api.postTimings(this.interviewId, batch.map(({ topicId, openedAt, closedAt }) => ({ topicId, openedAt, closedAt })));
      } catch (error) {
        const refused = error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 401 && error.status !== 429;
        if (!refused) throw error;
        console.warn('leidraad: topic times refused and dropped', error);
      }
      this.intervals = this.intervals.filter((i) => !batch.includes(i));
      await commit(this.db, this.interviewId, { dropIntervals: batch });
    }
  }

  /** Stops; `keep`: the topic on screen is written down as time spent (not after a wipe). */
  close(keep = true): void {
    clearTimeout(this.announceTimer);
    for (const t of this.timers) clearInterval(t);
    globalThis.removeEventListener?.('pagehide', this.onHide);
    globalThis.document?.removeEventListener('visibilitychange', this.onHide);
    if (!keep) return;
    const closed = this.clock.switchTo(null);
    if (closed) this.queue(closed);
    this.save();
  }

  private readonly onHide = () => {
    this.clock.touch();
    this.save();
    if (this.clock.open) keepOnUnload('open-topic', this.interviewId, this.clock.open);
  };

  /** The open topic as the last page left it when it went. */
  private recall(): OpenTopic | undefined {
    const value = takeKept('open-topic', this.interviewId) as OpenTopic | null;
    return value?.topicId && value.openedAt && value.lastAt ? value : undefined;
  }

  private beat(): void {
    this.clock.touch();
    this.save();
    this.post();
  }

  private post(): void {
    if (!this.hooks.online()) return;
    api.postPresence(this.interviewId, this.clock.topicId).catch(() => undefined); // presence is best effort
  }

  private queue(interval: TimingInterval): void {
    this.position = Math.max(this.position + 1, Date.now());
    const stored: StoredInterval = { interviewId: this.interviewId, n: this.position, ...interval };
    this.intervals.push(stored);
    commit(this.db, this.interviewId, { intervals: [stored] }).catch((e) => this.hooks.failed(e));
  }

  private save(): void {
    this.hooks.saveMeta().catch((e) => this.hooks.failed(e));
  }
}

/** Of two records of the same open topic, the one seen last; else the IndexedDB one. */
function latest(stored: OpenTopic | undefined, recalled: OpenTopic | undefined): OpenTopic | undefined {
  if (!recalled || (stored && (stored.topicId !== recalled.topicId || stored.openedAt !== recalled.openedAt))) return stored;
  return !stored || recalled.lastAt > stored.lastAt ? recalled : stored;
}
