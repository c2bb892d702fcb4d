// Comparing topic list versions, and a lead moving a study to a newer version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TopicList } from '../../server/contract/topiclist.ts';
import { parseTopicList } from '../../server/topiclist/parse.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { createFixtureStudy, type FixtureStudy, json } from '../helpers/fixture-study.ts';
import { studyYaml } from '../helpers/topiclist-fixtures.ts';

const LIST = 'ketensamenwerking-stalking';
const C = `/api/topiclists/${LIST}/compare`;
const NEW_ITEM = { id: 'escalation-lessons', type: 'open', prompt: { nl: 'Wat hebt u hiervan geleerd?', en: 'What did you learn from this?' } } as const;

let t: TestApp;
let f: FixtureStudy;
let lead: string;
let v1: TopicList;
const S = () => `/api/studies/${f.studyId}`;
const move = (body: unknown, cookie = lead) => json(t, 'POST', `${S()}/topiclist`, cookie, body);

async function storeVersion(list: TopicList): Promise<number> {
  const res = await t.app.inject({ method: 'POST', url: '/api/topiclists', headers: { cookie: lead, 'content-type': 'application/json' }, payload: JSON.stringify(list) });
  if (res.statusCode !== 201) throw new Error(`storing a version: ${res.statusCode} ${res.body}`);
  return res.json().version;
}

const escalation = (list: TopicList) => list.levels.find((l) => l.id === 'chain')!.topics.find((tp) => tp.id === 'escalation')!;
const focusItem = (list: TopicList) => list.levels.flatMap((l) => l.topics.flatMap((tp) => tp.items)).find((i) => i.id === 'organisation-focus')!;

beforeAll(async () => {
  t = await startTestApp({ studyTopicList: true, limits: { signIn: { max: 1000, timeWindow: 60_000 } } });
  f = await createFixtureStudy(t);
  lead = f.people.lead.cookie;
  const parsed = parseTopicList(studyYaml, 'yaml');
  if (!parsed.ok) throw new Error('the study topic list does not parse');
  v1 = parsed.topicList;
  // Version 2: a reworded English title and one more question; nothing breaks.
  const v2 = structuredClone(v1);
  v2.title = { nl: 'Ketensamenwerking bij ex-partnerstalking', en: 'Cooperation in ex-partner stalking' };
  escalation(v2).items.push(structuredClone(NEW_ITEM) as never);
  expect(await storeVersion(v2)).toBe(2);
  // Version 3: the answer option "both" goes, which breaks comparability.
  const v3 = structuredClone(v2);
  focusItem(v3).options = focusItem(v3).options!.filter((o) => o.id !== 'both');
  expect(await storeVersion(v3)).toBe(3);
});
afterAll(() => t?.close());

describe('GET /api/topiclists/:id/compare', () => {
  it('lists the changes between two versions for any signed-in user', async () => {
    const res = await json(t, 'GET', `${C}?from=1&to=2`, f.people.interviewer.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: LIST,
      from: 1,
      to: 2,
      changes: [
        { kind: 'title.changed', breaking: false, from: v1.title, to: { nl: 'Ketensamenwerking bij ex-partnerstalking', en: 'Cooperation in ex-partner stalking' } },
        { kind: 'item.added', breaking: false, levelId: 'chain', topicId: 'escalation', itemId: 'escalation-lessons', to: NEW_ITEM },
      ],
    });
  });

  it('marks a removed option as breaking, and finds nothing between a version and itself', async () => {
    const res = await json(t, 'GET', `${C}?from=2&to=3`, f.people.analyst.cookie);
    expect(res.json().changes).toEqual([
      {
        kind: 'option.removed',
        breaking: true,
        levelId: 'organisation',
        topicId: 'focus',
        itemId: 'organisation-focus',
        optionId: 'both',
        from: focusItem(v1).options!.find((o) => o.id === 'both'),
      },
    ]);
    expect((await json(t, 'GET', `${C}?from=3&to=3`, lead)).json()).toEqual({ id: LIST, from: 3, to: 3, changes: [] });
    // Backwards reads as the opposite change.
    expect((await json(t, 'GET', `${C}?from=3&to=1`, lead)).json().changes.map((c: { kind: string }) => c.kind)).toEqual(['title.changed', 'item.removed', 'option.added']);
  });

  it('answers 404 for an unknown list or version, 400 for a bad query, 401 without a session', async () => {
    const unknownList = await json(t, 'GET', '/api/topiclists/does-not-exist/compare?from=1&to=2', lead);
    expect([unknownList.statusCode, unknownList.json().error.code]).toEqual([404, 'topiclist.not_found']);
    const unknownVersion = await json(t, 'GET', `${C}?from=1&to=9`, lead);
    expect([unknownVersion.statusCode, unknownVersion.json().error.code]).toEqual([404, 'topiclist.version_not_found']);
    for (const query of ['', '?from=1', '?from=x&to=2', '?from=0&to=2', '?from=1.5&to=2', '?from=1&to=-2']) {
      const res = await json(t, 'GET', `${C}${query}`, lead);
      expect([res.statusCode, res.json().error.code], query).toEqual([400, 'request.invalid_parameters']);
    }
    expect((await json(t, 'GET', '/api/topiclists/Bad_Id/compare?from=1&to=2', lead)).statusCode).toBe(400);
    expect((await json(t, 'GET', `${C}?from=1&to=2`, '')).statusCode).toBe(401);
  });
});

