// The CSV export of a study larger than a page of the embedded database or a batch of the
// server: every answer once and in order, scrubbed, the same bytes each time, and a download
// stopped half way leaves the database connection usable and no file open.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../server/db/database.ts';
import { startExport } from '../../server/services/exports.ts';
import { startTestApp, TEST_IDENTITY_KEY, type TestApp } from '../helpers/app.ts';
import { createFixtureStudy, type FixtureStudy, json } from '../helpers/fixture-study.ts';

const INTERVIEWS = 450;
// Invented; the name is the fixture respondent's, so it is on the identity list.
const NOTE = 'Mirjam belde vanaf 06-12345678 over het "ketenoverleg", postcode 6411 AB';

let t: TestApp;
let f: FixtureStudy;
let itemOrder: string[];

beforeAll(async () => {
  t = await startTestApp({ studyTopicList: true });
  f = await createFixtureStudy(t);
  const db = t.database.db;
  const study = f.studyId;
  await queryRows(db, sql`insert into respondents (study_id, code, organisation, role, region)
    select ${study}, 'S' || lpad(g::text, 4, '0'), 'Politie', 'regisseur', 'Parkstad' from generate_series(1, ${INTERVIEWS}) g`);
  await queryRows(db, sql`insert into interviews (study_id, respondent_id, topiclist_id, topiclist_version, status, consent_given)
    select ${study}, id, 'ketensamenwerking-stalking', 1, 'completed', true from respondents where study_id = ${study} and code like 'S%'`);
  // Answers inserted item by item, so no interview's answers are together or in order on disk.
  await queryRows(db, sql`insert into answers (interview_id, item_id, value, note, revision, updated_at)
    select i.id, ti.item_id, to_jsonb(1 + (abs(hashtext(i.id::text || ti.item_id)) % 5)),
      case when abs(hashtext(ti.item_id || i.id::text)) % 7 = 0 then ${NOTE} || E'\n' || r.code else ${NOTE} end, 1, now()
    from topiclist_items ti cross join interviews i join respondents r on r.id = i.respondent_id
    where i.study_id = ${study} and r.code like 'S%' and r.code <> 'S0002' and ti.topiclist_id = 'ketensamenwerking-stalking' and ti.version = 1 and ti.type = 'scale'
    order by ti.item_id desc, r.code desc`);
  // Interviewers without a pair appear by an ad hoc code.
  await queryRows(db, sql`insert into interview_interviewers (interview_id, user_id)
    select i.id, ${f.people.interviewer.id}::uuid from interviews i join respondents r on r.id = i.respondent_id where r.study_id = ${study} and r.code in ('S0003', 'S0004')`);
  const list = (await json(t, 'GET', '/api/topiclists/ketensamenwerking-stalking', f.people.lead.cookie)).json();
  itemOrder = list.levels.flatMap((l: { topics: { items: { id: string }[] }[] }) => l.topics.flatMap((tp) => tp.items.map((i) => i.id)));
}, 120_000);
afterAll(() => t?.close());

const download = () => t.app.inject({ method: 'GET', url: `/api/studies/${f.studyId}/export?format=csv`, headers: { cookie: f.people.lead.cookie } });

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

/** Files open in this process that are export spools. */
function openSpools(): string[] {
  if (!existsSync('/proc/self/fd')) return [];
  return readdirSync('/proc/self/fd')
    .map((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return '';
      }
    })
    .filter((target) => target.includes('leidraad-export-'));
}

