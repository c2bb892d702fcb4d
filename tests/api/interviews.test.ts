import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../server/db/database.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { createFixtureStudy, type FixtureStudy, json, PLANTED_DOSSIER } from '../helpers/fixture-study.ts';

let t: TestApp;
let f: FixtureStudy;
let lead: string;
let daan: string;
let sanne: string;
let I: string;
beforeAll(async () => {
  t = await startTestApp({ studyTopicList: true, limits: { signIn: { max: 1000, timeWindow: 60_000 } } });
  f = await createFixtureStudy(t);
  lead = f.people.lead.cookie;
  daan = f.people.interviewer.cookie;
  sanne = f.people.partner.cookie;
  I = `/api/interviews/${f.interviewId}`;
});
afterAll(() => t?.close());

let op = 0;
const opId = () => `op-${Date.now()}-${++op}`;
const put = (cookie: string, itemId: string, body: Record<string, unknown>) =>
  json(t, 'PUT', `${I}/answers/${itemId}`, cookie, { opId: opId(), ...body });
const historyCount = async (itemId: string) =>
  (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from answer_history where interview_id = ${f.interviewId} and item_id = ${itemId}`))[0]!.n;

describe('interviews', () => {
  it('is planned for the pair, bound to the study topic list version, with the dossier for its own people only', async () => {
    const res = await json(t, 'GET', I, daan);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'planned',
      topiclist: { id: 'ketensamenwerking-stalking', version: 1 },
      respondent: { code: 'R001', organisation: 'Veilig Thuis' },
      interviewers: [{ name: 'Daan Mulder' }, { name: 'Sanne Kuipers' }],
      dossier: PLANTED_DOSSIER,
      consent: null,
      answers: [],
    });
    const list = await json(t, 'GET', '/api/interviews', daan);
    expect(list.json().map((i: { id: string }) => i.id)).toEqual([f.interviewId]);
    expect(list.body).not.toContain(PLANTED_DOSSIER);
    expect((await json(t, 'GET', '/api/interviews', f.people.otherInterviewer.cookie)).json()).toEqual([]);
    expect((await json(t, 'GET', I, f.people.otherInterviewer.cookie)).statusCode).toBe(404);
    expect((await json(t, 'GET', I, f.people.analyst.cookie)).statusCode).toBe(403);
    const stored = await queryRows(t.database.db, sql`select dossier::text as d from interviews`);
    expect(JSON.stringify(stored)).not.toContain(PLANTED_DOSSIER);
  });

  it('refuses interviewers who are not interviewers of the study', async () => {
    const res = await json(t, 'POST', `/api/studies/${f.studyId}/interviews`, lead, { respondentId: f.respondentId, interviewerIds: [f.people.analyst.id] });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('interview.interviewers_not_eligible');
  });
});

describe('consent', () => {
  it('must be given before the first answer', async () => {
    const before = await put(daan, 'decisiveness-open', { value: 'Vooraf' });
    expect(before.statusCode).toBe(409);
    expect(before.json().error.code).toBe('interview.consent_required');

    await json(t, 'POST', `${I}/consent`, daan, { given: false, version: 'v1' });
    expect((await put(daan, 'decisiveness-open', { value: 'Vooraf' })).json().error.code).toBe('interview.consent_refused');

    const given = await json(t, 'POST', `${I}/consent`, sanne, { given: true, version: 'toestemming-2026-01' });
    expect(given.json().consent).toMatchObject({ given: true, version: 'toestemming-2026-01', by: { name: 'Sanne Kuipers' }, at: expect.any(String) });
    expect(await historyCount('decisiveness-open')).toBe(0);
  });
});

describe('answers', () => {
  it('saves an answer, starts the interview, and keeps every change in the history', async () => {
    const first = await put(daan, 'decisiveness-open', { value: 'Snel schakelen met de politie.', note: 'Citeerbaar' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ itemId: 'decisiveness-open', value: 'Snel schakelen met de politie.', note: 'Citeerbaar', revision: 1, updatedBy: f.people.interviewer.id });
    const second = await put(sanne, 'decisiveness-open', { value: 'Snel schakelen met politie en OM.', baseRevision: 1 });
    expect(second.json()).toMatchObject({ revision: 2, note: 'Citeerbaar', updatedBy: f.people.partner.id });
    const cleared = await put(daan, 'decisiveness-open', { value: 'Snel schakelen met politie en OM.', note: null, baseRevision: 2 });
    expect(cleared.json()).toMatchObject({ revision: 3, note: null });

    const interview = (await json(t, 'GET', I, daan)).json();
    expect(interview.status).toBe('in_progress');
    expect(interview.answers).toEqual([
      { itemId: 'decisiveness-open', value: 'Snel schakelen met politie en OM.', note: null, revision: 3, updatedAt: expect.any(String), updatedBy: f.people.interviewer.id },
    ]);
    expect(await historyCount('decisiveness-open')).toBe(3);
  });

  it('does the same opId once, however often it is sent (100 times, sequential and concurrent)', async () => {
    const id = opId();
    const body = { opId: id, value: 4 };
    const results = [];
    for (let i = 0; i < 50; i++) results.push(await json(t, 'PUT', `${I}/answers/individual-trust`, daan, body));
    results.push(...(await Promise.all(Array.from({ length: 50 }, () => json(t, 'PUT', `${I}/answers/individual-trust`, sanne, body)))));
    expect(new Set(results.map((r) => r.statusCode))).toEqual(new Set([200]));
    expect(new Set(results.map((r) => r.json().revision))).toEqual(new Set([1]));
    expect(await historyCount('individual-trust')).toBe(1);
    const rows = await queryRows(t.database.db, sql`select * from answers where interview_id = ${f.interviewId} and item_id = 'individual-trust'`);
    expect(rows).toHaveLength(1);
  });

  it('applies exactly one of two changes made on the same revision; the other gets 409 with the winner', async () => {
    const [a, b] = await Promise.all([
      put(daan, 'individual-commitment', { value: 2, baseRevision: 0 }),
      put(sanne, 'individual-commitment', { value: 5, baseRevision: 0 }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = a.statusCode === 200 ? a : b;
    const loser = a.statusCode === 200 ? b : a;
    expect(loser.json()).toMatchObject({ error: { code: 'answer.conflict' }, current: { itemId: 'individual-commitment', value: winner.json().value, revision: 1 } });
    expect(await historyCount('individual-commitment')).toBe(1);
  });

  it.each([
    ['individual-trust', 7, '7 is outside 1-5'],
    ['individual-trust', 2.5, 'a scale answer is a whole number from 1-5'],
    ['individual-trust', 'maybe', '"maybe" is not a number from 1-5 nor one of na, dk'],
    ['organisation-focus', 'x', "unknown option 'x'"],
    ['decisiveness-open', 12, 'an open answer is a text'],
    ['internal-consultation-per-month', -1, '-1 is below the minimum 0'],
    ['criminal-law-need', 'ja', 'a yes/no answer is true or false'],
  ])('refuses %s = %j with 422: %s', async (itemId, value, reason) => {
    const res = await put(daan, itemId, { value });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'answer.invalid_value', issues: [{ path: 'value', message: reason }] });
  });

  it('accepts the specials and every item type', async () => {
    for (const [itemId, value] of [
      ['organisation-trust', 'na'],
      ['chain-trust', 'dk'],
      ['organisation-focus', 'both'],
      ['internal-consultation-per-month', 3],
      ['criminal-law-need', true],
    ] as const) {
      const res = await put(daan, itemId, { value });
      expect(res.statusCode, `${itemId}: ${res.body}`).toBe(200);
    }
  });

  it('answers an unknown item with 404 and a missing opId or value with 422', async () => {
    expect((await put(daan, 'no-such-item', { value: 'x' })).json().error.code).toBe('answer.unknown_item');
    const missing = await json(t, 'PUT', `${I}/answers/decisiveness-open`, daan, { note: 'x' });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['opId', 'value']);
  });
});

describe('sync', () => {
  it('applies an outbox in order with per-op results: applied, duplicate, conflict', async () => {
    const known = opId();
    await json(t, 'PUT', `${I}/answers/chain-commitment`, daan, { opId: known, value: 3 });
    const ops = [
      { opId: opId(), itemId: 'chain-communication', value: 4, baseRevision: 0 },
      { opId: opId(), itemId: 'chain-communication', value: 5, baseRevision: 1, note: 'Later bijgesteld' },
      { opId: known, itemId: 'chain-commitment', value: 3 },
      { opId: opId(), itemId: 'chain-commitment', value: 1, baseRevision: 0 },
    ];
    const res = await json(t, 'POST', `${I}/sync`, sanne, { ops });
    expect(res.statusCode).toBe(200);
    expect(res.json().results.map((r: { status: string; revision: number }) => [r.status, r.revision])).toEqual([
      ['applied', 1],
      ['applied', 2],
      ['duplicate', 1],
      ['conflict', 1],
    ]);
    expect(res.json().results[3].current).toMatchObject({ value: 3, revision: 1 });
    // Sent again (the answer was lost on the way): nothing changes.
    const again = await json(t, 'POST', `${I}/sync`, sanne, { ops: ops.slice(0, 2) });
    expect(again.json().results.map((r: { status: string }) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(await historyCount('chain-communication')).toBe(2);
  });

  it('rejects a whole batch with a value that does not fit, naming the op, and applies none of it', async () => {
    const res = await json(t, 'POST', `${I}/sync`, daan, {
      ops: [
        { opId: opId(), itemId: 'chain-agreements', value: 2 },
        { opId: opId(), itemId: 'chain-interests', value: 9 },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.issues).toEqual([{ path: 'ops[1].value', message: '9 is outside 1-5' }]);
    expect(await historyCount('chain-agreements')).toBe(0);
  });

  it('keeps duplicate detection across a server restart (op ids are stored)', async () => {
    const id = opId();
    await json(t, 'PUT', `${I}/answers/chain-clarity`, daan, { opId: id, value: 2 });
    const { buildApp } = await import('../../server/app.ts');
    const { TEST_IDENTITY_KEY } = await import('../helpers/app.ts');
    const restarted = await buildApp({ database: t.database, identityKey: TEST_IDENTITY_KEY });
    try {
      const res = await restarted.inject({ method: 'POST', url: `${I}/sync`, headers: { cookie: daan }, payload: { ops: [{ opId: id, itemId: 'chain-clarity', value: 5 }] } });
      expect(res.json().results[0]).toMatchObject({ status: 'duplicate', value: 2, revision: 1 });
    } finally {
      await restarted.close();
    }
  });

  it('applies an outbox of thousands of ops in order, each once, and refuses one over the limit', async () => {
    const iv = (await json(t, 'POST', `/api/studies/${f.studyId}/interviews`, lead, { respondentId: f.respondentId, pairId: f.pairId })).json().id;
    await json(t, 'POST', `/api/interviews/${iv}/consent`, daan, { given: true, version: 'v1' });
    const items = ['chain-trust', 'chain-commitment', 'chain-communication', 'chain-agreements', 'chain-interests', 'chain-clarity', 'organisation-trust', 'organisation-commitment'];
    const ops = Array.from({ length: 4000 }, (_, i) => ({ opId: `outbox-${iv}-${i}`, itemId: items[i % items.length]!, value: (i % 5) + 1, note: `Notitie ${i}` }));
    const res = await json(t, 'POST', `/api/interviews/${iv}/sync`, daan, { ops });
    expect(res.statusCode).toBe(200);
    const results = res.json().results as { status: string; revision: number }[];
    expect(results.filter((r) => r.status === 'applied')).toHaveLength(4000);
    expect(results.slice(-8).map((r) => r.revision)).toEqual(Array(8).fill(500));
    const rows = () =>
      queryRows<{ item: string; value: number; note: string; revision: number }>(
        t.database.db,
        sql`select item_id as item, value, note, revision from answers where interview_id = ${iv} order by item_id`,
      );
    const stored = await rows();
    // Each answer as the last of its ops left it.
    expect(stored).toEqual(items.map((item, k) => ({ item, value: ((3992 + k) % 5) + 1, note: `Notitie ${3992 + k}`, revision: 500 })).sort((a, b) => a.item.localeCompare(b.item)));
    const history = async () => (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from answer_history where interview_id = ${iv}`))[0]!.n;
    expect(await history()).toBe(4000);
    // The whole outbox again (its answer was lost on the way): every op a duplicate, nothing changed.
    const again = await json(t, 'POST', `/api/interviews/${iv}/sync`, daan, { ops });
    expect(new Set(again.json().results.map((r: { status: string }) => r.status))).toEqual(new Set(['duplicate']));
    expect(await rows()).toEqual(stored);
    expect(await history()).toBe(4000);
    const over = await json(t, 'POST', `/api/interviews/${iv}/sync`, daan, { ops: Array.from({ length: 5001 }, (_, i) => ({ opId: `over-${iv}-${i}`, itemId: 'chain-trust', value: 1 })) });
    expect(over.statusCode).toBe(422);
    expect(JSON.stringify(over.json())).toContain('at most 5000 operations per call');
    expect(await history()).toBe(4000);
  });
});

