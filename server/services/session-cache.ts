// Every request resolves its session; most resolve one seen a moment ago. Sessions are kept
// here for at most CACHE_MS. Whatever ends or narrows a session (signing out, revoking a
// tablet, a new role or password, deactivation) NOTIFYs in its own transaction, so every
// instance forgets its sessions when that commits; the instance that made the change also
// forgets at once. The time limit bounds staleness should a notification be missed.
import { perDatabase } from '../db/batcher.ts';
import type { Db } from '../db/database.ts';
import type { SessionRow } from '../queries/sessions.ts';

export const CACHE_MS = 2000;
const MAX_ENTRIES = 20_000;

export interface CachedSession {
  row: SessionRow;
  /** performance.now() when read; row.now is the database clock at that moment. */
  readAt: number;
}

class SessionCache {
  private readonly entries = new Map<string, CachedSession>();
  /** Bumped by every forget: a read that started before it is not kept. */
  generation = 0;

  get(tokenHash: string): CachedSession | undefined {
    const hit = this.entries.get(tokenHash);
    if (hit && performance.now() - hit.readAt < CACHE_MS) return hit;
    if (hit) this.entries.delete(tokenHash);
    return undefined;
  }

  keep(tokenHash: string, entry: CachedSession, generation: number) {
    if (generation !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(tokenHash, entry);
  }

  forget(tokenHash?: string) {
    this.generation++;
    if (tokenHash) this.entries.delete(tokenHash);
    else this.entries.clear();
  }
}

export const sessionCache = perDatabase((_db: Db) => new SessionCache());

/** Call after a change to sessions, users or devices has committed. */
export const forgetSessions = (db: Db) => sessionCache(db).forget();
