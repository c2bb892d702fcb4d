// When each topic was on screen, as intervals for POST /api/interviews/:id/timings. The open
// interval is remembered with a "last seen" time refreshed every minute, so a tab that is
// closed (or a tablet that dies) still reports the time up to its last sign of life.
import type { TimingInterval } from './interview-api.ts';

/** The server refuses longer intervals; a tablet left open overnight is not interview time. */
export const MAX_INTERVAL_MS = 12 * 3600_000;
/** Flicking past a topic is not time spent on it. */
const MIN_INTERVAL_MS = 1000;

export interface OpenTopic {
  topicId: string;
  openedAt: string;
  lastAt: string;
}

export class TopicClock {
  constructor(public open: OpenTopic | undefined = undefined) {}

  /** Switches to another topic (or none); answers the interval that closed, if worth keeping. */
  switchTo(topicId: string | null, now = Date.now()): TimingInterval | undefined {
    if (this.open?.topicId === topicId) return undefined;
    const closed = this.open ? toInterval(this.open, now) : undefined;
    const at = new Date(now).toISOString();
    this.open = topicId ? { topicId, openedAt: at, lastAt: at } : undefined;
    return closed;
  }

  touch(now = Date.now()): void {
    if (this.open) this.open.lastAt = new Date(now).toISOString();
  }

  get topicId(): string | null {
    return this.open?.topicId ?? null;
  }
}

/** The interval of a topic closed at `closedAt` (ms), clamped to what the server accepts. */
export function toInterval(open: OpenTopic, closedAt: number): TimingInterval | undefined {
  const opened = Date.parse(open.openedAt);
  const closed = Math.min(closedAt, opened + MAX_INTERVAL_MS);
  if (!(closed - opened >= MIN_INTERVAL_MS)) return undefined;
  return { topicId: open.topicId, openedAt: open.openedAt, closedAt: new Date(closed).toISOString() };
}