describe('status and the lock', () => {
  it('locks a completed interview until the lead reopens it', async () => {
    expect((await json(t, 'POST', `${I}/status`, daan, { status: 'completed' })).json().status).toBe('completed');
    const locked = await put(sanne, 'chain-agreements', { value: 4 });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('interview.locked');
    expect((await json(t, 'POST', `${I}/sync`, sanne, { ops: [{ opId: opId(), itemId: 'chain-agreements', value: 4 }] })).statusCode).toBe(409);

    expect((await json(t, 'POST', `${I}/status`, daan, { status: 'approved' })).statusCode).toBe(403);
    expect((await json(t, 'POST', `${I}/status`, lead, { status: 'has_issues' })).json().error.code).toBe('interview.comment_required');
    const issues = await json(t, 'POST', `${I}/status`, lead, { status: 'has_issues', comment: 'Toelichting bij vertrouwen ontbreekt.' });
    expect(issues.json()).toMatchObject({ status: 'has_issues', statusComment: 'Toelichting bij vertrouwen ontbreekt.' });
    expect((await put(sanne, 'chain-agreements', { value: 4 })).statusCode).toBe(409);

    expect((await json(t, 'POST', `${I}/status`, lead, { status: 'in_progress' })).json().status).toBe('in_progress');
    expect((await put(sanne, 'chain-agreements', { value: 4 })).statusCode).toBe(200);
    const invalid = await json(t, 'POST', `${I}/status`, daan, { status: 'approved' });
    expect(invalid.json().error.code).toBe('interview.invalid_transition');
  });
});

