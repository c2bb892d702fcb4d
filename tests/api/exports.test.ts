// Exports carry nothing identifying: every planted identifier is searched for in every file.
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldText } from '../../server/anonymise/fold.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { createFixtureStudy, type FixtureStudy, json, PLANTED_DOSSIER, PLANTED_IDENTITY } from '../helpers/fixture-study.ts';

let t: TestApp;
let f: FixtureStudy;
let lead: string;

// Every kind of identifier, in the notes of an interview about an invented case.
const NOTE =
  'Mevrouw ZWANENBURG belde met mirjam en Mírjam Zwanenburg-Oudshoorn; Oudshoorns dossier ' + PLANTED_DOSSIER + ' lag bij Kees Bakker. ' +
  'Mail m.zwanenburg@voorbeeld-mail.nl of k.bakker@gemeente-voorbeeld.nl. Bel 06-98765432, 06 12 34 56 78, +31 6 12345678, 0031 6 87654321 of 045-5712345. ' +
  'Adres 6411 AB Heerlerbaan. IBAN NL91 ABNA 0417 1643 00. BSN 111.222.333 en 123456782. Geen BSN: 123456789. Daan Mulder noteerde.';
const PLANTED = [
  'Zwanenburg', 'Oudshoorn', 'Mirjam', 'Mírjam', PLANTED_DOSSIER, 'Kees', 'Bakker', 'voorbeeld-mail', 'gemeente-voorbeeld', '98765432', '12 34 56 78',
  '6 12345678', '87654321', '5712345', '6411 AB', 'Heerlerbaan', 'NL91', '0417', '111.222.333', '123456782', 'Daan', 'Mulder', 'Sanne', 'Kuipers',
  'Femke', 'Veldhuis', PLANTED_IDENTITY.phone, 'example.org',
];

beforeAll(async () => {
  t = await startTestApp({ studyTopicList: true, limits: { signIn: { max: 1000, timeWindow: 60_000 } } });
  f = await createFixtureStudy(t);
  lead = f.people.lead.cookie;
  const daan = f.people.interviewer.cookie;
  const I = `/api/interviews/${f.interviewId}`;
  await json(t, 'POST', `${I}/consent`, daan, { given: true, version: 'v1' });
  const ops = [
    { opId: 'export-op-1', itemId: 'decisiveness-open', value: NOTE, note: `Citaat van mirjam: "ik bel Kees’s team". ${PLANTED_IDENTITY.email}` },
    { opId: 'export-op-2', itemId: 'individual-trust', value: 4, note: 'Zwanenburg vertrouwt de Heerlerbaan-aanpak.' },
    { opId: 'export-op-3', itemId: 'organisation-trust', value: 'na' },
    { opId: 'export-op-4', itemId: 'organisation-focus', value: 'both' },
  ];
  expect((await json(t, 'POST', `${I}/sync`, daan, { ops })).statusCode).toBe(200);
  await json(t, 'POST', `${I}/status`, daan, { status: 'completed' });
  for (const [term, category] of [['Kees Bakker', 'persoon'], ['Heerlerbaan', 'plaats']]) {
    expect((await json(t, 'POST', `/api/studies/${f.studyId}/redaction-terms`, lead, { term, category })).statusCode).toBe(201);
  }
});
afterAll(() => t?.close());

const download = (format: string, cookie = lead, extra = '') =>
  t.app.inject({ method: 'GET', url: `/api/studies/${f.studyId}/export?format=${format}${extra}`, headers: { cookie } });

const asWord = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${foldText(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');

/** RFC 4180, enough for these files. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r') continue;
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  return rows;
}

function filesOf(format: string, body: Buffer): Record<string, string> {
  if (['csv', 'sps', 'r', 'qdpx'].includes(format)) return Object.fromEntries(Object.entries(unzipSync(new Uint8Array(body))).map(([n, b]) => [n, strFromU8(b)]));
  return { 'export.json': body.toString('utf8') };
}

/** Every cell of every sheet, as text: a line per row, cells apart by tabs. */
async function xlsxFiles(body: Buffer): Promise<Record<string, string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const files: Record<string, string> = {};
  for (const sheet of workbook.worksheets) {
    const lines: string[] = [];
    sheet.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell((cell) => cells.push(cell.text));
      lines.push(cells.join('\t'));
    });
    files[sheet.name] = lines.join('\n');
  }
  return files;
}

