// Live events of an interview, through a real listening server (and two, on a real Postgres).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { openPostgres } from '../../server/db/database.ts';
import { startTestApp, TEST_IDENTITY_KEY, type TestApp } from '../helpers/app.ts';
import { driver } from '../helpers/db.ts';
import { createFixtureStudy, type FixtureStudy, json } from '../helpers/fixture-study.ts';
import { SseReader } from '../helpers/sse.ts';

let t: TestApp;
let f: FixtureStudy;
let url: string;
let I: string;
const readers: SseReader[] = [];
beforeAll(async () => {
  t = await startTestApp({ studyTopicList: true, limits: { signIn: { max: 1000, timeWindow: 60_000 } } });
  f = await createFixtureStudy(t);
  url = await t.app.listen({ host: '127.0.0.1', port: 0 });
  I = `/api/interviews/${f.interviewId}`;
  await json(t, 'POST', `${I}/consent`, f.people.interviewer.cookie, { given: true, version: 'v1' });
});
afterAll(async () => {
  for (const r of readers) r.close();
  await t?.close();
});

const open = async (base: string, cookie: string, headers: Record<string, string> = {}, query = '') => {
  const reader = await SseReader.open(`${base}${I}/events${query}`, { cookie, ...headers });
  readers.push(reader);
  return reader;
};
let n = 0;
const save = (app: TestApp['app'], itemId: string, value: unknown, cookie = f.people.interviewer.cookie) =>
  app.inject({ method: 'PUT', url: `${I}/answers/${itemId}`, headers: { cookie }, payload: { opId: `live-${++n}-${Date.now()}`, value } });

describe('live events', () => {
  it('streams a change by one tablet to the other within a second, with presence', async () => {
    const sanne = await open(url, f.people.partner.cookie);
    expect(sanne.status).toBe(200);
    await sanne.next('presence'); // her own arrival
    const started = Date.now();
    await save(t.app, 'decisiveness-open', 'Direct contact met de wijkagent.');
    const [event] = await sanne.next('answers');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(event!.data.answers).toEqual([expect.objectContaining({ itemId: 'decisiveness-open', value: 'Direct contact met de wijkagent.', revision: 1, updatedBy: f.people.interviewer.id })]);

    await json(t, 'POST', `${I}/presence`, f.people.interviewer.cookie, { topicId: 'decisiveness' });
    const presence = await sanne.next('presence', 2);
    expect(presence[1]!.data).toMatchObject({ user: { name: 'Daan Mulder' }, topicId: 'decisiveness', state: 'here' });
    sanne.close();
  });

  it('resumes after a reconnect with Last-Event-ID without gaps', async () => {
    const first = await open(url, f.people.partner.cookie);
    for (const v of [1, 2, 3]) await save(t.app, 'individual-trust', v);
    const seen = await first.next('answers', 3);
    first.close();
    const lastSeen = seen[0]!.id!;
    // Two more while disconnected.
    await save(t.app, 'individual-trust', 4);
    await save(t.app, 'individual-trust', 5);
    const again = await open(url, f.people.partner.cookie, { 'last-event-id': String(lastSeen) });
    const resumed = await again.next('answers', 4);
    expect(resumed.map((e) => e.data.answers[0].value)).toEqual([2, 3, 4, 5]);
    const ids = again.all().map((e) => e.id!);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids[0]).toBe(lastSeen + 1);
    again.close();
  });

  it('refuses the stream to people who are not the interview’s', async () => {
    expect((await open(url, f.people.otherInterviewer.cookie)).status).toBe(404);
    expect((await open(url, f.people.analyst.cookie)).status).toBe(403);
    expect((await open(url, '')).status).toBe(401);
  });

  it.runIf(driver === 'postgres')('crosses server instances: written through one, received through the other', async () => {
    const second = await openPostgres((t.database as unknown as { url: string }).url);
    const appB = await buildApp({ database: second, identityKey: TEST_IDENTITY_KEY });
    const urlB = await appB.listen({ host: '127.0.0.1', port: 0 });
    try {
      const onB = await open(urlB, f.people.partner.cookie);
      await onB.next('presence');
      const started = Date.now();
      await save(t.app, 'chain-trust', 2);
      const [event] = await onB.next('answers');
      expect(Date.now() - started).toBeLessThan(1000);
      expect(event!.data.answers[0]).toMatchObject({ itemId: 'chain-trust', value: 2 });
      // And the other way round.
      const onA = await open(url, f.people.interviewer.cookie);
      await save(appB, 'chain-trust', 3, f.people.partner.cookie);
      expect((await onA.next('answers'))[0]!.data.answers[0]).toMatchObject({ itemId: 'chain-trust', value: 3 });
      onB.close();
      onA.close();
    } finally {
      await appB.close();
      await second.close();
    }
  });
});
