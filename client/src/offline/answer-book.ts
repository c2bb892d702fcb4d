// The answers of one interview on this tablet: values, the outbox and conflicts, in memory
// and written through to IndexedDB. Memory is what the page shows; every change is handed to
// IndexedDB in the same tick, in order, so a reload finds what the page last showed.
//
// Two rules keep the interviewer's work safe:
// - a pending local value (typed here, not yet confirmed) is never replaced by a remote one;
//   the newest remote answer is remembered and adopted only if ours turns out older;
// - a conflict never overwrites: the item stays as typed here, with both versions kept,
//   until the interviewer chooses.
import type { SyncResult } from '../../../server/contract/interviews.ts';
import { type Changes, commit, type Db, type ServerAnswer, type StoredAnswer, type StoredConflict, type StoredOp } from './db.ts';
import { type Edit, newOpId, nextPosition, queueEdit, takeBatch } from './outbox.ts';
import { keepOnUnload, takeKept } from './unload-store.ts';
import type { Conflict } from './types.ts';

export interface BookEvents {
  answers(itemIds: string[], remote: boolean): void;
  conflicts(): void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const theirsOf = (a: ServerAnswer): NonNullable<Conflict['theirs']> => ({
  value: a.value,
  note: a.note,
  revision: a.revision,
  updatedBy: a.updatedBy,
  updatedAt: a.updatedAt,
});

export class AnswerBook {
  private readonly answers = new Map<string, StoredAnswer>();
  private readonly conflictMap = new Map<string, StoredConflict>();
  private readonly outbox: StoredOp[];
  /** opIds this page sent: their echo in the event stream is not news. */
  private readonly sent = new Set<string>();
  private position = 0;
  /** Edits whose IndexedDB write has not completed yet, per item, to rescue if the page goes. */
  private readonly unsaved = new Map<string, Edit & { gen: number }>();
  private gen = 0;

  constructor(
    private readonly db: Db,
    private readonly interviewId: string,
    private readonly userId: string,
    data: { answers: StoredAnswer[]; outbox: StoredOp[]; conflicts: StoredConflict[] },
    private readonly on: BookEvents,
  ) {
    for (const a of data.answers) this.answers.set(a.itemId, a);
    for (const c of data.conflicts) this.conflictMap.set(c.itemId, c);
    this.outbox = [...data.outbox].sort((a, b) => a.n - b.n);
  }

  get(itemId: string): StoredAnswer | undefined {
    return this.answers.get(itemId);
  }
  all(): StoredAnswer[] {
    return [...this.answers.values()];
  }
  get pendingCount(): number {
    return this.outbox.length;
  }
  get conflicts(): StoredConflict[] {
    return [...this.conflictMap.values()].sort((a, b) => a.at.localeCompare(b.at));
  }

  /** A change typed on this tablet; resolves once IndexedDB holds it. */
  edit(itemId: string, value: unknown, note: string | null | undefined): Promise<void> {
    const current = this.answers.get(itemId);
    const answer = this.local(itemId, value ?? null, note === undefined ? (current?.note ?? null) : note, current?.revision ?? 0);
    if (current?.latest) answer.latest = current.latest;
    const gen = ++this.gen;
    this.unsaved.set(itemId, { gen, itemId, value: answer.value, note: note === undefined ? this.unsaved.get(itemId)?.note : note });
    const conflict = this.conflictMap.get(itemId);
    let changes: Changes;
    if (conflict) {
      // Still undecided: the edit changes "mine" in the conflict; nothing is sent until the interviewer chooses.
      conflict.mine = { value: answer.value, note: answer.note };
      changes = { answers: [answer], conflicts: [conflict] };
      this.on.conflicts();
    } else changes = { answers: [answer], ops: [this.queue(itemId, answer.value, note, answer.revision)] };
    this.on.answers([itemId], false);
    return this.write(changes).then(() => {
      if (this.unsaved.get(itemId)?.gen === gen) this.unsaved.delete(itemId);
    });
  }