describe('time per topic', () => {
  it('stores intervals and counts overlapping ones from two tablets once', async () => {
    const at = (m: number) => new Date(Date.UTC(2026, 10, 2, 10, m)).toISOString();
    await json(t, 'POST', `${I}/timings`, daan, { intervals: [{ topicId: 'decisiveness', openedAt: at(0), closedAt: at(5) }] });
    const res = await json(t, 'POST', `${I}/timings`, sanne, {
      intervals: [
        { topicId: 'decisiveness', openedAt: at(3), closedAt: at(8) },
        { topicId: 'decisiveness', openedAt: at(20), closedAt: at(21) },
      ],
    });
    expect(res.json()).toEqual([{ topicId: 'decisiveness', seconds: 540 }]);
    expect((await json(t, 'GET', I, daan)).json().timing).toEqual([{ topicId: 'decisiveness', seconds: 540 }]);
    const bad = await json(t, 'POST', `${I}/timings`, daan, { intervals: [{ topicId: 'nope', openedAt: at(0), closedAt: at(1) }] });
    expect(bad.statusCode).toBe(422);
  });
});

describe('saves sharing a transaction', () => {
  it('keeps every save’s outcome its own when many arrive at once', async () => {
    // A second interview for the same pair, completed (locked), next to the open one.
    const other = (await json(t, 'POST', `/api/studies/${f.studyId}/interviews`, lead, { respondentId: f.respondentId, pairId: f.pairId })).json();
    await json(t, 'POST', `/api/interviews/${other.id}/consent`, daan, { given: true, version: 'v1' });
    await json(t, 'PUT', `/api/interviews/${other.id}/answers/chain-trust`, daan, { opId: opId(), value: 1 });
    await json(t, 'POST', `/api/interviews/${other.id}/status`, daan, { status: 'completed' });

    const items = ['individual-clarity', 'individual-interests', 'individual-agreements', 'organisation-clarity', 'organisation-interests'];
    const calls = [
      ...items.flatMap((itemId, i) => [put(daan, itemId, { value: (i % 5) + 1 }), put(sanne, itemId, { value: 5, baseRevision: 7 })]),
      json(t, 'PUT', `/api/interviews/${other.id}/answers/chain-trust`, daan, { opId: opId(), value: 2 }),
    ];
    const res = await Promise.all(calls);
    const locked = res.pop()!;
    expect(locked.json().error.code).toBe('interview.locked');
    for (let i = 0; i < items.length; i++) {
      expect(res[2 * i]!.statusCode).toBe(200);
      expect(res[2 * i + 1]!.statusCode).toBe(409);
    }
    const answers = (await json(t, 'GET', I, daan)).json().answers;
    for (const [i, itemId] of items.entries()) expect(answers.find((a: { itemId: string }) => a.itemId === itemId)).toMatchObject({ value: (i % 5) + 1, revision: 1 });
  });
});
