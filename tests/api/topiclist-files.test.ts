// Topic lists in and out as files: Excel workbooks posted like YAML, and the download of a
// version as YAML or a workbook that posts back as the same version.
import ExcelJS from 'exceljs';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TopicList } from '../../server/contract/topiclist.ts';
import { topicListToWorkbook } from '../../server/topiclist/workbook.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { createPersonas, type SignedIn } from '../helpers/personas.ts';
import { miniObject, miniYaml, studyYaml } from '../helpers/topiclist-fixtures.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: TestApp;
let lead: SignedIn;
let analyst: SignedIn;
beforeAll(async () => {
  t = await startTestApp();
  ({ lead, analyst } = await createPersonas(t, ['lead', 'analyst']));
});
afterAll(() => t?.close());

const post = (payload: string | Buffer, contentType: string, cookie = lead.cookie) =>
  t.app.inject({ method: 'POST', url: '/api/topiclists', payload, headers: { 'content-type': contentType, cookie } });
const get = (url: string, cookie = analyst.cookie) => t.app.inject({ method: 'GET', url, headers: { cookie } });
const download = (id: string, version: number, format: string, cookie = analyst.cookie) =>
  get(`/api/topiclists/${id}/versions/${version}/download?format=${format}`, cookie);

/** A version as the JSON form of its file, without `version`. */
async function content(id: string, version: number): Promise<TopicList> {
  const { version: _v, ...list } = (await get(`/api/topiclists/${id}/versions/${version}`)).json();
  return list;
}

async function sheetCell(data: Buffer, sheet: string, address: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb.getWorksheet(sheet)!.getCell(address).value;
}

describe('POST /api/topiclists with an Excel workbook', () => {
  it('stores a workbook as a version and gives the same version for the same content in any format', async () => {
    const list = { ...miniObject(), id: 'werkboek' } as TopicList;
    const res = await post(await topicListToWorkbook(list), XLSX);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ id: 'werkboek', version: 1, levelCount: 1, itemCount: 2 });
    expect(await content('werkboek', 1)).toStrictEqual(list);

    // The same workbook again, and the same content as JSON: the existing version.
    const again = await post(await topicListToWorkbook(list), XLSX);
    expect(again.statusCode).toBe(200);
    expect(again.json().version).toBe(1);
    const asJson = await post(JSON.stringify(list), 'application/json');
    expect(asJson.statusCode).toBe(200);
    expect(asJson.json().version).toBe(1);

    // Changed content under the same id: the next version.
    const changed = await post(await topicListToWorkbook({ ...list, title: 'Werkboek, herzien' }), XLSX);
    expect(changed.statusCode).toBe(201);
    expect(changed.json().version).toBe(2);
  });

  it('rejects a workbook breaking the rules with 422, each problem at its sheet and cell, and stores nothing', async () => {
    const list = { ...miniObject(), id: 'werkboek-kapot' } as TopicList;
    const items = list.levels[0]!.topics[0]!.items;
    items[1]!.id = items[0]!.id;
    const res = await post(await topicListToWorkbook(list), XLSX);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toEqual({
      error: {
        code: 'topiclist.invalid',
        message: 'The topic list breaks 1 rule of the format; nothing was stored.',
        issues: [
          {
            path: 'levels[0].topics[0].items[1].id',
            sheet: 'items',
            cell: 'C3',
            line: 3,
            column: 3,
            message: 'duplicate item id "direction-open" (first used at levels[0].topics[0].items[0].id)',
          },
        ],
      },
    });
    expect((await get('/api/topiclists/werkboek-kapot')).statusCode).toBe(404);
  });

  it('answers bytes that are not a workbook with 400', async () => {
    for (const payload of [Buffer.from(miniYaml), Buffer.alloc(0)]) {
      const res = await post(payload, XLSX);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'topiclist.syntax',
        message: 'The topic list is not well-formed XLSX.',
        issues: [{ path: '', message: 'not an Excel workbook (.xlsx): the file is not a zip archive' }],
      });
    }
  });

  it('lets only a research lead post a workbook', async () => {
    const data = await topicListToWorkbook({ ...miniObject(), id: 'werkboek-analist' } as TopicList);
    expect((await post(data, XLSX, analyst.cookie)).statusCode).toBe(403);
    expect((await post(data, XLSX, '')).statusCode).toBe(401);
  });
});

describe('GET /api/topiclists/:id/versions/:version/download', () => {
  beforeAll(async () => {
    expect((await post(studyYaml, 'application/yaml')).statusCode).toBe(201);
    expect((await post(JSON.stringify({ ...miniObject(), id: 'als-json' }), 'application/json')).statusCode).toBe(201);
  });

  it('gives a version posted as YAML back as it came, as an attachment', async () => {
    const res = await download('ketensamenwerking-stalking', 1, 'yaml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/yaml; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="ketensamenwerking-stalking-v1.yaml"');
    expect(res.body).toBe(studyYaml);
  });

  it('writes YAML for a version that came otherwise, which posts back as the same version', async () => {
    const res = await download('als-json', 1, 'yaml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="als-json-v1.yaml"');
    expect(res.body).toMatch(/^# Topic list "als-json", version 1\.\n/);
    expect(parseYaml(res.body)).toStrictEqual(await content('als-json', 1));
    const back = await post(res.body, 'application/yaml');
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ id: 'als-json', version: 1 });
  });

  it('writes YAML when no format is asked for', async () => {
    const res = await get('/api/topiclists/als-json/versions/1/download');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="als-json-v1.yaml"');
  });

  it('gives a workbook that posts back as the same version', async () => {
    const res = await download('ketensamenwerking-stalking', 1, 'xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toBe('attachment; filename="ketensamenwerking-stalking-v1.xlsx"');
    expect(await sheetCell(res.rawPayload, 'settings', 'A2')).toBe('ketensamenwerking-stalking');
    const back = await post(res.rawPayload, XLSX);
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ id: 'ketensamenwerking-stalking', version: 1 });
  });

  it('gives the YAML of a version posted as a workbook, which posts back as the same version', async () => {
    const res = await download('werkboek', 2, 'yaml');
    expect(res.statusCode).toBe(200);
    expect(parseYaml(res.body)).toStrictEqual(await content('werkboek', 2));
    expect((await post(res.body, 'application/yaml')).json()).toMatchObject({ id: 'werkboek', version: 2 });
  });

  it('answers unknown lists and versions with 404, a bad format with 400, no session with 401', async () => {
    expect((await download('nope', 1, 'yaml')).json().error.code).toBe('topiclist.not_found');
    const version = await download('als-json', 9, 'xlsx');
    expect(version.statusCode).toBe(404);
    expect(version.json().error.code).toBe('topiclist.version_not_found');
    const format = await download('als-json', 1, 'csv');
    expect(format.statusCode).toBe(400);
    expect(format.json().error).toMatchObject({ code: 'request.invalid_parameters', issues: [{ path: 'format', message: 'format is yaml or xlsx' }] });
    expect((await download('als-json', 1, 'yaml', '')).statusCode).toBe(401);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.app.inject('/docs/json')).json();
    const operation = doc.paths['/api/topiclists/{id}/versions/{version}/download'].get;
    expect(operation.summary).toMatch(/YAML or an Excel workbook/);
    expect(operation.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['format', 'id', 'version']);
    expect(Object.keys(operation.responses[200].content).sort()).toEqual([XLSX, 'application/yaml']);
    expect(operation.responses[404]).toBeDefined();
    expect(Object.keys(doc.paths['/api/topiclists'].post.requestBody.content)).toContain(XLSX);
  });
});