  /** The page is going (pagehide): edits whose IndexedDB write may not land are kept aside. */
  rescue(): void {
    if (this.unsaved.size) keepOnUnload('unsaved', this.interviewId, [...this.unsaved.values()].map(({ gen: _, ...edit }) => edit));
  }

  /** Edits the last page rescued, made again (a repeat of a stored edit changes nothing). */
  async replayRescued(): Promise<void> {
    const edits = takeKept('unsaved', this.interviewId);
    for (const e of Array.isArray(edits) ? (edits as Edit[]) : []) if (typeof e?.itemId === 'string') await this.edit(e.itemId, e.value, e.note);
  }

  /** Saves the interviewer's choice as a change on top of the server's answer. */
  resolve(itemId: string, choice: { value: unknown; note: string | null }): Promise<void> {
    const conflict = this.conflictMap.get(itemId);
    if (!conflict) return this.edit(itemId, choice.value, choice.note);
    this.conflictMap.delete(itemId);
    const theirs = conflict.theirs;
    const changes: Changes = { dropConflicts: [itemId] };
    if (theirs ? same(choice.value, theirs.value) && choice.note === theirs.note : choice.value === null && choice.note === null) {
      // Their answer stands: adopt it, nothing to send.
      const answer: StoredAnswer = { interviewId: this.interviewId, itemId, value: theirs?.value ?? null, note: theirs?.note ?? null, revision: theirs?.revision ?? 0, updatedAt: theirs?.updatedAt ?? new Date().toISOString(), updatedBy: theirs?.updatedBy ?? null, pending: false };
      this.answers.set(itemId, answer);
      changes.answers = [answer];
    } else {
      const answer = this.local(itemId, choice.value ?? null, choice.note, theirs?.revision ?? 0);
      changes.answers = [answer];
      changes.ops = [this.queue(itemId, answer.value, choice.note, answer.revision)];
    }
    this.on.conflicts();
    this.on.answers([itemId], false);
    return this.write(changes);
  }

  /** The next ops to send, marked as sent (and stored so) before they leave. */
  async startBatch(): Promise<StoredOp[]> {
    const batch = takeBatch(this.outbox);
    const fresh = batch.filter((op) => !op.attempted);
    for (const op of fresh) op.attempted = true;
    for (const op of batch) this.sent.add(op.opId);
    if (fresh.length) await this.write({ ops: fresh });
    return batch;
  }

  /** The server's answer to a batch: confirmations, and conflicts for the interviewer. */
  applyResults(batch: StoredOp[], results: SyncResult[]): Promise<void> {
    const byOpId = new Map(results.map((r) => [r.opId, r]));
    const changes: Required<Pick<Changes, 'answers' | 'ops' | 'dropOps' | 'conflicts'>> = { answers: [], ops: [], dropOps: [], conflicts: [] };
    const remote: string[] = [];
    const confirmed: string[] = [];
    for (const op of batch) {
      const result = byOpId.get(op.opId);
      if (!result || !this.remove(op)) continue; // unanswered: it stays for the next call
      changes.dropOps.push(op);
      const answer = this.answers.get(op.itemId);
      if (result.status === 'conflict') {
        // Later edits of the item were made on top of this one: they belong to the conflict.
        for (const later of this.outbox.filter((o) => o.itemId === op.itemId)) if (this.remove(later)) changes.dropOps.push(later);
        const mine = { value: answer?.value ?? op.value, note: answer?.note ?? null };
        const current = result.current ?? null;
        if (current ? same(current.value, mine.value) && current.note === mine.note : mine.value === null && mine.note === null) {
          // The server already holds exactly this (ours, sent before a reload): no conflict.
          if (answer) Object.assign(answer, { revision: result.revision, pending: false, latest: undefined });
        } else {
          const conflict: StoredConflict = { interviewId: this.interviewId, itemId: op.itemId, mine, theirs: current && theirsOf(current), at: new Date().toISOString() };
          this.conflictMap.set(op.itemId, conflict);
          changes.conflicts.push(conflict);
        }
        if (answer) changes.answers.push(answer);
        continue;
      }
      const next = this.outbox.find((o) => o.itemId === op.itemId);
      if (next && !next.attempted) {
        next.baseRevision = result.revision;
        changes.ops.push(next);
      }
      if (!answer) continue;
      answer.revision = result.revision;
      if (!next) {
        answer.pending = false;
        answer.updatedAt = result.updatedAt ?? answer.updatedAt;
        answer.updatedBy = result.updatedBy ?? answer.updatedBy;
        const latest = answer.latest;
        delete answer.latest;
        if (latest && latest.revision > result.revision) {
          this.adopt(answer, latest);
          remote.push(op.itemId);
        } else confirmed.push(op.itemId);
      }
      changes.answers.push(answer);
    }
    if (changes.conflicts.length) this.on.conflicts();
    if (confirmed.length) this.on.answers(confirmed, false);
    if (remote.length) this.on.answers(remote, true);
    return this.write(changes);
  }

