// The offline engine's pure rules: outbox chaining, backoff, presence and topic time.
import { describe, expect, it } from 'vitest';
import { Backoff } from '../../../client/src/offline/backoff.ts';
import type { StoredOp } from '../../../client/src/offline/db.ts';
import { newOpId, queueEdit, takeBatch, toWire } from '../../../client/src/offline/outbox.ts';
import { PresenceBoard, PRESENCE_TTL_MS } from '../../../client/src/offline/presence-board.ts';
import { TopicClock, toInterval } from '../../../client/src/offline/topic-clock.ts';

let n = 0;
const make = () => ({ interviewId: 'iv', n: ++n, opId: `op-${n}`, now: '2025-01-01T00:00:00.000Z' });

describe('outbox', () => {
  it('coalesces edits of one item into the op not yet sent, with a new opId and the same base', () => {
    const outbox: StoredOp[] = [];
    queueEdit(outbox, { itemId: 'a', value: 'D' }, 3, make());
    queueEdit(outbox, { itemId: 'b', value: 1 }, 0, make());
    const op = queueEdit(outbox, { itemId: 'a', value: 'Da', note: 'n' }, 3, make());
    queueEdit(outbox, { itemId: 'a', value: 'Daa' }, 3, make());
    expect(outbox.map((o) => [o.itemId, o.value, o.baseRevision])).toEqual([
      ['a', 'Daa', 3],
      ['b', 1, 0],
    ]);
    expect(op.opId).toBe(outbox[0]!.opId);
    expect(outbox[0]!.note).toBe('n'); // a later edit without a note keeps the changed note
  });

  it('chains an edit behind a sent op with the revision that op will produce', () => {
    const outbox: StoredOp[] = [];
    const sent = queueEdit(outbox, { itemId: 'a', value: 1 }, 4, make());
    sent.attempted = true;
    const next = queueEdit(outbox, { itemId: 'a', value: 2 }, 4, make());
    expect(next).not.toBe(sent);
    expect(next.baseRevision).toBe(5);
    expect(queueEdit(outbox, { itemId: 'a', value: 3 }, 4, make())).toBe(next);
    expect(outbox).toHaveLength(2);
  });

  it('sends in order, at most one op per item and at most the batch size', () => {
    const outbox: StoredOp[] = [];
    for (const item of ['a', 'b', 'c']) queueEdit(outbox, { itemId: item, value: 1 }, 0, make());
    outbox[0]!.attempted = true;
    queueEdit(outbox, { itemId: 'a', value: 2 }, 0, make());
    queueEdit(outbox, { itemId: 'd', value: 2 }, 0, make());
    expect(takeBatch(outbox).map((o) => o.itemId)).toEqual(['a', 'b', 'c']);
    expect(takeBatch(outbox, 2).map((o) => o.itemId)).toEqual(['a', 'b']);
  });

  it('puts a note on the wire only when it changed', () => {
    const outbox: StoredOp[] = [];
    expect('note' in toWire(queueEdit(outbox, { itemId: 'a', value: 1 }, 0, make()))).toBe(false);
    expect(toWire(queueEdit(outbox, { itemId: 'b', value: null, note: null }, 0, make()))).toMatchObject({ note: null, value: null });
  });

  it('makes v4 UUIDs also without crypto.randomUUID (plain-HTTP networks)', () => {
    const real = crypto.randomUUID;
    try {
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      const ids = new Set(Array.from({ length: 100 }, newOpId));
      expect(ids.size).toBe(100);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: real, configurable: true });
    }
  });
});

describe('backoff', () => {
  it('starts at about a second and doubles to a minute, with jitter below the mark', () => {
    const top = new Backoff(() => 0);
    expect(Array.from({ length: 9 }, () => top.next())).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
    const low = new Backoff(() => 1);
    expect(low.next()).toBe(750);
    low.exhaust();
    expect(low.next()).toBe(45000);
  });
});

describe('presence', () => {
  const daan = { id: 'u1', name: 'Daan Mulder' };
  const sanne = { id: 'u2', name: 'Sanne Kuipers' };

  it('lists the others, not this tablet, and drops those who left or went quiet', () => {
    const board = new PresenceBoard({ userId: daan.id, deviceId: 'tablet-1' });
    expect(board.apply({ user: daan, deviceId: 'tablet-1', topicId: 'x', state: 'here' }).changed).toBe(false);
    expect(board.apply({ user: sanne, deviceId: 'tablet-2', topicId: null, state: 'here' })).toEqual({ changed: true, arrived: true });
    expect(board.apply({ user: sanne, deviceId: 'tablet-2', topicId: 'trust', state: 'here' })).toEqual({ changed: true, arrived: false });
    // Daan on another tablet is someone else here.
    board.apply({ user: daan, deviceId: 'tablet-3', topicId: null }, 1000);
    expect(board.list.map((p) => [p.user.name, p.deviceId, p.topicId])).toEqual([
      ['Daan Mulder', 'tablet-3', null],
      ['Sanne Kuipers', 'tablet-2', 'trust'],
    ]);
    board.apply({ user: sanne, deviceId: 'tablet-2', topicId: null, state: 'left' });
    expect(board.prune(1000 + PRESENCE_TTL_MS + 1)).toBe(true);
    expect(board.list).toEqual([]);
  });
});

describe('topic time', () => {
  it('closes the interval of the topic left, skipping flicks and clamping to 12 hours', () => {
    const clock = new TopicClock();
    expect(clock.switchTo('a', 0)).toBeUndefined();
    expect(clock.switchTo('b', 5000)).toEqual({ topicId: 'a', openedAt: new Date(0).toISOString(), closedAt: new Date(5000).toISOString() });
    expect(clock.switchTo('c', 5500)).toBeUndefined(); // half a second on b
    expect(clock.switchTo('c', 9000)).toBeUndefined(); // same topic: nothing closes
    const long = toInterval({ topicId: 'c', openedAt: new Date(0).toISOString(), lastAt: '' }, 20 * 3600_000);
    expect(long?.closedAt).toBe(new Date(12 * 3600_000).toISOString());
  });
});
