// What a batch of answer operations does, decided in memory from the state the database
// locked for it (server/queries/answer-ops.ts reads and writes it): access, the lock after
// completion, consent, idempotency per opId and conflicts on base revisions. Calls are
// decided in batch order, each with the outcome it would have alone: an op applied by an
// earlier call counts as stored history for a later one. A call that fails does so before
// it changes anything, so the others go on.
import type { Answer, SyncOp, SyncResult } from '../contract/interviews.ts';

export interface ApplyCall {
  interview: string;
  user: string;
  isLead: boolean;
  ops: SyncOp[];
}

/** An answer as stored (in `answers`, or what an op stored in `answer_history`). */
export type StoredAnswer = Answer;
type OpResult = SyncResult;

export interface ApplyOutcome {
  error?: 'not_found' | 'locked' | 'consent_required' | 'consent_refused' | 'failed';
  sqlstate?: string;
  message?: string;
  results?: OpResult[];
}

/** What the database holds for the batch, read under lock. */
export interface ApplyState {
  now: string;
  interviews: Map<string, { status: string; consentGiven: boolean | null; eventSeq: number }>;
  /** 'interview/user' for callers who are interviewers of the interview */
  members: Set<string>;
  /** 'interview/opId' -> what an op stored before did */
  done: Map<string, StoredAnswer>;
  /** 'interview/itemId' -> the answer as it stands */
  answers: Map<string, StoredAnswer>;
}

export interface AnswerRow extends StoredAnswer {
  interview: string;
}
/** One per call that changed something: its applied operations, for history and live event. */
export interface EventRow {
  interview: string;
  seq: number;
  actor: string;
  answers: (StoredAnswer & { opId: string })[];
}

export interface ApplyWrites {
  /** the touched answers as they end */
  answers: AnswerRow[];
  /** interviews with new events: how many */
  interviews: { id: string; events: number }[];
  events: EventRow[];
}

const LOCKED = new Set(['completed', 'approved', 'has_issues']);

export function decideBatch(calls: ApplyCall[], state: ApplyState): { outcomes: ApplyOutcome[]; writes: ApplyWrites } {
  const done = new Map<string, StoredAnswer>(state.done);
  const slots = new Map<string, AnswerRow>();
  const events: EventRow[] = [];
  const eventCount = new Map<string, number>();
  const outcomes = calls.map((call): ApplyOutcome => {
    const iv = state.interviews.get(call.interview);
    if (!iv || (!call.isLead && !state.members.has(`${call.interview}/${call.user}`))) return { error: 'not_found' };
    const results: OpResult[] = [];
    const applied: EventRow['answers'] = [];
    const firsts = new Map<string, number>();
    for (const op of call.ops) {
      // A repeated operation answers what it did the first time, whatever happened since.
      const before = done.get(`${call.interview}/${op.opId}`);
      if (before) {
        results.push({ opId: op.opId, status: 'duplicate', ...before });
        continue;
      }
      const first = firsts.get(op.opId);
      if (first !== undefined) {
        results.push({ ...results[first]!, status: 'duplicate' });
        continue;
      }
      firsts.set(op.opId, results.length);
      // New work is refused while the interview is locked or lacks consent. This is decided
      // before the call's first change, so a refused call leaves nothing behind.
      if (LOCKED.has(iv.status)) return { error: 'locked' };
      if (iv.consentGiven === null) return { error: 'consent_required' };
      if (!iv.consentGiven) return { error: 'consent_refused' };

      const key = `${call.interview}/${op.itemId}`;
      const slot = slots.get(key) ?? state.answers.get(key);
      const revision = slot?.revision ?? 0;
      if (op.baseRevision !== undefined && op.baseRevision !== revision) {
        results.push({ opId: op.opId, status: 'conflict', itemId: op.itemId, revision, current: slot ? strip(slot) : null });
        continue;
      }
      // Without a "note" the note stays as it was; "note": null clears it.
      const entry: StoredAnswer = {
        itemId: op.itemId,
        value: op.value ?? null,
        note: op.note !== undefined ? op.note : (slot?.note ?? null),
        revision: revision + 1,
        updatedAt: state.now,
        updatedBy: call.user,
      };
      slots.set(key, { interview: call.interview, ...entry });
      applied.push({ opId: op.opId, ...entry });
      results.push({ opId: op.opId, status: 'applied', ...entry });
    }
    if (applied.length > 0) {
      const n = (eventCount.get(call.interview) ?? 0) + 1;
      eventCount.set(call.interview, n);
      events.push({ interview: call.interview, seq: iv.eventSeq + n, actor: call.user, answers: applied });
      // Later calls of the batch see these ops as stored.
      for (const { opId, ...a } of applied) done.set(`${call.interview}/${opId}`, a);
    }
    return { results };
  });
  return {
    outcomes,
    writes: { answers: [...slots.values()], interviews: [...eventCount].map(([id, events]) => ({ id, events })), events },
  };
}

const strip = ({ itemId, value, note, revision, updatedAt, updatedBy }: StoredAnswer): StoredAnswer => ({ itemId, value, note, revision, updatedAt, updatedBy });
