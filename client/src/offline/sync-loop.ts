// Sends the outbox through POST /api/interviews/:id/sync, one batch at a time, then the
// other queued work (topic timings). One run at a time; a run asked for while one is going
// follows it, so nothing waits for a timer that was never set.
//
// Failures: no network or a 5xx waits with exponential backoff (and retries at once when the
// network or the event stream comes back); a locked interview or missing consent stops the
// outbox until the interview changes; anything else the server refuses is a bug in this
// client: the ops stay, it is logged once, and retried only after the longest backoff.
import { ApiError } from '../api.ts';
import type { AnswerBook } from './answer-book.ts';
import { Backoff } from './backoff.ts';
import { postSync } from './interview-api.ts';
import { toWire } from './outbox.ts';

/** Typing: a change waits this long for the next keystroke before it is sent. */
export const SEND_DELAY_MS = 300;
/** Refusals that last until the interview changes: reopened by the lead, consent recorded. */
export const BLOCKING_CODES: readonly string[] = ['interview.locked', 'interview.consent_required', 'interview.consent_refused'];

export interface SyncHooks {
  reachable(ok: boolean): void;
  blocked(code: string | null): void;
  /** A batch was answered: the pending count changed. */
  progress(): void;
  /** Other queued work, sent after the outbox; throws ApiError like a request. */
  extra(): Promise<void>;
}

const offline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

export class SyncLoop {
  blockedBy: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private current: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  private readonly backoff = new Backoff();
  private waitingUntil = 0;
  private stopped = false;
  private logged = false;

  constructor(
    private readonly interviewId: string,
    private readonly book: AnswerBook,
    private readonly hooks: SyncHooks,
  ) {}

  /** After a change: send in a moment, unless a backoff wait is running anyway. */
  soon(): void {
    if (this.blockedBy || this.waitingUntil > Date.now()) return;
    this.schedule(SEND_DELAY_MS);
  }

  /** Now, whatever the backoff said; `force` also tries past a refusal (flush, a changed interview). */
  now({ force = false } = {}): Promise<void> {
    if (force) this.block(null);
    this.backoff.reset();
    this.waitingUntil = 0;
    clearTimeout(this.timer);
    this.timer = undefined;
    return this.run();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private run(): Promise<void> {
    if (this.queued) return this.queued;
    if (!this.current) {
      this.current = this.loop().finally(() => (this.current = undefined));
      return this.current;
    }
    this.queued = this.current.then(() => {
      this.queued = undefined;
      return this.run();
    });
    return this.queued;
  }

  private async loop(): Promise<void> {
    if (this.stopped) return;
    if (offline()) return this.hooks.reachable(false); // the `online` event starts the next run
    try {
      while (!this.stopped && !this.blockedBy) {
        const batch = await this.book.startBatch();
        if (batch.length === 0) break;
        const { results } = await postSync(this.interviewId, batch.map(toWire));
        this.succeeded();
        await this.book.applyResults(batch, results);
        this.hooks.progress();
      }
      if (!this.stopped) await this.hooks.extra();
    } catch (error) {
      this.failed(error);
    }
  }

  private succeeded(): void {
    this.backoff.reset();
    this.logged = false;
    this.hooks.reachable(true);
  }

  private failed(error: unknown): void {
    if (this.stopped) return;
    if (!(error instanceof ApiError)) {
      // Not the server: this tablet's storage failed (full, or taken away). Try again later.
      console.error('leidraad: storing sync progress on this tablet failed', error);
      return this.retry();
    }
    const e = error;
    if (e.status === 0) {
      this.hooks.reachable(false);
      return this.retry();
    }
    this.hooks.reachable(true);
    if (e.status >= 500 || e.status === 429) return this.retry();
    if (e.status === 401) return; // the session is gone: session.ts signs out and wipes
    if (BLOCKING_CODES.includes(e.code)) return this.block(e.code);
    if (!this.logged) console.error(`leidraad: the server refused this tablet's changes (${e.status} ${e.code}): ${e.message}`, e.issues);
    this.logged = true;
    this.block(e.code);
    this.backoff.exhaust();
    this.retry();
  }

  private retry(): void {
    const wait = this.backoff.next();
    this.waitingUntil = Date.now() + wait;
    this.schedule(wait);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.waitingUntil = 0;
      // A refusal that is a bug is tried again after the wait; a lock or missing consent is not.
      if (this.blockedBy && !BLOCKING_CODES.includes(this.blockedBy)) this.block(null);
      void this.run();
    }, ms);
  }

  block(code: string | null): void {
    if (this.blockedBy === code) return;
    this.blockedBy = code;
    this.hooks.blocked(code);
  }
}
