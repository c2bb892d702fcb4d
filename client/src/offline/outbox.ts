// The outbox rules, kept pure so they can be tested without a browser.
//
// Chaining: edits to one item while offline must not conflict with each other. An op that
// has never been sent is still ours to rewrite, so a newer edit of the same item replaces it
// (with a new opId, keeping its place and base revision). An op that has been sent may have
// been applied, so it is never rewritten; an edit behind it is queued with the revision
// that op will produce (its base + 1). Because that guess is only right if the op is
// applied, a batch never carries two ops for one item: the second waits until the first is
// answered, and then gets the real revision, or is dropped into the conflict with it.
import type { StoredOp } from './db.ts';
import type { WireOp } from './interview-api.ts';

export const MAX_BATCH = 500;

export interface Edit {
  itemId: string;
  value: unknown;
  /** undefined: the note is unchanged. */
  note?: string | null;
}

/**
 * Puts an edit in the outbox (in place) and answers the op to store. `confirmed` is the
 * item's revision as the server last confirmed it.
 */
export function queueEdit(
  outbox: StoredOp[],
  edit: Edit,
  confirmed: number,
  make: { interviewId: string; n: number; opId: string; now: string },
): StoredOp {
  const last = lastFor(outbox, edit.itemId);
  if (last && !last.attempted) {
    last.opId = make.opId;
    last.value = edit.value;
    if (edit.note !== undefined) last.note = edit.note;
    last.createdAt = make.now;
    return last;
  }
  const op: StoredOp = {
    interviewId: make.interviewId,
    n: make.n,
    opId: make.opId,
    itemId: edit.itemId,
    value: edit.value,
    baseRevision: last ? last.baseRevision + 1 : confirmed,
    attempted: false,
    createdAt: make.now,
  };
  if (edit.note !== undefined) op.note = edit.note;
  outbox.push(op);
  return op;
}

export function lastFor(outbox: readonly StoredOp[], itemId: string): StoredOp | undefined {
  for (let i = outbox.length - 1; i >= 0; i--) if (outbox[i]!.itemId === itemId) return outbox[i];
  return undefined;
}

/** The next ops to send, in order: at most `max`, and at most one per item (see above). */
export function takeBatch(outbox: readonly StoredOp[], max = MAX_BATCH): StoredOp[] {
  const batch: StoredOp[] = [];
  const items = new Set<string>();
  for (const op of outbox) {
    if (batch.length >= max || items.has(op.itemId)) break;
    items.add(op.itemId);
    batch.push(op);
  }
  return batch;
}

/** The op as the server takes it: `note` only when it changed. */
export function toWire(op: StoredOp): WireOp {
  const wire: WireOp = {
    opId: op.opId,
    itemId: op.itemId,
    value: op.value ?? null,
    baseRevision: op.baseRevision,
  };
  if (op.note !== undefined) wire.note = op.note;
  return wire;
}

/** A position after every op already queued, also across reloads (ops outlive the page). */
export function nextPosition(outbox: readonly StoredOp[], previous: number): number {
  const last = outbox.length ? outbox[outbox.length - 1]!.n : 0;
  return Math.max(previous + 1, last + 1, Date.now());
}

/** A v4 UUID; crypto.randomUUID only exists in secure contexts (not on plain-HTTP networks). */
export function newOpId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