describe('anonymised exports', () => {
  for (const format of ['csv', 'json', 'sps', 'r', 'xlsx', 'qdpx']) {
    it(`${format}: no planted identifier in any file, invalid BSNs kept, no day or time`, async () => {
      const res = await download(format);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="leidraad-ketensamenwerking-zuid-\d{4}-\d{2}\.(zip|json|spss\.zip|r\.zip|xlsx|qdpx)"/);
      const files = format === 'xlsx' ? await xlsxFiles(res.rawPayload) : filesOf(format, res.rawPayload);
      if (format === 'csv') expect(Object.keys(files).sort()).toEqual(['codebook.csv', 'long.csv', 'wide.csv']);
      for (const [name, text] of Object.entries(files)) {
        const folded = foldText(text);
        // As a word: "Daan" must not be found in "opgedaan" of the topic list's own texts.
        for (const planted of PLANTED) expect(folded, `${name} holds "${planted}"`).not.toMatch(asWord(planted));
        expect(text, name).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        expect(text, name).not.toMatch(/T\d{2}:\d{2}/);
      }
      const all = Object.values(files).join('\n');
      expect(all).toContain('Geen BSN: 123456789');
      expect(all).toContain('[persoon 1]');
      expect(all).toContain('[plaats 1]');
      expect(all).toContain('[telefoonnummer]');
      expect(all).toContain('[e-mailadres]');
      expect(all).toContain('[BSN]');
      expect(all).toContain('[IBAN]');
      expect(all).toContain('[postcode]');
      expect(all).toContain('R001');
      expect(all).toContain('P01');
    });
  }

  it('gives the same original the same pseudonym in every format', async () => {
    const pseudonymOf = (text: string) => /Mevrouw (\[persoon \d+\]) belde/.exec(text)?.[1];
    const csv = Object.values(filesOf('csv', (await download('csv')).rawPayload)).join('\n');
    const jsonText = (await download('json')).body;
    expect(pseudonymOf(csv)).toBeDefined();
    expect(pseudonymOf(csv)).toBe(pseudonymOf(jsonText));
  });

  it('codes values for statistics: scale numbers, n.v.t. and weet-niet as missing codes, choices as numbers', async () => {
    const files = filesOf('csv', (await download('csv')).rawPayload);
    const [header, row] = parseCsv(files['wide.csv']!);
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('individual_trust')).toBe('4');
    expect(cell('organisation_trust')).toBe('-1');
    expect(cell('chain_trust')).toBe('-9');
    expect(cell('organisation_focus')).toBe('3');
    expect(files['codebook.csv']).toContain('individual_trust,');
    expect(files['codebook.csv']).toMatch(/-1=niet van toepassing \/ not applicable; -2=weet niet \/ don't know; -9=niet gevraagd \/ not asked/);
  });

  it('can leave free text out, and coarsen dates to the year', async () => {
    const body = (await download('json', lead, '&freeText=omit&dates=year')).json();
    const answers = body.interviews[0].answers;
    expect(answers.find((a: { itemId: string }) => a.itemId === 'decisiveness-open').value).toBeNull();
    expect(answers.every((a: { note: unknown }) => a.note === null)).toBe(true);
    expect(body.interviews[0].period).toMatch(/^\d{4}$/);
  });

  it('logs every export with format, options and the sha256 of the file', async () => {
    const res = await download('json');
    const sha = createHash('sha256').update(res.rawPayload).digest('hex');
    const log = (await json(t, 'GET', `/api/audit?action=export.created&studyId=${f.studyId}&limit=1`, lead)).json();
    expect(log[0]).toMatchObject({ action: 'export.created', actor: { id: f.people.lead.id }, details: { format: 'json', sha256: sha, bytes: res.rawPayload.length } });
  });

  it('shows the lead every replacement in context before exporting, without blocking the export', async () => {
    const preview = (await json(t, 'GET', `/api/studies/${f.studyId}/export/preview`, lead)).json();
    expect(preview.total).toBeGreaterThan(20);
    expect(preview.byKind).toMatchObject({ persoon: expect.any(Number), plaats: expect.any(Number), phone: 5, email: 3, bsn: 2, iban: 1, postcode: 1 });
    expect(preview.replacements).toContainEqual(expect.objectContaining({ original: 'Kees Bakker', replacement: expect.stringMatching(/^\[persoon \d+\]$/), respondent: 'R001', itemId: 'decisiveness-open' }));
    expect((await json(t, 'GET', `/api/studies/${f.studyId}/export/preview`, f.people.analyst.cookie)).statusCode).toBe(403);
    expect((await download('csv', f.people.analyst.cookie)).statusCode).toBe(200);
    expect((await download('csv', f.people.interviewer.cookie)).statusCode).toBe(403);
    expect((await download('sav')).statusCode).toBe(400);
  });
});
