// Live interview events over Server-Sent Events, fed by Postgres LISTEN/NOTIFY, so a change
// written through any server instance reaches the tablets connected to every other one.
// Events are numbered per interview and read back from the database by number, so a
// subscriber never skips one, and a reconnect with Last-Event-ID resumes without gaps.
//
// Writers do not NOTIFY inside their transaction: Postgres serialises the commits of all
// notifying transactions, which halved the save rate. After commit the app announces the
// interview; announcements within a few milliseconds share one NOTIFY transaction. Should
// a process die between commit and announcement, subscribers still poll every few seconds.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../db/database.ts';
import { listEventsAfter } from '../queries/interviews.ts';

export const CHANNEL = 'leidraad_interview';
const COALESCE_MS = 5;
const POLL_MS = 5000;

export interface LiveEvent {
  seq: number;
  kind: string;
  payload: unknown;
}

interface Subscriber {
  interviewId: string;
  lastSeq: number;
  send(event: LiveEvent): void;
  busy: boolean;
  again: boolean;
}

export class LiveHub {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private listening?: Promise<() => Promise<void>>;
  private readonly pending = new Set<string>();
  private flushTimer?: NodeJS.Timeout;
  private readonly poller = setInterval(() => this.pumpAll(), POLL_MS).unref();

  constructor(
    private readonly database: Database,
    private readonly onError: (err: unknown) => void,
  ) {}

  /** Sends every event after `afterSeq`, then each new one, until the returned function is called. */
  async subscribe(interviewId: string, afterSeq: number, send: (event: LiveEvent) => void): Promise<() => void> {
    // Listen first, then read the backlog: an event committed in between is read either way.
    this.listening ??= this.database.listen(CHANNEL, (payload) => this.notified(payload));
    await this.listening;
    const sub: Subscriber = { interviewId, lastSeq: afterSeq, send, busy: false, again: false };
    let set = this.subscribers.get(interviewId);
    if (!set) this.subscribers.set(interviewId, (set = new Set()));
    set.add(sub);
    void this.pump(sub);
    return () => {
      set.delete(sub);
      if (set.size === 0) this.subscribers.delete(interviewId);
    };
  }

  /** Called after a change to the interview is committed. */
  announce(interviewId: string) {
    this.notified(interviewId); // subscribers of this instance need no round trip
    this.pending.add(interviewId);
    this.flushTimer ??= setTimeout(() => void this.flush(), COALESCE_MS);
  }

  private async flush() {
    this.flushTimer = undefined;
    const ids = [...this.pending];
    this.pending.clear();
    if (ids.length === 0) return;
    try {
      await queryRows(this.database.db, sql`select pg_notify(${CHANNEL}, id) from unnest(string_to_array(${ids.join(',')}, ',')) as id`);
    } catch (err) {
      this.onError(err);
    }
  }

  private notified(interviewId: string) {
    for (const sub of this.subscribers.get(interviewId) ?? []) void this.pump(sub);
  }

  private pumpAll() {
    for (const set of this.subscribers.values()) for (const sub of set) void this.pump(sub);
  }

  private async pump(sub: Subscriber) {
    if (sub.busy) {
      sub.again = true;
      return;
    }
    sub.busy = true;
    try {
      let more = true;
      while (more) {
        sub.again = false;
        const events = await listEventsAfter(this.database.db, sub.interviewId, sub.lastSeq);
        for (const e of events) {
          sub.send({ seq: e.seq, kind: e.kind, payload: e.payload });
          sub.lastSeq = e.seq;
        }
        more = sub.again || events.length === 500;
      }
    } catch (err) {
      this.onError(err);
    } finally {
      sub.busy = false;
    }
  }

  async close() {
    clearInterval(this.poller);
    if (this.flushTimer) clearTimeout(this.flushTimer);
    await this.flush();
    this.subscribers.clear();
    const unlisten = await this.listening?.catch(() => undefined);
    await unlisten?.().catch(() => undefined);
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    live: LiveHub;
    /** Open event streams, ended before the server closes. */
    liveStreams: Set<{ end(): void }>;
  }
}

export default fp(async (app: FastifyInstance) => {
  const hub = new LiveHub(app.database, (err) => app.log.warn({ err }, 'live events: reading failed'));
  app.decorate('live', hub);
  app.decorate('liveStreams', new Set<{ end(): void }>());
  app.addHook('preClose', async () => {
    for (const stream of app.liveStreams) stream.end();
    await hub.close();
  });
});
