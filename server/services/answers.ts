// Saving answers: one at a time (PUT) or as an offline outbox (sync). Values are checked
// against the interview's topic list version here, then applied in shared transactions.
import { checkValue } from '../contract/answer-values.ts';
import type { SyncOp } from '../contract/interviews.ts';
import type { TopicList } from '../contract/topiclist.ts';
import { createBatcher, perDatabase } from '../db/batcher.ts';
import { type Db, transactionEndingWith } from '../db/database.ts';
import { type ErrorIssue, errors } from '../errors.ts';
import { readApplyState, writeApplied } from '../queries/answer-ops.ts';
import * as q from '../queries/interviews.ts';
import type { Actor } from './actor.ts';
import { type ApplyCall, type ApplyOutcome, decideBatch } from './answer-ops.ts';
import { getTopicListVersionCached } from './topiclists.ts';

const itemIndex = new WeakMap<TopicList, Map<string, TopicList['levels'][number]['topics'][number]['items'][number]>>();
function itemsOf(topicList: TopicList) {
  let index = itemIndex.get(topicList);
  if (!index) {
    index = new Map(topicList.levels.flatMap((l) => l.topics.flatMap((t) => t.items.map((i) => [i.id, i] as const))));
    itemIndex.set(topicList, index);
  }
  return index;
}

/** The parts of an interview that never change, remembered: saves do not re-read them. */
const interviewTopicList = new Map<string, { topiclistId: string; topiclistVersion: number }>();
async function topicListOf(db: Db, interviewId: string): Promise<TopicList> {
  let ref = interviewTopicList.get(interviewId);
  if (!ref) {
    const row = await q.getInterviewSummary(db, interviewId);
    if (!row) throw errors.interviewNotFound(interviewId);
    ref = { topiclistId: row.topiclistId, topiclistVersion: row.topiclistVersion };
    if (interviewTopicList.size > 50_000) interviewTopicList.clear();
    interviewTopicList.set(interviewId, ref);
  }
  return getTopicListVersionCached(db, ref.topiclistId, ref.topiclistVersion);
}

function validate(topicList: TopicList, ops: SyncOp[], pathOf: (n: number) => string): void {
  const items = itemsOf(topicList);
  const issues: ErrorIssue[] = [];
  ops.forEach((op, n) => {
    const item = items.get(op.itemId);
    if (!item) issues.push({ path: `${pathOf(n)}itemId`, message: `no item "${op.itemId}" in this topic list` });
    else {
      const problem = checkValue(item, topicList.scales, op.value);
      if (problem) issues.push({ path: `${pathOf(n)}value`, message: problem });
    }
  });
  if (issues.length > 0) {
    if (ops.length === 1 && !items.has(ops[0]!.itemId)) throw errors.unknownItem(ops[0]!.itemId);
    throw errors.invalidValue(issues);
  }
}

/** One transaction for the batch: state read under lock, decided here, written at once. */
function applyTogether(db: Db, calls: ApplyCall[]): Promise<ApplyOutcome[]> {
  return transactionEndingWith(db, async (tx) => {
    const { outcomes, writes } = decideBatch(calls, await readApplyState(tx, calls));
    return { result: outcomes, last: writeApplied(writes) };
  });
}

/**
 * Applies several requests' operations in one transaction, each with the outcome it would
 * have alone. Should the batch fail in the database, each call is applied alone, so one bad
 * call cannot take the others with it.
 */
export async function applyBatch(db: Db, calls: ApplyCall[]): Promise<ApplyOutcome[]> {
  // Sorted by interview, so concurrent batches take the interviews' row locks in one order.
  const order = calls.map((c, i) => ({ c, i })).sort((a, b) => (a.c.interview < b.c.interview ? -1 : a.c.interview > b.c.interview ? 1 : a.i - b.i));
  let results: ApplyOutcome[];
  try {
    results = await applyTogether(db, order.map((o) => o.c));
  } catch (err) {
    if (calls.length === 1) throw err;
    results = [];
    for (const { c } of order) {
      try {
        results.push(...(await applyTogether(db, [c])));
      } catch (e) {
        // drizzle wraps the driver's error (the SQLSTATE is on the cause); a statement sent
        // straight to the driver fails with the driver's own.
        const { code, message } = ((e as { cause?: unknown }).cause ?? e) as { code?: string; message?: string };
        results.push({ error: 'failed', sqlstate: code, message });
      }
    }
  }
  const out: ApplyOutcome[] = new Array(calls.length);
  order.forEach((o, k) => (out[o.i] = results[k]!));
  return out;
}

const batchedApply = perDatabase((db: Db) => createBatcher<ApplyCall, ApplyOutcome>((calls) => applyBatch(db, calls), { maxInFlight: 2, maxBatch: 64, spillAfterMs: 50 }));

/** Batches of at most this many operations join other saves; larger outboxes go alone. */
const SHARE_LIMIT = 20;

async function apply(db: Db, actor: Actor, interviewId: string, ops: SyncOp[]) {
  const call = { interview: interviewId, user: actor.id, isLead: actor.role === 'lead', ops };
  const outcome = ops.length <= SHARE_LIMIT ? await batchedApply(db)(call) : (await applyTogether(db, [call]))[0]!;
  switch (outcome.error) {
    case 'not_found':
      throw errors.interviewNotFound(interviewId);
    case 'locked': {
      const row = await q.getInterviewSummary(db, interviewId);
      throw errors.interviewLocked(row?.status ?? 'completed');
    }
    case 'consent_required':
      throw errors.consentRequired();
    case 'consent_refused':
      throw errors.consentRefused();
    case 'failed':
      // Isolated in its own subtransaction: report it like any database error.
      throw Object.assign(new Error(`saving failed: ${outcome.message}`), { code: outcome.sqlstate });
  }
  return outcome.results!;
}

export async function saveAnswer(db: Db, actor: Actor, interviewId: string, itemId: string, body: Omit<SyncOp, 'itemId'>) {
  const op = { ...body, itemId };
  validate(await topicListOf(db, interviewId), [op], () => '');
  const [result] = await apply(db, actor, interviewId, [op]);
  if (result!.status === 'conflict') throw errors.answerConflict(result!.current);
  const { itemId: id, value, note, revision, updatedAt, updatedBy } = result!;
  return { itemId: id, value, note: note ?? null, revision, updatedAt: updatedAt!, updatedBy: updatedBy ?? null };
}

/** The outbox of an offline tablet: checked whole first, then applied in order in one transaction. */
export async function sync(db: Db, actor: Actor, interviewId: string, ops: SyncOp[]) {
  if (ops.length === 0) return { results: [] };
  validate(await topicListOf(db, interviewId), ops, (n) => `ops[${n}].`);
  return { results: await apply(db, actor, interviewId, ops) };
}
