// The export formats, each written as a stream of chunks from the anonymised records.
import type { TopicList } from '../contract/topiclist.ts';
import type { Variable } from './codebook.ts';
import type { ExportRecord } from './dataset.ts';
import { csvField, csvLine, fixedCells, longValue, wideCell } from './encode.ts';
import { ZipWriter } from './zip.ts';

export type Records = () => AsyncIterable<ExportRecord>;
export interface FormatInput {
  topicList: TopicList;
  codebook: Variable[];
  /** Each call reads the study afresh, a batch at a time. */
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

/** A CSV file of the records: its header line, and the lines each record adds. */
export interface Table {
  name: string;
  header: string;
  lines(record: ExportRecord): string;
}

const prefixOf = (r: ExportRecord) => fixedCells(r).map(csvField).join(',');

/** long.csv: one row per answer. */
export function longTable(input: FormatInput): Table {
  // What a row says about its item, written once per item rather than once per answer.
  const rest = new Map<string, { cells: string; code: Variable | null }>();
  const wideOf = new Map(input.codebook.filter((v) => v.from?.part === 'value').map((v) => [v.from!.item.id, v]));
  for (const level of input.topicList.levels) {
    for (const topic of level.topics) {
      for (const item of topic.items) {
        const wide = wideOf.get(item.id);
        rest.set(item.id, { cells: [level.id, topic.id, item.id, item.type].map(csvField).join(','), code: wide?.type === 'numeric' ? wide : null });
      }
    }
  }
  return {
    name: 'long.csv',
    header: csvLine(['respondent', 'organisation', 'role', 'region', 'pair', 'period', 'status', 'level', 'topic', 'item', 'type', 'value', 'code', 'note']),
    lines(r) {
      const prefix = prefixOf(r);
      let out = '';
      for (const [itemId, answer] of r.answers) {
        const at = rest.get(itemId)!;
        out += `${prefix},${at.cells},${csvField(longValue(answer.value))},${at.code ? csvField(wideCell(at.code, answer)) : ''},${csvField(answer.note)}\r\n`;
      }
      return out;
    },
  };
}

/** wide.csv: one row per interview. `widths` hears each string cell's length in bytes (SPSS needs string widths up front). */
export function wideTable(input: FormatInput, widths?: Map<string, number>): Table {
  const items = input.codebook.filter((v) => v.from);
  const names = input.codebook.map((v) => v.name);
  return {
    name: 'wide.csv',
    header: csvLine(names),
    lines(r) {
      if (!widths) {
        let out = prefixOf(r);
        for (const v of items) out += `,${csvField(wideCell(v, r.answers.get(v.from!.item.id)))}`;
        return `${out}\r\n`;
      }
      // SPSS reads a case per line, even inside quotes: line breaks in text become " / ".
      const cells = [...fixedCells(r), ...items.map((v) => wideCell(v, r.answers.get(v.from!.item.id)))].map((c) => (typeof c === 'string' ? c.replace(/\s*\r?\n\s*/g, ' / ') : c));
      cells.forEach((c, i) => {
        if (typeof c === 'string') widths.set(names[i]!, Math.max(widths.get(names[i]!) ?? 1, Buffer.byteLength(c)));
      });
      return csvLine(cells);
    },
  };
}

export function codebookCsv(codebook: Variable[]): string {
  const { header, rows } = codebookRows(codebook);
  return [header, ...rows].map(csvLine).join('');
}

/**
 * A zip of CSV files made in one read of the records, then files made after it (syntax that
 * needs what the read found, the codebook). The first table goes out as it is written; the
 * others wait deflated on disk until it is done. Nothing is made faster than it is taken.
 */
export async function* recordsZip(input: FormatInput, tables: Table[], after: [name: string, text: () => string][]): AsyncGenerator<Uint8Array> {
  const zip = new ZipWriter();
  try {
    const [first, ...others] = tables;
    const entries = first ? [zip.entry(first.name), ...(await Promise.all(others.map((t) => zip.aside(t.name))))] : [];
    for (let i = 0; i < tables.length; i++) await entries[i]!.text(tables[i]!.header);
    for await (const record of input.records()) {
      for (let i = 0; i < tables.length; i++) {
        // Awaited only when a chunk went to zlib: most records just add to the current one.
        const full = entries[i]!.text(tables[i]!.lines(record));
        if (full) await full;
      }
      if (zip.buffered) yield* zip.take();
    }
    if (entries[0]) await zip.finish(entries[0]);
    yield* zip.take();
    for (const entry of entries.slice(1)) for await (const chunks of zip.copy(entry)) yield* chunks;
    for (const [name, text] of after) {
      await zip.whole(name, text());
      yield* zip.take();
    }
    zip.end();
    yield* zip.take();
  } finally {
    await zip.close();
  }
}

/** A zip: long.csv (one row per answer), wide.csv (one row per interview), codebook.csv. */
export function csvZip(input: FormatInput): AsyncGenerator<Uint8Array> {
  return recordsZip(input, [longTable(input), wideTable(input)], [['codebook.csv', () => codebookCsv(input.codebook)]]);
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
