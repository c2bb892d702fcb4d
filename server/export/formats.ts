// The export formats, each written as a stream of chunks from the anonymised records.
import { Zip, ZipDeflate } from 'fflate';
import type { TopicList } from '../contract/topiclist.ts';
import type { Variable } from './codebook.ts';
import type { ExportRecord } from './dataset.ts';
import { csvLine, fixedCells, longValue, wideCell } from './encode.ts';

export type Records = () => AsyncIterable<ExportRecord>;
export interface FormatInput {
  topicList: TopicList;
  codebook: Variable[];
  /** Each call reads the study afresh, page by page. */
  records: Records;
  meta: Record<string, unknown>;
}

const encoder = new TextEncoder();

export function codebookRows(codebook: Variable[]) {
  const header = ['name', 'label_nl', 'label_en', 'type', 'measure', 'value_labels', 'missing_codes', 'level', 'topic', 'item', 'option', 'anonymisation'];
  const rows = codebook.map((v) => [
    v.name,
    v.label.nl,
    v.label.en,
    v.type,
    v.measure,
    v.values.map((x) => `${x.code}=${x.label.nl} / ${x.label.en}`).join('; ') || null,
    v.missing.map((x) => `${x.code}=${x.label.nl} / ${x.label.en}`).join('; ') || null,
    v.source?.level ?? null,
    v.source?.topic ?? null,
    v.source?.item ?? null,
    v.source?.option ?? null,
    v.anonymisation,
  ]);
  return { header, rows };
}

export async function* longCsv(input: FormatInput): AsyncGenerator<string> {
  const where = new Map(input.topicList.levels.flatMap((l) => l.topics.flatMap((t) => t.items.map((i) => [i.id, { level: l.id, topic: t.id, type: i.type }] as const))));
  const wideOf = new Map(input.codebook.filter((v) => v.from?.part === 'value').map((v) => [v.from!.item.id, v]));
  yield csvLine(['respondent', 'organisation', 'role', 'region', 'pair', 'period', 'status', 'level', 'topic', 'item', 'type', 'value', 'code', 'note']);
  for await (const r of input.records()) {
    for (const [itemId, answer] of r.answers) {
      const at = where.get(itemId)!;
      const wide = wideOf.get(itemId);
      const code = wide && (wide.type === 'numeric') ? wideCell(wide, answer) : null;
      yield csvLine([...fixedCells(r), at.level, at.topic, itemId, at.type, longValue(answer.value), code, answer.note]);
    }
  }
}

/** `widths` hears each string cell's length in bytes (SPSS needs string widths up front). */
export async function* wideCsv(input: FormatInput, widths?: Map<string, number>): AsyncGenerator<string> {
  const items = input.codebook.filter((v) => v.from);
  yield csvLine(input.codebook.map((v) => v.name));
  for await (const r of input.records()) {
    let cells = [...fixedCells(r), ...items.map((v) => wideCell(v, r.answers.get(v.from!.item.id)))];
    // SPSS reads a case per line, even inside quotes: line breaks in text become " / ".
    if (widths) cells = cells.map((c) => (typeof c === 'string' ? c.replace(/\s*\r?\n\s*/g, ' / ') : c));
    if (widths) {
      cells.forEach((c, i) => {
        const name = input.codebook[i]!.name;
        if (typeof c === 'string') widths.set(name, Math.max(widths.get(name) ?? 1, Buffer.byteLength(c)));
      });
    }
    yield csvLine(cells);
  }
}

export type ZipEntry = [name: string, lines: () => AsyncIterable<string>];

/** A zip written as it goes; each entry's lines are made only when its turn comes. */
export async function* zipStream(entries: ZipEntry[]): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let done = false;
  const zip = new Zip((err, chunk, final) => {
    if (err) throw err;
    out.push(chunk);
    if (final) done = true;
  });
  for (const [name, lines] of entries) {
    // Level 4: most of level 6's size at about twice its speed, measured on these files.
    const entry = new ZipDeflate(name, { level: 4 });
    zip.add(entry);
    // Lines are gathered into chunks of about 64 KB: the compressor works per push.
    let pending = '';
    for await (const line of lines()) {
      pending += line;
      if (pending.length < 65_536) continue;
      entry.push(encoder.encode(pending));
      pending = '';
      if (out.length) yield* out.splice(0);
    }
    entry.push(encoder.encode(pending), true);
    yield* out.splice(0);
  }
  zip.end();
  yield* out.splice(0);
  if (!done) throw new Error('zip did not finish');
}

export async function* codebookCsv(codebook: Variable[]): AsyncGenerator<string> {
  const { header, rows } = codebookRows(codebook);
  yield csvLine(header);
  for (const row of rows) yield csvLine(row);
}

/** A zip: long.csv (one row per answer), wide.csv (one row per interview), codebook.csv. */
export function csvZip(input: FormatInput): AsyncGenerator<Uint8Array> {
  return zipStream([
    ['long.csv', () => longCsv(input)],
    ['wide.csv', () => wideCsv(input)],
    ['codebook.csv', () => codebookCsv(input.codebook)],
  ]);
}

/** Everything as one JSON document: meta, codebook, topic list, and the interviews. */
export async function* jsonDocument(input: FormatInput): AsyncGenerator<Uint8Array> {
  const head = JSON.stringify({ ...input.meta, codebook: input.codebook.map(({ from: _f, ...v }) => v), topiclist: input.topicList });
  yield encoder.encode(`${head.slice(0, -1)},"interviews":[`);
  let first = true;
  for await (const r of input.records()) {
    const answers = [...r.answers].map(([itemId, a]) => ({ itemId, value: a.value, note: a.note }));
    const { answers: _a, ...fields } = r;
    yield encoder.encode(`${first ? '' : ','}${JSON.stringify({ ...fields, answers })}`);
    first = false;
  }
  yield encoder.encode(']}');
}
