// The xlsx and qdpx exports: what the files hold, for a known fixture of two interviews.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { createFixtureStudy, type FixtureStudy, json } from '../helpers/fixture-study.ts';

const XSD = fileURLToPath(new URL('../../../shared/refi-qda/Project.xsd', import.meta.url));
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!hasXmllint && !process.env.CI) console.warn('xmllint is not installed (Debian: libxml2-utils): the qdpx schema check is skipped');

let t: TestApp;
let f: FixtureStudy;

async function interview(id: string, ops: { itemId: string; value: unknown; note?: string }[]) {
  const cookie = f.people.interviewer.cookie;
  await json(t, 'POST', `/api/interviews/${id}/consent`, cookie, { given: true, version: 'v1' });
  const res = await json(t, 'POST', `/api/interviews/${id}/sync`, cookie, { ops: ops.map((o, i) => ({ opId: `formats-${id.slice(0, 8)}-${i}`, ...o })) });
  expect(res.statusCode).toBe(200);
  expect((await json(t, 'POST', `/api/interviews/${id}/status`, cookie, { status: 'completed' })).statusCode).toBe(200);
}

beforeAll(async () => {
  t = await startTestApp({ studyTopicList: true });
  f = await createFixtureStudy(t);
  const lead = f.people.lead.cookie;
  await interview(f.interviewId, [
    { itemId: 'decisiveness-open', value: 'Ik bel eerst de ketenpartners.', note: 'Snel gehandeld.' },
    // A character outside the BMP: positions count it once.
    { itemId: 'individual-trust', value: 4, note: 'Goed vertrouwen 😀.' },
    { itemId: 'individual-commitment', value: 'dk' },
    { itemId: 'organisation-trust', value: 'na' },
    { itemId: 'organisation-focus', value: 'both' },
    { itemId: 'powers-open', value: 'Beperkte bevoegdheden.' },
  ]);
  const second = (await json(t, 'POST', `/api/studies/${f.studyId}/respondents`, lead, { organisation: 'Politie', role: 'procesregisseur', region: 'Parkstad' })).json();
  const planned = (await json(t, 'POST', `/api/studies/${f.studyId}/interviews`, lead, { respondentId: second.id, pairId: f.pairId })).json();
  await interview(planned.id, [{ itemId: 'chain-trust', value: 2, note: 'Weinig overleg.' }]);
});
afterAll(() => t?.close());

const download = (format: string) => t.app.inject({ method: 'GET', url: `/api/studies/${f.studyId}/export?format=${format}`, headers: { cookie: f.people.lead.cookie } });

