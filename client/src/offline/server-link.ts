// The session's tie to the server: the interview's own fields (snapshot), the live event
// stream, refreshing from GET /api/interviews/:id, and whether the server can be reached.
// Offline it does nothing but wait for the `online` event; every way back (the event, the
// stream reconnecting) retries the outbox at once.
import { ApiError } from '../api.ts';
import type { AnswerBook } from './answer-book.ts';
import { commit, type Db, type ServerAnswer, type StoredInterview } from './db.ts';
import * as api from './interview-api.ts';
import { acceptsAnswers, applyInterviewEvent } from './interview-state.ts';
import { type LiveEventKind, LiveStream } from './live-stream.ts';
import type { SessionPresence } from './session-presence.ts';
import type { SyncLoop } from './sync-loop.ts';
import type { Interview } from './types.ts';

export const toStored = (interview: Interview): StoredInterview => ({ id: interview.id, interview: { ...interview, answers: [] }, savedAt: new Date().toISOString() });

export interface LinkHooks {
  /** The interview's own fields changed. */
  interview(): void;
  /** Reachability changed. */
  state(): void;
  failed(error: unknown): void;
}

export class ServerLink {
  reachable = typeof navigator === 'undefined' || navigator.onLine !== false;
  private readonly live: LiveStream;
  private refreshed = false;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(
    private readonly db: Db,
    public snapshot: Interview,
    private lastEventSeq: number,
    private readonly parts: { book: AnswerBook; sync: SyncLoop; here: SessionPresence },
    private readonly hooks: LinkHooks,
  ) {
    this.live = new LiveStream(() => api.eventsUrl(snapshot.id, this.lastEventSeq), {
      event: (kind, data, seq) => this.onEvent(kind, data, seq),
      open: () => this.onStreamOpen(),
      down: () => this.setReachable(false),
    });
  }

  /** Goes live; `fresh` is a copy just fetched (the first open on this tablet). */
  start(fresh: Interview | undefined): void {
    globalThis.addEventListener?.('online', this.goOnline);
    globalThis.addEventListener?.('offline', this.onOffline);
    if (fresh) {
      this.refreshed = true;
      this.adopt(fresh).catch((e) => this.hooks.failed(e));
    }
    this.goOnline();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.refreshTimer);
    this.live.stop();
    globalThis.removeEventListener?.('online', this.goOnline);
    globalThis.removeEventListener?.('offline', this.onOffline);
  }

  /** A copy of the interview from the server (refresh, consent, status change), merged in. */
  async adopt(fresh: Interview): Promise<void> {
    if (this.stopped) return;
    this.setReachable(true);
    this.setSnapshot({ ...fresh, answers: [] });
    this.lastEventSeq = Math.max(this.lastEventSeq, fresh.eventSeq);
    await Promise.all([this.parts.book.applyServer(fresh.answers), this.saveMeta()]);
  }

  saveMeta(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    const interviewId = this.snapshot.id;
    return commit(this.db, interviewId, { meta: { interviewId, lastEventSeq: this.lastEventSeq, openTopic: this.parts.here.openTopic } });
  }

  setReachable(ok: boolean): void {
    if (this.reachable === ok) return;
    this.reachable = ok;
    this.hooks.state();
  }

  private readonly goOnline = () => {
    if (this.stopped) return;
    if (navigator.onLine === false) return this.setReachable(false);
    this.live.start();
    void this.parts.sync.now();
    if (!this.refreshed) void this.refresh();
  };

  private readonly onOffline = () => {
    // Closing the stream spares the battery and the console a retry every few seconds.
    this.live.stop();
    this.setReachable(false);
  };

  private onStreamOpen(): void {
    this.setReachable(true);
    this.parts.here.announce(); // the server told the others we arrived on no topic
    void this.parts.sync.now();
    if (!this.refreshed) void this.refresh();
  }

  /** Reads the interview again shortly (its state changed on the server, as an answer said). */
  refreshSoon(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), 200);
  }

  private async refresh(): Promise<void> {
    this.refreshed = true;
    try {
      await this.adopt(await api.getInterview(this.snapshot.id));
    } catch (error) {
      this.refreshed = false;
      if (error instanceof ApiError && error.status === 0) this.setReachable(false);
      else this.hooks.failed(error);
    }
  }

  private onEvent(kind: LiveEventKind, data: unknown, seq: number): void {
    if (this.stopped) return;
    if (Number.isFinite(seq)) this.lastEventSeq = Math.max(this.lastEventSeq, seq);
    if (kind === 'presence') this.parts.here.heard(data);
    else {
      const next = applyInterviewEvent(this.snapshot, kind, data);
      if (next) this.setSnapshot(next);
      if (kind === 'answers') {
        const list = (data as { answers?: (ServerAnswer & { opId?: string })[] })?.answers;
        if (Array.isArray(list)) this.parts.book.applyServer(list).catch((e) => this.hooks.failed(e));
      } else this.refreshSoon(); // the event says what changed; the server's copy has every field
    }
    this.saveMeta().catch((e) => this.hooks.failed(e));
  }

  private setSnapshot(next: Interview): void {
    this.snapshot = next;
    commit(this.db, next.id, { interview: toStored(next) }).catch((e) => this.hooks.failed(e));
    this.hooks.interview();
    // Reopened, or consent recorded on the other tablet: what waited can go now.
    if (this.parts.sync.blockedBy && acceptsAnswers(next)) void this.parts.sync.now({ force: true });
  }
}
