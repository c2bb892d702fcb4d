import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../server/db/database.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { createPersonas, type SignedIn } from '../helpers/personas.ts';
import { miniObject, miniYaml, studyYaml } from '../helpers/topiclist-fixtures.ts';

let t: TestApp;
let lead: SignedIn;
let analyst: SignedIn;
beforeAll(async () => {
  t = await startTestApp({ bodyLimit: 256 * 1024 });
  ({ lead, analyst } = await createPersonas(t, ['lead', 'analyst']));
});
afterAll(() => t?.close());

const post = (payload: string, contentType = 'application/yaml', cookie = lead.cookie) =>
  t.app.inject({ method: 'POST', url: '/api/topiclists', payload, headers: { 'content-type': contentType, cookie } });
const get = (url: string, cookie = analyst.cookie) => t.app.inject({ method: 'GET', url, headers: { cookie } });

describe('POST /api/topiclists', () => {
  it('stores a YAML file as version 1 and reads it back as the JSON form of the file', async () => {
    const res = await post(miniYaml);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ id: 'mini-pilot', version: 1, title: { nl: 'Kleine pilot' }, levelCount: 2, itemCount: 7 });

    const full = await get('/api/topiclists/mini-pilot');
    expect(full.statusCode).toBe(200);
    const body = full.json();
    expect(body.version).toBe(1);
    expect(Object.keys(body)).toEqual(['id', 'title', 'languages', 'scales', 'dimensions', 'levels', 'version']);
    expect(body.levels.map((l: { id: string }) => l.id)).toEqual(['individual', 'organisation']);
    expect(body.scales.satisfaction).toEqual({
      min: 1,
      max: 5,
      labels: { 1: { nl: 'Zeer ontevreden', en: 'Very dissatisfied' }, 5: { nl: 'Zeer tevreden', en: 'Very satisfied' } },
      allow: ['na', 'dk'],
    });
  });

  it('answers 200 with the existing version for the same content, however it is formatted', async () => {
    const again = await post(`# a comment changes nothing\n${miniYaml}\n\n`);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: 'mini-pilot', version: 1 });

    const asJson = (await get('/api/topiclists/mini-pilot')).json();
    delete asJson.version;
    const sameAsJson = await post(JSON.stringify(asJson), 'application/json; charset=utf-8');
    expect(sameAsJson.statusCode).toBe(200);
    expect(sameAsJson.json().version).toBe(1);
  });

  it('stores changed content under a known id as the next version and keeps the old one', async () => {
    const changed = miniYaml.replace('"Kleine pilot"', '"Kleine pilot, herzien"');
    const res = await post(changed);
    expect(res.statusCode).toBe(201);
    expect(res.json().version).toBe(2);

    expect((await get('/api/topiclists/mini-pilot')).json()).toMatchObject({ version: 2, title: { nl: 'Kleine pilot, herzien' } });
    expect((await get('/api/topiclists/mini-pilot/versions/1')).json()).toMatchObject({ version: 1, title: { nl: 'Kleine pilot' } });
    expect((await get('/api/topiclists/mini-pilot/versions')).json().map((v: { version: number }) => v.version)).toEqual([2, 1]);

    // Posting version 1's content again does not make a version 3.
    expect((await post(miniYaml)).json()).toMatchObject({ version: 1 });
  });

  it('gives concurrent posts of new content distinct consecutive versions', async () => {
    const variants = [1, 2, 3, 4, 5].map((n) => ({ ...miniObject(), id: 'mini-race', title: `Variant ${n}` }));
    const results = await Promise.all(variants.map((v) => post(JSON.stringify(v), 'application/json')));
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201]);
    expect(results.map((r) => r.json().version).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps stored versions immutable in the database itself', async () => {
    const immutable = { cause: { message: expect.stringMatching(/immutable/) } };
    await expect(queryRows(t.database.db, sql`update topiclist_versions set source = 'x' where topiclist_id = 'mini-pilot'`)).rejects.toMatchObject(
      immutable,
    );
    await expect(queryRows(t.database.db, sql`delete from topiclist_items where topiclist_id = 'mini-pilot'`)).rejects.toMatchObject(immutable);
    expect((await get('/api/topiclists/mini-pilot/versions/1')).json().title.nl).toBe('Kleine pilot');
  });

  it('accepts JSON bodies', async () => {
    const res = await post(JSON.stringify(miniObject()), 'application/json');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ id: 'mini-json', version: 1, levelCount: 1, itemCount: 2 });
  });

  it('rejects a file breaking the rules with 422, every problem with line and column, and stores nothing', async () => {
    const broken = miniYaml
      .replace('id: mini-pilot', 'id: mini-broken')
      .replace('dimension: trust, prompt', 'dimension: trsut, prompt')
      .replace('type: number, prompt: Hoeveel, min: 0', 'type: number, prompt: Hoeveel, min: 0, colour: red');
    const res = await post(broken);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toEqual({
      error: {
        code: 'topiclist.invalid',
        message: 'The topic list breaks 2 rules of the format; nothing was stored.',
        issues: [
          { path: 'levels[0].topics[0].items[1].dimension', line: 21, column: 82, message: 'unknown dimension "trsut" (known: trust)' },
          { path: 'levels[1].topics[0].items[2].colour', line: 35, column: 72, message: 'unknown key "colour"' },
        ],
      },
    });
    expect((await get('/api/topiclists/mini-broken')).statusCode).toBe(404);
  });

  it('answers malformed YAML with 400 and the position', async () => {
    const res = await post('id: x\ntitle: [oops\nlanguages: [nl]\n');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('topiclist.syntax');
    expect(res.json().error.issues[0]).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
  });

  it('answers malformed JSON with 400 and the position', async () => {
    const res = await post('{"id": "x",\n  "title": ,\n}', 'application/json');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'topiclist.syntax', issues: [{ line: 2, column: 12, message: 'Value expected' }] });
  });

  it('answers an empty body with a 4xx in the error shape', async () => {
    const res = await post('');
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('topiclist.invalid');
  });

  it('answers a wrong media type with 415', async () => {
    const res = await post(miniYaml, 'text/plain');
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('request.unsupported_media_type');
    const none = await t.app.inject({ method: 'POST', url: '/api/topiclists', payload: Buffer.from(miniYaml), headers: { cookie: lead.cookie } });
    expect(none.statusCode).toBe(415);
  });

  it('lets only a research lead store topic lists', async () => {
    expect((await post(miniYaml, 'application/yaml', analyst.cookie)).statusCode).toBe(403);
    expect((await post(miniYaml, 'application/yaml', '')).statusCode).toBe(401);
  });

  it('answers a body over the limit with 413', async () => {
    const res = await post(`${miniYaml}\n# ${'x'.repeat(300 * 1024)}\n`);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('request.too_large');
  });
});