describe('POST /api/studies/:studyId/topiclist', () => {
  it('is for the lead only', async () => {
    for (const who of ['interviewer', 'analyst', 'otherInterviewer'] as const) {
      const res = await move({ version: 2 }, f.people[who].cookie);
      expect([res.statusCode, res.json().error.code], who).toEqual([403, 'auth.forbidden']);
    }
    expect((await move({ version: 2 }, '')).statusCode).toBe(401);
    expect((await json(t, 'GET', S(), lead)).json().topiclist).toEqual({ id: LIST, version: 1 });
  });

  it('refuses bad bodies, unknown studies, other lists, the same or an unknown version', async () => {
    for (const body of [{}, { version: 'two' }, { version: 0 }, { version: 2, confirmBreaking: 'yes' }, { version: 2, id: 'Not A Slug' }]) {
      const res = await move(body);
      expect([res.statusCode, res.json().error.code], JSON.stringify(body)).toEqual([422, 'request.invalid_body']);
    }
    const unknownStudy = await json(t, 'POST', '/api/studies/00000000-0000-0000-0000-000000000000/topiclist', lead, { version: 2 });
    expect([unknownStudy.statusCode, unknownStudy.json().error.code]).toEqual([404, 'study.not_found']);
    const other = await move({ id: 'mini-pilot', version: 2 });
    expect([other.statusCode, other.json().error.code]).toEqual([422, 'study.other_topiclist']);
    const same = await move({ version: 1 });
    expect([same.statusCode, same.json().error.code]).toEqual([409, 'study.topiclist_not_newer']);
    const unknown = await move({ version: 9 });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error).toMatchObject({ code: 'study.unknown_topiclist_version', issues: [{ path: 'version' }] });
  });

  it('refuses a move with breaking changes until they are confirmed, listing them', async () => {
    const res = await move({ version: 3 });
    expect(res.statusCode).toBe(409);
    const body = res.json();
    expect(body.error.code).toBe('study.breaking_changes');
    expect(body.error.message).toContain('1 change');
    expect(body.error.issues).toEqual([{ path: 'items.organisation-focus.options.both', message: 'option "both" of item "organisation-focus" is removed' }]);
    expect(body.changes).toEqual([expect.objectContaining({ kind: 'option.removed', breaking: true, itemId: 'organisation-focus', optionId: 'both' })]);
    const notConfirmed = await move({ version: 3, confirmBreaking: false });
    expect(notConfirmed.json().error.code).toBe('study.breaking_changes');
    expect((await json(t, 'GET', S(), lead)).json().topiclist).toEqual({ id: LIST, version: 1 });
  });

  it('moves without confirmation when nothing breaks; old interviews keep their version, new ones get the new one', async () => {
    const res = await move({ id: LIST, version: 2 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: f.studyId, topiclist: { id: LIST, version: 2 } });
    expect(res.json().members).toHaveLength(3);

    const old = (await json(t, 'GET', `/api/interviews/${f.interviewId}`, lead)).json();
    expect(old.topiclist).toEqual({ id: LIST, version: 1 });
    const created = await json(t, 'POST', `${S()}/interviews`, lead, { respondentId: f.respondentId, pairId: f.pairId });
    expect(created.statusCode).toBe(201);
    expect(created.json().topiclist).toEqual({ id: LIST, version: 2 });
    // The other study on the same list stays where it was.
    expect((await json(t, 'GET', `/api/studies/${f.otherStudyId}`, lead)).json().topiclist.version).toBe(1);

    const older = await move({ version: 2 });
    expect(older.json().error.code).toBe('study.topiclist_not_newer');
  });

  it('moves with confirmation; answers are still checked against each interview’s own version', async () => {
    const res = await move({ version: 3, confirmBreaking: true });
    expect(res.statusCode).toBe(200);
    expect(res.json().topiclist).toEqual({ id: LIST, version: 3 });

    const daan = f.people.interviewer.cookie;
    const answer = async (interviewId: string, value: unknown) => {
      await json(t, 'POST', `/api/interviews/${interviewId}/consent`, daan, { given: true, version: 'v1' });
      return json(t, 'PUT', `/api/interviews/${interviewId}/answers/organisation-focus`, daan, { opId: `move-${interviewId}`, value });
    };
    // Version 1 still has the option "both"; version 3 has not.
    expect((await answer(f.interviewId, 'both')).statusCode).toBe(200);
    const fresh = (await json(t, 'POST', `${S()}/interviews`, lead, { respondentId: f.respondentId, pairId: f.pairId })).json();
    expect(fresh.topiclist.version).toBe(3);
    const refused = await answer(fresh.id, 'both');
    expect([refused.statusCode, refused.json().error.code]).toEqual([422, 'answer.invalid_value']);
    const newItem = await json(t, 'PUT', `/api/interviews/${fresh.id}/answers/escalation-lessons`, daan, { opId: 'move-new-item', value: 'Veel' });
    expect(newItem.statusCode).toBe(200);
    const missing = await json(t, 'PUT', `/api/interviews/${f.interviewId}/answers/escalation-lessons`, daan, { opId: 'move-old-item', value: 'Veel' });
    expect(missing.json().error.code).toBe('answer.unknown_item');
  });

  it('writes each move to the audit log', async () => {
    const entries = (await json(t, 'GET', `/api/audit?action=study.topiclist_moved&studyId=${f.studyId}`, lead)).json();
    expect(entries.map((e: { details: unknown }) => e.details)).toEqual([
      { topiclistId: LIST, from: 2, to: 3, changes: 1, breaking: 1, confirmedBreaking: true },
      { topiclistId: LIST, from: 1, to: 2, changes: 2, breaking: 0, confirmedBreaking: false },
    ]);
    expect(entries[0]).toMatchObject({ actor: { id: f.people.lead.id }, targetType: 'study', targetId: f.studyId });
  });
});
