// Saves of concurrent requests applied in one transaction (services/answers.ts applyBatch): each call
// must get exactly the outcome it would have had alone, in batch order.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../server/db/database.ts';
import { applyBatch } from '../../server/services/answers.ts';
import type { ApplyCall } from '../../server/services/answer-ops.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { driver } from '../helpers/db.ts';
import { createFixtureStudy, type FixtureStudy, json } from '../helpers/fixture-study.ts';

let t: TestApp;
let f: FixtureStudy;
let open: string;
let locked: string;
let ids: Record<'lead' | 'daan' | 'sanne' | 'outsider', string>;
beforeAll(async () => {
  t = await startTestApp({ studyTopicList: true, limits: { signIn: { max: 1000, timeWindow: 60_000 } } });
  f = await createFixtureStudy(t);
  const { lead, interviewer, partner, otherInterviewer } = f.people;
  ids = { lead: lead.id, daan: interviewer.id, sanne: partner.id, outsider: otherInterviewer.id };
  open = f.interviewId;
  await json(t, 'POST', `/api/interviews/${open}/consent`, interviewer.cookie, { given: true, version: 'v1' });
  locked = (await json(t, 'POST', `/api/studies/${f.studyId}/interviews`, lead.cookie, { respondentId: f.respondentId, pairId: f.pairId })).json().id;
  await json(t, 'POST', `/api/interviews/${locked}/consent`, interviewer.cookie, { given: true, version: 'v1' });
  await json(t, 'PUT', `/api/interviews/${locked}/answers/chain-trust`, interviewer.cookie, { opId: randomUUID(), value: 1 });
  await json(t, 'POST', `/api/interviews/${locked}/status`, interviewer.cookie, { status: 'completed' });
});
afterAll(() => t?.close());

const call = (interview: string, user: string, ops: ApplyCall['ops'], isLead = false): ApplyCall => ({ interview, user, isLead, ops });
const statuses = (o: Awaited<ReturnType<typeof applyBatch>>[number]) => o.error ?? o.results!.map((r) => r.status).join(',');
const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(t.database.db, query);

