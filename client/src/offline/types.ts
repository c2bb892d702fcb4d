// The offline-first interview engine as the runner sees it. The runner (components) only
// talks to an InterviewSession; the session keeps everything in IndexedDB first, queues
// every change in an outbox, syncs it through POST /api/interviews/:id/sync, and listens
// to GET /api/interviews/:id/events for the other tablet's changes.
import type { TopicListVersion } from '../../../server/contract/api.ts';
import type { interviewSchema } from '../../../server/contract/interviews.ts';

export type Interview = (typeof interviewSchema)['_output'];
export type InterviewStatus = Interview['status'];

/**
 * What the status bar says, always one of:
 * - `saved`: every change is on the server;
 * - `pending`: saved on this tablet, waiting to be sent (or being sent);
 * - `offline`: no connection; changes are safe on this tablet and go out when it returns;
 * - `conflict`: a change met a newer one from the other tablet; the interviewer decides.
 */
export type SyncState = 'saved' | 'pending' | 'offline' | 'conflict';

/** An answer as this tablet knows it. */
export interface LocalAnswer {
  itemId: string;
  value: unknown;
  note: string | null;
  /** The server revision this answer is based on (0: never on the server). */
  revision: number;
  updatedAt: string;
  updatedBy: string | null;
  /** A local change not yet confirmed by the server. */
  pending: boolean;
}

export interface Conflict {
  itemId: string;
  /** This tablet's change that was not applied. */
  mine: { value: unknown; note: string | null };
  /** The answer on the server that won (null: it was cleared / never existed). */
  theirs: { value: unknown; note: string | null; revision: number; updatedBy: string | null; updatedAt: string } | null;
}

export interface Presence {
  user: { id: string; name: string };
  deviceId: string | null;
  topicId: string | null;
  /** ISO time of the last sign of life. */
  at: string;
}

export type SessionEventName =
  | 'answers' // one or more answers changed (locally or from the server); detail: { itemIds: string[], remote: boolean }
  | 'state' // SyncState or pendingCount changed
  | 'conflicts' // the list of conflicts changed
  | 'presence' // who is where changed
  | 'interview'; // status, consent or other interview fields changed

export interface InterviewSessionApi extends EventTarget {
  readonly interview: Interview;
  readonly topicList: TopicListVersion;
  readonly state: SyncState;
  /** Changes saved on this tablet and not yet on the server. */
  readonly pendingCount: number;
  readonly conflicts: readonly Conflict[];
  /** The other people (tablets) in this interview right now, not this one. */
  readonly presence: readonly Presence[];
  /**
   * Added with the engine (optional, so stand-ins need not have it): the error code that
   * holds the outbox back, e.g. `interview.locked` or `interview.consent_required` (it goes
   * again by itself once the interview changes), or a code the server should never answer
   * (a bug: retried every minute); null or absent while changes flow.
   */
  readonly blockedBy?: string | null;

  answer(itemId: string): LocalAnswer | undefined;
  /**
   * Records a change at once in IndexedDB and queues it. `note` left out keeps the note.
   * Resolves once it is safe on this tablet (not when it reaches the server).
   */
  setAnswer(itemId: string, value: unknown, note?: string | null): Promise<void>;
  setNote(itemId: string, note: string | null): Promise<void>;
  /** Saves the interviewer's choice (or merge) for a conflict as a normal change. */
  resolveConflict(itemId: string, choice: { value: unknown; note: string | null }): Promise<void>;

  /** Which topic this tablet shows: reported as presence, and as time spent per topic. */
  setTopic(topicId: string | null): void;

  /** Needs the network; rejects with ApiError when offline or refused. */
  recordConsent(given: boolean, version: string): Promise<void>;
  changeStatus(status: 'in_progress' | 'completed', comment?: string): Promise<void>;

  /** Sends the outbox now (e.g. before signing out); resolves with what is still pending. */
  flush(): Promise<number>;
  close(): void;
}