  /** Answers from the server (live events or a fresh snapshot), merged under the two rules. */
  applyServer(list: (ServerAnswer & { opId?: string })[]): Promise<void> {
    const changes: Required<Pick<Changes, 'answers' | 'conflicts'>> = { answers: [], conflicts: [] };
    const remote: string[] = [];
    for (const a of list) {
      if (a.opId && (this.sent.has(a.opId) || this.outbox.some((o) => o.opId === a.opId))) continue; // our own change
      const conflict = this.conflictMap.get(a.itemId);
      if (conflict) {
        if (a.revision > (conflict.theirs?.revision ?? 0)) {
          conflict.theirs = theirsOf(a);
          changes.conflicts.push(conflict);
        }
        continue;
      }
      const local = this.answers.get(a.itemId);
      if (local?.pending) {
        if (a.revision > (local.latest?.revision ?? local.revision)) {
          local.latest = { itemId: a.itemId, ...theirsOf(a) };
          changes.answers.push(local);
        }
        continue;
      }
      if (local && a.revision <= local.revision) continue;
      const answer: StoredAnswer = { interviewId: this.interviewId, itemId: a.itemId, value: null, note: null, revision: 0, updatedAt: a.updatedAt, updatedBy: null, pending: false };
      this.adopt(answer, a);
      this.answers.set(a.itemId, answer);
      changes.answers.push(answer);
      remote.push(a.itemId);
    }
    if (changes.conflicts.length) this.on.conflicts();
    if (remote.length) this.on.answers(remote, true);
    return changes.answers.length || changes.conflicts.length ? this.write(changes) : Promise.resolve();
  }

  private local(itemId: string, value: unknown, note: string | null, revision: number): StoredAnswer {
    const answer: StoredAnswer = { interviewId: this.interviewId, itemId, value, note, revision, updatedAt: new Date().toISOString(), updatedBy: this.userId, pending: true };
    this.answers.set(itemId, answer);
    return answer;
  }

  private queue(itemId: string, value: unknown, note: string | null | undefined, confirmed: number): StoredOp {
    this.position = nextPosition(this.outbox, this.position);
    return queueEdit(this.outbox, { itemId, value, note }, confirmed, { interviewId: this.interviewId, n: this.position, opId: newOpId(), now: new Date().toISOString() });
  }

  private adopt(answer: StoredAnswer, a: ServerAnswer): void {
    Object.assign(answer, { value: a.value, note: a.note, revision: a.revision, updatedAt: a.updatedAt, updatedBy: a.updatedBy, pending: false });
  }

  private remove(op: StoredOp): boolean {
    const i = this.outbox.indexOf(op);
    if (i >= 0) this.outbox.splice(i, 1);
    return i >= 0;
  }

  private write(changes: Changes): Promise<void> {
    return commit(this.db, this.interviewId, changes);
  }
}