describe('xlsx export', () => {
  it('has the four sheets, bold frozen headers and coded values', async () => {
    const res = await download('xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(/filename="leidraad-ketensamenwerking-zuid-\d{4}-\d{2}\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['data wide', 'data long', 'matrices', 'codebook']);
    const rows = (name: string) => {
      const out: unknown[][] = [];
      workbook.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).getCell(1).font?.bold, sheet.name).toBe(true);
      expect(sheet.getColumn(1).width, sheet.name).toBeGreaterThan(5);
    }

    const [header, r1, r2, ...more] = rows('data wide');
    expect(more).toEqual([]);
    expect(header!.slice(0, 7)).toEqual(['respondent', 'organisation', 'role', 'region', 'pair', 'period', 'status']);
    const wide = (row: unknown[] | undefined, name: string) => row![header!.indexOf(name)];
    expect(r1!.slice(0, 5)).toEqual(['R001', 'Veilig Thuis', 'casusregisseur', 'Zuid-Limburg', 'P01']);
    expect(wide(r1, 'individual_trust')).toBe(4);
    expect(wide(r1, 'individual_commitment')).toBe(-2);
    expect(wide(r1, 'organisation_trust')).toBe(-1);
    expect(wide(r1, 'chain_trust')).toBe(-9);
    expect(wide(r1, 'organisation_focus')).toBe(3);
    expect(wide(r1, 'decisiveness_open')).toBe('Ik bel eerst de ketenpartners.');
    expect(wide(r2, 'respondent')).toBe('R002');
    expect(wide(r2, 'chain_trust')).toBe(2);

    const long = rows('data long');
    expect(long[0]).toEqual(['respondent', 'organisation', 'role', 'region', 'pair', 'period', 'status', 'level', 'topic', 'item', 'type', 'value', 'code', 'note']);
    expect(long).toContainEqual(['R001', 'Veilig Thuis', 'casusregisseur', 'Zuid-Limburg', 'P01', expect.stringMatching(/^\d{4}-\d{2}$/), 'completed', 'individual', 'individual-satisfaction', 'individual-trust', 'scale', 4, 4, 'Goed vertrouwen 😀.']);
    expect(long).toContainEqual(expect.arrayContaining(['R001', 'organisation-focus', 'choice', 'both', 3]));
    expect(long.length).toBe(1 + 6 + 1);

    const matrices = rows('matrices');
    expect(matrices[0]).toEqual(['respondent', 'organisation', 'role', 'region', 'dimension', 'level', 'value', 'status']);
    expect(matrices.length).toBe(1 + 2 * 7 * 3);
    const cell = (respondent: string, dimension: string, level: string) => matrices.find((r) => r[0] === respondent && r[4] === dimension && r[5] === level)?.slice(6);
    expect(cell('R001', 'trust', 'individual')).toEqual([4, 'answered']);
    expect(cell('R001', 'commitment', 'individual')).toEqual([undefined, 'dont_know']);
    expect(cell('R001', 'trust', 'organisation')).toEqual([undefined, 'not_applicable']);
    expect(cell('R001', 'trust', 'chain')).toEqual([undefined, 'not_asked']);
    expect(cell('R002', 'trust', 'chain')).toEqual([2, 'answered']);

    const codebook = rows('codebook');
    expect(codebook[0]).toEqual(['name', 'label_nl', 'label_en', 'type', 'measure', 'value_labels', 'missing_codes', 'level', 'topic', 'item', 'option', 'anonymisation']);
    expect(codebook.find((r) => r[0] === 'individual_trust')?.slice(3, 7)).toEqual(['numeric', 'ordinal', expect.stringContaining('4=Tevreden / Satisfied'), expect.stringContaining('-2=weet niet')]);
    expect(codebook.length).toBe(header!.length + 1);

    // No moment of export in the document properties either.
    expect(strFromU8(unzipSync(new Uint8Array(res.rawPayload))['docProps/core.xml']!)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe('qdpx export', () => {
  let files: Record<string, string>;
  let qde: string;
  beforeAll(async () => {
    const res = await download('qdpx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(/filename="leidraad-ketensamenwerking-zuid-\d{4}-\d{2}\.qdpx"/);
    files = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(res.rawPayload))).map(([n, b]) => [n, strFromU8(b)]));
    qde = files['project.qde']!;
  });

  it.skipIf(!hasXmllint && !process.env.CI)('project.qde is valid against the REFI-QDA Project.xsd', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leidraad-qdpx-'));
    try {
      writeFileSync(join(dir, 'project.qde'), qde);
      const run = spawnSync('xmllint', ['--noout', '--schema', XSD, join(dir, 'project.qde')], { encoding: 'utf8' });
      expect(run.error).toBeUndefined();
      expect(run.stderr).toContain('validates');
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('holds one text source per interview under sources/, by relative paths only', () => {
    const sources = Object.keys(files).filter((n) => n !== 'project.qde').sort();
    expect(Object.keys(files)).toHaveLength(3);
    expect(sources).toHaveLength(2);
    for (const name of sources) expect(name).toMatch(/^sources\/[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\.txt$/);
    const paths = [...qde.matchAll(/plainTextPath="([^"]*)"/g)].map((m) => m[1]!);
    for (const path of paths) expect(path).toMatch(/^internal:\/\/[0-9A-F-]{36}\.txt$/);
    expect(paths.map((p) => `sources/${p.replace('internal://', '')}`).sort()).toEqual(sources);
    for (const text of Object.values(files)) {
      expect(text).not.toMatch(/absolute:|relative:|file:|basePath|[A-Za-z]:\\|(^|["'\s])\/(work|tmp|home|root|usr|var)\//);
    }
    expect([...qde.matchAll(/<User /g)]).toHaveLength(1);
    expect(qde).toMatch(/<User guid="[^"]+" name="leidraad export"\/>/);
    expect([...qde.matchAll(/<TextSource [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(['R001 (P01)', 'R002 (P01)']);
  });

  it('codes each topic’s stretch of text to the topic’s code, and links cases to their sources', () => {
    const codeName = new Map([...qde.matchAll(/<Code guid="([^"]+)" name="([^"]+)" isCodable="true"/g)].map((m) => [m[1], m[2]]));
    const coded: Record<string, Record<string, string>> = {};
    for (const source of qde.split('<TextSource ').slice(1)) {
      const name = /name="([^"]+)"/.exec(source)![1]!;
      const text = [...files[`sources/${/internal:\/\/([^"]+)"/.exec(source)![1]}`]!];
      coded[name] = {};
      for (const m of source.matchAll(/startPosition="(\d+)" endPosition="(\d+)"[\s\S]*?<CodeRef targetGUID="([^"]+)"/g)) {
        coded[name][codeName.get(m[3])!] = text.slice(Number(m[1]), Number(m[2])).join('');
      }
    }
    const r1 = coded['R001 (P01)']!;
    expect(Object.keys(r1)).toEqual(['Daadkracht', 'Tevredenheid over de samenwerking', 'Bevoegdheden']);
    expect(r1['Daadkracht']).toMatch(/^Daadkracht\n.+: Ik bel eerst de ketenpartners\.\n.+\(notitie\): Snel gehandeld\.$/);
    expect(r1['Tevredenheid over de samenwerking']).toMatch(/^Tevredenheid over de samenwerking\n.+\(notitie\): Goed vertrouwen 😀\.$/);
    expect(r1['Bevoegdheden']).toMatch(/^Bevoegdheden\n.+: Beperkte bevoegdheden\.$/);
    expect(Object.values(coded['R002 (P01)']!)).toEqual([expect.stringMatching(/^Tevredenheid over de samenwerking\n.+\(notitie\): Weinig overleg\.$/)]);

    const sourceGuid = (name: string) => new RegExp(`<TextSource guid="([^"]+)" name="${name.replace(/[()]/g, '\\$&')}"`).exec(qde)![1];
    const case1 = /<Case [^>]*name="R001">([\s\S]*?)<\/Case>/.exec(qde)![1]!;
    expect(case1).toContain(`<SourceRef targetGUID="${sourceGuid('R001 (P01)')}"/>`);
    expect([...case1.matchAll(/<TextValue>([^<]*)<\/TextValue>/g)].map((m) => m[1])).toEqual(['Veilig Thuis', 'casusregisseur', 'Zuid-Limburg']);
    const case2 = /<Case [^>]*name="R002">([\s\S]*?)<\/Case>/.exec(qde)![1]!;
    expect(case2).toContain(`<SourceRef targetGUID="${sourceGuid('R002 (P01)')}"/>`);
    expect(case2).toContain('<TextValue>Politie</TextValue>');
    expect(qde).toMatch(/<Variable guid="[^"]+" name="organisation" typeOfVariable="Text">/);
  });
});
