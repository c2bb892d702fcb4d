// A study that moved to a newer topic list version: its export still carries what the
// interviews on the earlier version answered to questions the newer one dropped.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TopicList } from '../../server/contract/topiclist.ts';
import { parseTopicList } from '../../server/topiclist/parse.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { createFixtureStudy, type FixtureStudy, json } from '../helpers/fixture-study.ts';
import { studyYaml } from '../helpers/topiclist-fixtures.ts';

let t: TestApp;
let f: FixtureStudy;
let lead: string;
let daan: string;
let newer: string;

beforeAll(async () => {
  t = await startTestApp({ studyTopicList: true, limits: { signIn: { max: 1000, timeWindow: 60_000 } } });
  f = await createFixtureStudy(t);
  lead = f.people.lead.cookie;
  daan = f.people.interviewer.cookie;
  // Answered on version 1.
  const I = `/api/interviews/${f.interviewId}`;
  await json(t, 'POST', `${I}/consent`, daan, { given: true, version: 'v1' });
  const ops = [
    { opId: 'versions-1', itemId: 'decisiveness-open', value: 'Wij besloten samen en snel.' },
    { opId: 'versions-2', itemId: 'organisation-focus', value: 'both' },
    { opId: 'versions-3', itemId: 'individual-trust', value: 4 },
  ];
  expect((await json(t, 'POST', `${I}/sync`, daan, { ops })).statusCode).toBe(200);
  // Version 2 drops the topic "decisiveness" and the question "organisation-focus".
  const parsed = parseTopicList(studyYaml, 'yaml');
  if (!parsed.ok) throw new Error('the study topic list does not parse');
  const v2: TopicList = structuredClone(parsed.topicList);
  const individual = v2.levels.find((l) => l.id === 'individual')!;
  individual.topics = individual.topics.filter((tp) => tp.id !== 'decisiveness');
  const focus = v2.levels.find((l) => l.id === 'organisation')!.topics.find((tp) => tp.id === 'focus')!;
  focus.items = focus.items.filter((i) => i.id !== 'organisation-focus');
  const stored = await t.app.inject({ method: 'POST', url: '/api/topiclists', headers: { cookie: lead, 'content-type': 'application/json' }, payload: JSON.stringify(v2) });
  expect(stored.json().version).toBe(2);
  expect((await json(t, 'POST', `/api/studies/${f.studyId}/topiclist`, lead, { version: 2, confirmBreaking: true })).statusCode).toBe(200);
  // Answered on version 2.
  newer = (await json(t, 'POST', `/api/studies/${f.studyId}/interviews`, lead, { respondentId: f.respondentId, pairId: f.pairId })).json().id;
  await json(t, 'POST', `/api/interviews/${newer}/consent`, daan, { given: true, version: 'v1' });
  expect((await json(t, 'PUT', `/api/interviews/${newer}/answers/individual-trust`, daan, { opId: 'versions-4', value: 2 })).statusCode).toBe(200);
});
afterAll(() => t?.close());

const download = (format: string) => t.app.inject({ method: 'GET', url: `/api/studies/${f.studyId}/export?format=${format}&include=all`, headers: { cookie: lead } });

describe('exporting a study across topic list versions', () => {
  it('keeps the answers to questions the newer version dropped, and leaves them empty for newer interviews', async () => {
    const body = (await download('json')).json();
    expect(body.topiclist).toMatchObject({ id: 'ketensamenwerking-stalking' });
    const answersOf = (i: number) => Object.fromEntries(body.interviews[i].answers.map((a: { itemId: string; value: unknown }) => [a.itemId, a.value]));
    const values = [answersOf(0), answersOf(1)];
    const older = values.find((v) => v['decisiveness-open'] !== undefined)!;
    const later = values.find((v) => v !== older)!;
    expect(older).toMatchObject({ 'decisiveness-open': 'Wij besloten samen en snel.', 'organisation-focus': 'both', 'individual-trust': 4 });
    expect(later['individual-trust']).toBe(2);
    expect(later['decisiveness-open']).toBeUndefined();
    // Dropped questions come back under their own level and topic, after the current ones.
    const individual = body.topiclist.levels.find((l: { id: string }) => l.id === 'individual');
    expect(individual.topics.at(-1).id).toBe('decisiveness');
    const codebook = body.codebook.map((v: { name: string }) => v.name);
    expect(codebook).toEqual(expect.arrayContaining(['decisiveness_open', 'organisation_focus', 'individual_trust']));
  });

  it('has the dropped questions as columns of the CSV files, with their codes in the codebook', async () => {
    const files = Object.fromEntries(Object.entries(unzipSync(new Uint8Array((await download('csv')).rawPayload))).map(([n, b]) => [n, strFromU8(b)]));
    const header = files['wide.csv']!.split('\r\n')[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['decisiveness_open', 'organisation_focus']));
    expect(files['long.csv']).toContain('Wij besloten samen en snel.');
    expect(files['codebook.csv']).toMatch(/^organisation_focus,/m);
  });
});
