// Opening an interview on this tablet, offline first: from the tablet's own copy when there
// is one (so it opens with no network once it has been opened here before; the server is
// asked in the background), else from the server.
import { commit, type LocalInterview, openInterviewDb, readInterview } from './db.ts';
import * as api from './interview-api.ts';
import { OfflineInterviewSession } from './offline-session.ts';
import type { Me } from './presence-board.ts';
import { toStored } from './server-link.ts';
import type { Interview, InterviewSessionApi } from './types.ts';

export type { Me };

/**
 * The session of one interview for this user on this tablet (`deviceId` null when signed in
 * with a password: presence then tells this page apart by user). Rejects with ApiError when
 * the interview is not on this tablet and the server cannot give it.
 */
export async function openInterviewSession(interviewId: string, me: Me): Promise<InterviewSessionApi> {
  requestPersistence();
  const db = await openInterviewDb();
  const local: LocalInterview = await readInterview(db, interviewId);
  let fresh: Interview | undefined;
  if (!local.stored) {
    fresh = await api.getInterview(interviewId);
    local.stored = toStored(fresh);
  }
  const stored = local.stored;
  if (fresh || !local.topicList) {
    // Topic list versions never change: fetched once, kept for every interview on it.
    local.topicList ??= await api.getTopicListVersion(stored.interview.topiclist.id, stored.interview.topiclist.version);
    await commit(db, interviewId, { interview: stored, topicList: local.topicList });
  }
  const session = new OfflineInterviewSession(db, me, { ...local, stored, topicList: local.topicList });
  session.start(fresh);
  return session;
}

let persistenceAsked = false;

/**
 * Asks the browser not to evict this site's data under storage pressure. Safari grants it
 * only to home-screen apps, Chromium by engagement; either way the answer changes nothing here.
 */
function requestPersistence(): void {
  if (persistenceAsked) return;
  persistenceAsked = true;
  globalThis.navigator?.storage?.persist?.().catch(() => false);
}
