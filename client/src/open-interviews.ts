// The interview sessions open on this page, so that signing out can first send what is
// still only on this tablet, and warn when that does not work.
import type { InterviewSessionApi } from './offline/types.ts';

const open = new Set<InterviewSessionApi>();

export function trackSession(session: InterviewSessionApi): void {
  open.add(session);
}

export function untrackSession(session: InterviewSessionApi): void {
  open.delete(session);
}

/** Sends every open session's outbox now; answers how many changes are still only here. */
export async function flushOpenSessions(): Promise<number> {
  const left = await Promise.all([...open].map((session) => session.flush().catch(() => session.pendingCount)));
  return left.reduce((sum, n) => sum + n, 0);
}