describe('saves sharing a transaction', () => {
  it('gives every call of a batch the outcome it would have had alone, in batch order', async () => {
    const [a, b, c, d, e] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const seqBefore = (await rows<{ seq: number }>(sql`select event_seq::int as seq from interviews where id = ${open}`))[0]!.seq;
    const out = await applyBatch(t.database.db, [
      call(open, ids.daan, [{ opId: a, itemId: 'chain-trust', value: 2, note: 'Eerste versie.' }]),
      // The other tablet, on the revision before the first call: a conflict with the first call's value.
      call(open, ids.sanne, [{ opId: b, itemId: 'chain-trust', value: 4, baseRevision: 0 }]),
      // The first call's op sent again (a retry): what it did, not a second change.
      call(open, ids.sanne, [{ opId: a, itemId: 'chain-trust', value: 5 }]),
      call(locked, ids.daan, [{ opId: c, itemId: 'chain-trust', value: 3 }]),
      call(open, ids.outsider, [{ opId: randomUUID(), itemId: 'chain-trust', value: 3 }]),
      // The lead writes any interview; a repeated op within one call answers as its first did;
      // the note of an answer stays when an op leaves it out.
      call(open, ids.lead, [{ opId: d, itemId: 'chain-commitment', value: 3 }, { opId: d, itemId: 'chain-commitment', value: 1 }, { opId: e, itemId: 'chain-trust', value: 5, baseRevision: 1 }], true),
    ]);
    expect(out.map(statuses)).toEqual(['applied', 'conflict', 'duplicate', 'locked', 'not_found', 'applied,duplicate,applied']);
    expect(out[1]!.results![0]).toMatchObject({ status: 'conflict', revision: 1, current: { value: 2, revision: 1, note: 'Eerste versie.', updatedBy: ids.daan } });
    expect(out[2]!.results![0]).toMatchObject({ opId: a, status: 'duplicate', value: 2, revision: 1, updatedBy: ids.daan });
    expect(out[5]!.results![1]).toMatchObject({ opId: d, status: 'duplicate', value: 3, revision: 1 });
    expect(out[5]!.results![2]).toMatchObject({ opId: e, status: 'applied', value: 5, revision: 2, note: 'Eerste versie.', updatedBy: ids.lead });

    const answers = await rows<{ item: string; value: number; revision: number; note: string | null }>(
      sql`select item_id as item, value, revision, note from answers where interview_id = ${open} and item_id in ('chain-trust', 'chain-commitment') order by item_id`,
    );
    expect(answers).toEqual([
      { item: 'chain-commitment', value: 3, revision: 1, note: null },
      { item: 'chain-trust', value: 5, revision: 2, note: 'Eerste versie.' },
    ]);
    const history = await rows<{ op: string; revision: number }>(sql`select op_id as op, revision from answer_history where interview_id = ${open} order by id`);
    expect(history).toEqual([{ op: a, revision: 1 }, { op: d, revision: 1 }, { op: e, revision: 2 }]);
    expect(await rows(sql`select 1 from answer_history where interview_id = ${locked} and op_id = ${c}`)).toEqual([]);

    // One event per call that changed something, numbered on from the interview's last.
    const events = await rows<{ seq: number; ops: string[] }>(
      sql`select seq::int as seq, (select array_agg(x->>'opId') from jsonb_array_elements(payload->'answers') x) as ops
          from interview_events where interview_id = ${open} and seq > ${seqBefore} order by seq`,
    );
    expect(events).toEqual([{ seq: seqBefore + 1, ops: [a] }, { seq: seqBefore + 2, ops: [d, e] }]);
    const [after] = await rows<{ seq: number; status: string }>(sql`select event_seq::int as seq, status from interviews where id = ${open}`);
    expect(after).toEqual({ seq: seqBefore + 2, status: 'in_progress' });
  });

  it('applies the calls one by one when the batch fails in the database, so only the bad call fails', async () => {
    const good = randomUUID();
    const out = await applyBatch(t.database.db, [
      call(open, ids.daan, [{ opId: good, itemId: 'organisation-trust', value: 4 }]),
      // A lead's call naming a user that does not exist breaks a foreign key.
      call(open, randomUUID(), [{ opId: randomUUID(), itemId: 'organisation-trust', value: 1 }], true),
    ]);
    expect(out[0]).toMatchObject({ results: [{ opId: good, status: 'applied', value: 4 }] });
    expect(out[1]).toMatchObject({ error: 'failed', sqlstate: '23503' });
    const [stored] = await rows<{ value: number }>(sql`select value from answers where interview_id = ${open} and item_id = 'organisation-trust'`);
    expect(stored!.value).toBe(4);
  });

  it.runIf(driver === 'postgres')('keeps saving other interviews while a batch waits for a lock', async () => {
    const { lead, interviewer } = f.people;
    const other = (await json(t, 'POST', `/api/studies/${f.studyId}/interviews`, lead.cookie, { respondentId: f.respondentId, pairId: f.pairId })).json().id;
    await json(t, 'POST', `/api/interviews/${other}/consent`, interviewer.cookie, { given: true, version: 'v1' });
    // Another transaction holds the interview, as a long outbox or a status change would.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let holding!: () => void;
    const isHeld = new Promise<void>((r) => (holding = r));
    const holder = t.database.db.transaction(async (tx) => {
      await tx.execute(sql`select 1 from interviews where id = ${open} for update`);
      holding();
      await held;
    });
    await isHeld;
    let stuckDone = false;
    const stuck = json(t, 'PUT', `/api/interviews/${open}/answers/organisation-commitment`, interviewer.cookie, { opId: randomUUID(), value: 2 }).then((r) => ((stuckDone = true), r));
    await new Promise((r) => setTimeout(r, 20));
    const res = await json(t, 'PUT', `/api/interviews/${other}/answers/chain-trust`, interviewer.cookie, { opId: randomUUID(), value: 3 });
    expect(res.statusCode).toBe(200);
    expect(stuckDone).toBe(false);
    release();
    await holder;
    expect((await stuck).json()).toMatchObject({ itemId: 'organisation-commitment', value: 2 });
  });
});
