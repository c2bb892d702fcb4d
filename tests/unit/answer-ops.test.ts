// The decision of what a batch of answer operations does, from the state read under lock.
import { describe, expect, it } from 'vitest';
import { type ApplyCall, type ApplyState, decideBatch, type StoredAnswer } from '../../server/services/answer-ops.ts';

const NOW = '2026-03-02T10:00:00.000001+00:00';
const IV = 'iv-1';
const LOTTE = 'user-lotte';
const BRAM = 'user-bram';

function state(over: Partial<ApplyState> = {}, interview: Partial<{ status: string; consentGiven: boolean | null; eventSeq: number }> = {}): ApplyState {
  return {
    now: NOW,
    interviews: new Map([[IV, { status: 'in_progress', consentGiven: true, eventSeq: 7, ...interview }]]),
    members: new Set([`${IV}/${LOTTE}`, `${IV}/${BRAM}`]),
    done: new Map(),
    answers: new Map(),
    ...over,
  };
}
const call = (user: string, ops: ApplyCall['ops'], isLead = false): ApplyCall => ({ interview: IV, user, isLead, ops });
const stored = (over: Partial<StoredAnswer> = {}): StoredAnswer => ({ itemId: 'trust', value: 3, note: 'Eerder.', revision: 2, updatedAt: '2026-03-01T09:00:00+00:00', updatedBy: BRAM, ...over });

describe('deciding answer operations', () => {
  it('chains revisions within a call and keeps the note when an op leaves it out', () => {
    const { outcomes, writes } = decideBatch(
      [call(LOTTE, [{ opId: 'op-1', itemId: 'trust', value: 4, baseRevision: 2 }, { opId: 'op-2', itemId: 'trust', value: 5, note: null, baseRevision: 3 }])],
      state({ answers: new Map([[`${IV}/trust`, stored()]]) }),
    );
    expect(outcomes[0]!.results).toEqual([
      { opId: 'op-1', status: 'applied', itemId: 'trust', value: 4, note: 'Eerder.', revision: 3, updatedAt: NOW, updatedBy: LOTTE },
      { opId: 'op-2', status: 'applied', itemId: 'trust', value: 5, note: null, revision: 4, updatedAt: NOW, updatedBy: LOTTE },
    ]);
    expect(writes.answers).toEqual([{ interview: IV, itemId: 'trust', value: 5, note: null, revision: 4, updatedAt: NOW, updatedBy: LOTTE }]);
    expect(writes.events).toMatchObject([{ interview: IV, seq: 8, actor: LOTTE, answers: [{ opId: 'op-1' }, { opId: 'op-2' }] }]);
    expect(writes.interviews).toEqual([{ id: IV, events: 1 }]);
  });

  it('answers a stale base revision with the current answer and changes nothing', () => {
    const current = stored();
    const { outcomes, writes } = decideBatch([call(LOTTE, [{ opId: 'op-1', itemId: 'trust', value: 1, baseRevision: 1 }])], state({ answers: new Map([[`${IV}/trust`, current]]) }));
    expect(outcomes[0]!.results).toEqual([{ opId: 'op-1', status: 'conflict', itemId: 'trust', revision: 2, current }]);
    expect(writes).toEqual({ answers: [], interviews: [], events: [] });
    // On an item never answered the current answer is null.
    const fresh = decideBatch([call(LOTTE, [{ opId: 'op-2', itemId: 'other', value: 1, baseRevision: 3 }])], state());
    expect(fresh.outcomes[0]!.results![0]).toMatchObject({ status: 'conflict', revision: 0, current: null });
  });

  it('repeats what a stored op did, and within a call what its first occurrence did, conflicts too', () => {
    const before = stored({ revision: 1, value: 2 });
    const { outcomes, writes } = decideBatch(
      [call(BRAM, [{ opId: 'old', itemId: 'trust', value: 5 }, { opId: 'new', itemId: 'trust', value: 4, baseRevision: 9 }, { opId: 'new', itemId: 'trust', value: 1 }])],
      state({ done: new Map([[`${IV}/old`, before]]), answers: new Map([[`${IV}/trust`, stored()]]) }),
    );
    expect(outcomes[0]!.results!.map((r) => r.status)).toEqual(['duplicate', 'conflict', 'duplicate']);
    expect(outcomes[0]!.results![0]).toEqual({ opId: 'old', status: 'duplicate', ...before });
    expect(outcomes[0]!.results![2]).toMatchObject({ opId: 'new', status: 'duplicate', current: { revision: 2 } });
    expect(writes.events).toEqual([]);
  });

  it('lets a later call of the batch see an earlier call as stored: a retry, and a conflict with the winner', () => {
    const { outcomes, writes } = decideBatch(
      [
        call(LOTTE, [{ opId: 'a', itemId: 'trust', value: 2, baseRevision: 0 }]),
        call(BRAM, [{ opId: 'b', itemId: 'trust', value: 4, baseRevision: 0 }]),
        call(LOTTE, [{ opId: 'a', itemId: 'trust', value: 2, baseRevision: 0 }]),
      ],
      state(),
    );
    expect(outcomes.map((o) => o.results![0]!.status)).toEqual(['applied', 'conflict', 'duplicate']);
    expect(outcomes[1]!.results![0]!.current).toMatchObject({ value: 2, revision: 1, updatedBy: LOTTE });
    expect(writes.events.map((e) => e.seq)).toEqual([8]);
  });

  it('refuses new work on a locked interview or without consent, and strangers, before any change', () => {
    const ops = [{ opId: 'x', itemId: 'trust', value: 1 }];
    for (const [interview, error] of [
      [{ status: 'completed' }, 'locked'],
      [{ status: 'approved' }, 'locked'],
      [{ consentGiven: null }, 'consent_required'],
      [{ consentGiven: false }, 'consent_refused'],
    ] as const) {
      const { outcomes, writes } = decideBatch([call(LOTTE, ops)], state({}, interview));
      expect(outcomes).toEqual([{ error }]);
      expect(writes.events).toEqual([]);
    }
    expect(decideBatch([call('user-outsider', ops)], state()).outcomes).toEqual([{ error: 'not_found' }]);
    expect(decideBatch([{ ...call(LOTTE, ops), interview: 'iv-gone' }], state()).outcomes).toEqual([{ error: 'not_found' }]);
    // The lead needs no membership; a repeat of a stored op is answered even when locked.
    expect(decideBatch([call('user-lead', ops, true)], state()).outcomes[0]!.results![0]!.status).toBe('applied');
    const locked = decideBatch([call(LOTTE, ops)], state({ done: new Map([[`${IV}/x`, stored()]]) }, { status: 'completed' }));
    expect(locked.outcomes[0]!.results![0]!.status).toBe('duplicate');
  });
});
