// The designer's drafts through the API: autosave with revisions, live problems,
// publishing as the next immutable version, and the warning for breaking changes.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../server/db/database.ts';
import { topicListToWorkbook } from '../../server/topiclist/workbook.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { createFixtureStudy, type FixtureStudy, json } from '../helpers/fixture-study.ts';
import { miniObject, miniYaml } from '../helpers/topiclist-fixtures.ts';

let t: TestApp;
let f: FixtureStudy;
let lead: string;
beforeAll(async () => {
  t = await startTestApp({ studyTopicList: true, limits: { signIn: { max: 1000, timeWindow: 60_000 } } });
  f = await createFixtureStudy(t);
  lead = f.people.lead.cookie;
});
afterAll(() => t?.close());

const api = (method: string, url: string, payload?: unknown, cookie = lead) => json(t, method, url, cookie, payload);
const upload = (payload: string | Buffer, type: string) =>
  t.app.inject({ method: 'POST', url: '/api/topiclist-drafts/import', payload, headers: { cookie: lead, 'content-type': type } });

describe('topic list drafts', () => {
  it('starts blank with problems listed by path, saves at every edit, and refuses a stale save', async () => {
    const created = await api('POST', '/api/topiclist-drafts', { from: 'blank' });
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({ revision: 1, topiclistId: null, base: null, latestVersion: null });
    expect(draft.content.languages).toEqual(['nl', 'en']);
    expect(draft.content.scales.satisfaction).toMatchObject({ min: 1, max: 5, allow: ['na', 'dk'] });
    expect(draft.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['id', 'title.nl', 'levels']));
    expect(draft.problems).toBe(draft.issues.length);

    const content: Record<string, any> = { ...miniObject(), id: 'pilot-noord' };
    content.levels[0].topics[0].items[1].dimension = 'trsut';
    const saved = await api('PUT', `/api/topiclist-drafts/${draft.id}`, { content, baseRevision: 1 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ revision: 2, problems: 1 });
    expect(saved.json().issues).toEqual([
      { path: 'levels[0].topics[0].items[1].dimension', message: 'unknown dimension "trsut" (known: trust)' },
    ]);

    // The other lead's tab still edits revision 1: refused, and the draft as it stands comes back.
    const stale = await api('PUT', `/api/topiclist-drafts/${draft.id}`, { content: miniObject(), baseRevision: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('draft.conflict');
    expect(stale.json().current).toMatchObject({ revision: 2, content: { id: 'pilot-noord' } });

    const read = (await api('GET', `/api/topiclist-drafts/${draft.id}`)).json();
    expect(read.content.levels[0].topics[0].items[1].dimension).toBe('trsut');
    expect(read.updatedBy).toEqual({ id: f.people.lead.id, name: 'Femke Veldhuis' });
    const list = (await api('GET', '/api/topiclist-drafts')).json();
    expect(list.find((d: { id: string }) => d.id === draft.id)).toMatchObject({ topiclistId: 'pilot-noord', problems: 1, revision: 2 });
  });

  it('does not publish a draft that breaks a rule, then publishes it as version 1 once mended', async () => {
    const draft = (await api('POST', '/api/topiclist-drafts', { from: 'blank', id: 'pilot-oost' })).json();
    const content: Record<string, any> = { ...miniObject(), id: 'pilot-oost' };
    content.levels[0].topics[0].items.push({ id: 'direction-open', type: 'open', prompt: 'Nog eens?' });
    await api('PUT', `/api/topiclist-drafts/${draft.id}`, { content, baseRevision: 1 });
    const refused = await api('POST', `/api/topiclist-drafts/${draft.id}/publish`, {});
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'topiclist.invalid',
      issues: [{ path: 'levels[0].topics[0].items[2].id', message: 'duplicate item id "direction-open" (first used at levels[0].topics[0].items[0].id)' }],
    });
    expect((await api('GET', '/api/topiclists/pilot-oost')).statusCode).toBe(404);

    content.levels[0].topics[0].items.pop();
    await api('PUT', `/api/topiclist-drafts/${draft.id}`, { content, baseRevision: 2 });
    const older = await api('POST', `/api/topiclist-drafts/${draft.id}/publish`, { revision: 2 });
    expect(older.statusCode).toBe(409);
    const published = await api('POST', `/api/topiclist-drafts/${draft.id}/publish`, { revision: 3 });
    expect(published.statusCode).toBe(201);
    expect(published.json()).toMatchObject({ id: 'pilot-oost', version: 1, itemCount: 2 });
    expect((await api('GET', '/api/topiclists/pilot-oost/versions/1')).json().levels[0].topics[0].items).toHaveLength(2);
    expect((await api('GET', `/api/topiclist-drafts/${draft.id}`)).statusCode).toBe(404);
    const audit = (await api('GET', '/api/audit?action=topiclist.published')).json();
    expect(audit[0]).toMatchObject({ action: 'topiclist.published', targetId: 'pilot-oost@1' });
  });

  it('copies the version a study uses; changing it makes the next version and leaves the used one as it was', async () => {
    const before = (await api('GET', '/api/topiclists/ketensamenwerking-stalking/versions/1')).json();
    const draft = (await api('POST', '/api/topiclist-drafts', { from: 'copy', topiclist: { id: 'ketensamenwerking-stalking', version: 1 } })).json();
    expect(draft).toMatchObject({ base: { id: 'ketensamenwerking-stalking', version: 1 }, latestVersion: 1, problems: 0 });
    const { version: _, ...copy } = before;
    expect(draft.content).toEqual(copy);

    // A relabelled topic and a new item: nothing that breaks comparison.
    const content = structuredClone(copy);
    content.levels[0].topics[0].label = { nl: 'Daadkracht en doortastendheid', en: 'Decisiveness' };
    content.levels[0].topics[0].items.push({ id: 'decisiveness-example', type: 'open', prompt: { nl: 'Een voorbeeld?', en: 'An example?' } });
    await api('PUT', `/api/topiclist-drafts/${draft.id}`, { content, baseRevision: 1 });
    const published = await api('POST', `/api/topiclist-drafts/${draft.id}/publish`, {});
    expect(published.statusCode).toBe(201);
    expect(published.json().version).toBe(2);

    expect((await api('GET', '/api/topiclists/ketensamenwerking-stalking/versions/1')).json()).toEqual(before);
    expect((await api('GET', `/api/studies/${f.studyId}`)).json().topiclist).toEqual({ id: 'ketensamenwerking-stalking', version: 1 });
    // The stored versions cannot be changed underneath, not even by SQL.
    await expect(
      t.database.db.execute(sql`update topiclist_versions set content = '{}'::jsonb where topiclist_id = 'ketensamenwerking-stalking' and version = 1`),
    ).rejects.toThrow();
    const rows = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from topiclist_versions where topiclist_id = 'ketensamenwerking-stalking'`);
    expect(rows[0]!.n).toBe(2);
  });

  it('warns of changes that break comparison and publishes them only when confirmed', async () => {
    const draft = (await api('POST', '/api/topiclist-drafts', { from: 'copy', topiclist: { id: 'ketensamenwerking-stalking' } })).json();
    expect(draft.base.version).toBe(2);
    const content = structuredClone(draft.content);
    const topic = content.levels[0].topics[0];
    const removed = topic.items.splice(0, 1)[0];
    const scaleItem = content.levels.flatMap((l: any) => l.topics.flatMap((tp: any) => tp.items)).find((i: any) => i.type === 'scale' && i.dimension);
    scaleItem.type = 'open';
    delete scaleItem.scale;
    delete scaleItem.dimension;
    await api('PUT', `/api/topiclist-drafts/${draft.id}`, { content, baseRevision: 1 });

    const warned = await api('POST', `/api/topiclist-drafts/${draft.id}/publish`, {});
    expect(warned.statusCode).toBe(409);
    const body = warned.json();
    expect(body.error.code).toBe('draft.breaking_changes');
    expect(body.changes.every((c: { breaking: boolean }) => c.breaking)).toBe(true);
    const itemIds = body.changes.map((c: { itemId?: string }) => c.itemId);
    expect(itemIds).toEqual(expect.arrayContaining([removed.id, scaleItem.id]));
    expect(body.error.issues.length).toBe(body.changes.length);
    expect((await api('GET', '/api/topiclists/ketensamenwerking-stalking')).json().version).toBe(2);

    const confirmed = await api('POST', `/api/topiclist-drafts/${draft.id}/publish`, { confirmBreaking: true });
    expect(confirmed.statusCode).toBe(201);
    expect(confirmed.json().version).toBe(3);
  });

  it('publishing content identical to the latest version gives that version, not a new one', async () => {
    const draft = (await api('POST', '/api/topiclist-drafts', { from: 'copy', topiclist: { id: 'ketensamenwerking-stalking' } })).json();
    const same = await api('POST', `/api/topiclist-drafts/${draft.id}/publish`, {});
    expect(same.statusCode).toBe(200);
    expect(same.json().version).toBe(3);
  });

  it('starts a draft from an uploaded file, kept with its problems when it breaks rules', async () => {
    const good = await upload(miniYaml, 'application/yaml');
    expect(good.statusCode).toBe(201);
    expect(good.json()).toMatchObject({ topiclistId: 'mini-pilot', problems: 0 });

    const broken = miniYaml.replace('dimension: trust', 'dimension: trsut');
    const kept = await upload(broken, 'application/yaml');
    expect(kept.statusCode).toBe(201);
    expect(kept.json().issues).toEqual([expect.objectContaining({ path: expect.stringMatching(/\.dimension$/), message: expect.stringContaining('unknown dimension "trsut"') })]);

    const study = (await api('GET', '/api/topiclists/ketensamenwerking-stalking/versions/1')).json();
    const { version: _, ...list } = study;
    const fromWorkbook = await upload(await topicListToWorkbook(list), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(fromWorkbook.statusCode).toBe(201);
    expect(fromWorkbook.json()).toMatchObject({ topiclistId: 'ketensamenwerking-stalking', problems: 0, content: list });

    const syntax = await upload('id: [unclosed', 'application/yaml');
    expect(syntax.statusCode).toBe(400);
    expect(syntax.json().error.code).toBe('topiclist.syntax');
    expect((await upload('[1, 2]', 'application/json')).statusCode).toBe(422);
    expect((await upload('id: x', 'text/plain')).statusCode).toBe(415);
    expect((await upload(Buffer.from('not a workbook'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).statusCode).toBe(400);
  });

  it('refuses bad input with a 4xx and keeps what was saved', async () => {
    const draft = (await api('POST', '/api/topiclist-drafts', { from: 'blank' })).json();
    expect((await api('PUT', `/api/topiclist-drafts/${draft.id}`, { content: [], baseRevision: 1 })).statusCode).toBe(422);
    expect((await api('PUT', `/api/topiclist-drafts/${draft.id}`, { content: {} })).statusCode).toBe(422);
    expect((await api('PUT', '/api/topiclist-drafts/not-a-uuid', { content: {}, baseRevision: 1 })).statusCode).toBe(400);
    expect((await api('PUT', '/api/topiclist-drafts/00000000-0000-4000-8000-000000000000', { content: {}, baseRevision: 1 })).statusCode).toBe(404);
    expect((await api('POST', '/api/topiclist-drafts', { from: 'copy', topiclist: { id: 'no-such-list' } })).statusCode).toBe(404);
    expect((await api('POST', '/api/topiclist-drafts', { from: 'somewhere' })).statusCode).toBe(422);
    expect((await api('GET', `/api/topiclist-drafts/${draft.id}`)).json().revision).toBe(1);
    expect((await api('DELETE', `/api/topiclist-drafts/${draft.id}`)).statusCode).toBe(204);
    expect((await api('DELETE', `/api/topiclist-drafts/${draft.id}`)).statusCode).toBe(404);
  });

  it('is for research leads only', async () => {
    for (const who of ['interviewer', 'analyst'] as const) {
      expect((await api('GET', '/api/topiclist-drafts', undefined, f.people[who].cookie)).statusCode).toBe(403);
      expect((await api('POST', '/api/topiclist-drafts', { from: 'blank' }, f.people[who].cookie)).statusCode).toBe(403);
    }
  });
});