describe('CSV export of a larger study', () => {
  it('has every answer once, by respondent and in topic list order, with every note scrubbed', async () => {
    const res = await download();
    expect(res.statusCode).toBe(200);
    const files = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(res.rawPayload))).map(([n, b]) => [n, strFromU8(b)]));
    expect(Object.keys(files)).toEqual(['long.csv', 'wide.csv', 'codebook.csv']);
    const [header, ...long] = parseCsv(files['long.csv']!);
    const col = (name: string) => header!.indexOf(name);
    const scaleItems = new Set(long.map((r) => r[col('item')]!));
    expect(long.length).toBe((INTERVIEWS - 1) * scaleItems.size);
    const keys = long.map((r) => `${r[col('respondent')]} ${String(itemOrder.indexOf(r[col('item')]!)).padStart(4, '0')}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of long) expect(r[col('note')]).toMatch(/^\[persoon 1\] belde vanaf \[telefoonnummer\] over het "ketenoverleg", postcode \[postcode\](\nS\d{4})?$/);
    expect(long.some((r) => r[col('note')]!.includes('\n'))).toBe(true);
    expect(new Set(long.filter((r) => ['S0003', 'S0004'].includes(r[col('respondent')]!)).map((r) => r[col('pair')]))).toEqual(new Set(['X01']));

    const [wideHeader, ...wide] = parseCsv(files['wide.csv']!);
    expect(wide.map((r) => r[0])).toEqual(Array.from({ length: INTERVIEWS }, (_, i) => `S${String(i + 1).padStart(4, '0')}`));
    const longNote = new Map(long.map((r) => [`${r[col('respondent')]} ${r[col('item')]}`, r[col('note')]]));
    for (const r of wide) {
      for (const item of scaleItems) {
        const note = r[wideHeader!.indexOf(`${item.replace(/-/g, '_')}_note`)];
        expect(note).toBe(r[0] === 'S0002' ? '' : longNote.get(`${r[0]} ${item}`));
      }
    }
    for (const [name, text] of Object.entries(files)) {
      expect(text, name).not.toMatch(/Mirjam|12345678|6411 AB/);
      expect(text, name).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });

  it('gives the same bytes for the same data, with no moment of export in the archive', async () => {
    const [a, b] = [await download(), await download()];
    const sha = (body: Buffer) => createHash('sha256').update(body).digest('hex');
    expect(sha(a.rawPayload)).toBe(sha(b.rawPayload));
    // Every entry's time and date, in the central directory and its local header: the DOS
    // epoch, 1980-01-01 00:00.
    const body = a.rawPayload;
    const end = body.length - 22;
    expect(body.readUInt32LE(end)).toBe(0x06054b50);
    const entries = body.readUInt16LE(end + 10);
    expect(entries).toBe(3);
    for (let i = 0, at = body.readUInt32LE(end + 16); i < entries; i++) {
      expect(body.readUInt32LE(at)).toBe(0x02014b50);
      expect([body.readUInt16LE(at + 12), body.readUInt16LE(at + 14)]).toEqual([0, 33]);
      const local = body.readUInt32LE(at + 42);
      expect(body.readUInt32LE(local)).toBe(0x04034b50);
      expect([body.readUInt16LE(local + 10), body.readUInt16LE(local + 12)]).toEqual([0, 33]);
      at += 46 + body.readUInt16LE(at + 28) + body.readUInt16LE(at + 30) + body.readUInt16LE(at + 32);
    }
  });

  it('stops reading when the download stops: the connection stays usable, no file stays open', async () => {
    const actor = { id: f.people.lead.id, role: 'lead' as const, name: 'Lead' };
    const options = { format: 'csv' as const, include: 'final' as const, dates: 'month' as const, freeText: 'keep' as const };
    for (let round = 0; round < 3; round++) {
      const { stream } = await startExport(t.database.db, TEST_IDENTITY_KEY, actor, f.studyId, options);
      let bytes = 0;
      for await (const chunk of stream) {
        bytes += chunk.length;
        // The first bytes (of long.csv) come while most of the study is still unread.
        if (bytes > 0) break;
      }
      expect(bytes).toBeGreaterThan(0);
      expect(openSpools()).toEqual([]);
    }
    const [{ n }] = (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from answers`)) as [{ n: number }];
    expect(n).toBeGreaterThan(0);
    expect((await download()).statusCode).toBe(200);
    expect(openSpools()).toEqual([]);
  });
});