describe('GET /api/topiclists', () => {
  it('lists each topic list once, at its latest version', async () => {
    const res = await get('/api/topiclists');
    expect(res.statusCode).toBe(200);
    const list = res.json() as { id: string; version: number }[];
    expect(list.find((e) => e.id === 'mini-pilot')).toMatchObject({ version: 2, languages: ['nl', 'en'] });
    expect(list.filter((e) => e.id === 'mini-race')).toHaveLength(1);
  });

  it('answers unknown topic lists and versions with 404, bad versions with 400', async () => {
    expect((await get('/api/topiclists/nope')).json().error.code).toBe('topiclist.not_found');
    const v = await get('/api/topiclists/mini-pilot/versions/9');
    expect(v.statusCode).toBe(404);
    expect(v.json().error.code).toBe('topiclist.version_not_found');
    const bad = await get('/api/topiclists/mini-pilot/versions/first');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('request.invalid_parameters');
    expect((await get('/api/topiclists/Not%20A%20Slug')).statusCode).toBe(400);
  });

  it('stores the study topic list with its three levels and 21 matrix cells', async () => {
    expect((await post(studyYaml)).statusCode).toBe(201);
    const study = (await get('/api/topiclists/ketensamenwerking-stalking')).json();
    expect(study.levels.map((l: { id: string }) => l.id)).toEqual(['individual', 'organisation', 'chain']);
    const cells = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(distinct (dimension_id, level_id))::int as n from topiclist_items where topiclist_id = 'ketensamenwerking-stalking' and dimension_id is not null`,
    );
    expect(cells[0]!.n).toBe(21);
  });
});
