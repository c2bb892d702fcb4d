// Who else is in the interview, from the `presence` events. Entries are keyed per person and
// device; an entry disappears when its stream closes (state "left") or when it has not been
// heard of for two minutes (a tablet that lost its network cannot say goodbye). Tablets
// repeat their presence every minute, so a live one never ages out.
import type { Presence } from './types.ts';

export const PRESENCE_TTL_MS = 2 * 60_000;

export interface PresencePayload {
  user: { id: string; name: string };
  deviceId: string | null;
  topicId: string | null;
  state?: 'here' | 'left';
}

export interface Me {
  userId: string;
  deviceId: string | null;
}

const keyOf = (userId: string, deviceId: string | null) => `${userId}|${deviceId ?? ''}`;

export class PresenceBoard {
  private readonly entries = new Map<string, Presence>();
  private cached: readonly Presence[] = [];

  constructor(private readonly me: Me) {}

  get list(): readonly Presence[] {
    return this.cached;
  }

  /** Answers whether the list changed, and whether someone new arrived (who should hear from us). */
  apply(p: PresencePayload, now = Date.now()): { changed: boolean; arrived: boolean } {
    if (!p?.user?.id) return { changed: false, arrived: false };
    const key = keyOf(p.user.id, p.deviceId ?? null);
    // This tablet itself: by its device, or, signed in without one, by its user.
    if (key === keyOf(this.me.userId, this.me.deviceId)) return { changed: false, arrived: false };
    const had = this.entries.get(key);
    if (p.state === 'left') {
      if (!had) return { changed: false, arrived: false };
      this.entries.delete(key);
      return this.update(false);
    }
    this.entries.set(key, { user: { id: p.user.id, name: p.user.name }, deviceId: p.deviceId ?? null, topicId: p.topicId ?? null, at: new Date(now).toISOString() });
    return this.update(!had);
  }

  /** Drops entries not heard of for a while; answers whether any went. */
  prune(now = Date.now()): boolean {
    let dropped = false;
    for (const [key, entry] of this.entries) {
      if (now - Date.parse(entry.at) > PRESENCE_TTL_MS) {
        this.entries.delete(key);
        dropped = true;
      }
    }
    if (dropped) this.update(false);
    return dropped;
  }

  private update(arrived: boolean) {
    this.cached = [...this.entries.values()].sort((a, b) => a.user.name.localeCompare(b.user.name));
    return { changed: true, arrived };
  }
}
