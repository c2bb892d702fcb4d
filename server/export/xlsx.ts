// The export as one Excel workbook: data wide, data long, matrices and codebook sheets,
// written row by row with exceljs's streaming writer so memory stays flat.
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { TopicList } from '../contract/topiclist.ts';
import { axes } from '../services/matrices.ts';
import type { ExportRecord } from './dataset.ts';
import { type Cell, fixedCells, longValue, wideCell } from './encode.ts';
import { codebookRows, type FormatInput } from './formats.ts';

const ROOM = 1 << 20; // bytes written but not yet taken before the writer waits

/** The chunks the workbook writer produces, handed to the generator as they come. */
class Channel {
  private queue: Uint8Array[] = [];
  private queued = 0;
  private waiting: (() => void)[] = [];
  private end: { error?: unknown } | null = null;
  cancelled = false;
  readonly writable = new Writable({
    write: (chunk: Buffer, _enc, done) => {
      this.queue.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      this.queued += chunk.byteLength;
      this.signal();
      done();
    },
  });
  private signal() {
    for (const wake of this.waiting.splice(0)) wake();
  }
  private next = () => new Promise<void>((resolve) => this.waiting.push(resolve));
  finish(error?: unknown) {
    this.end = { error };
    this.signal();
  }
  /** The writer waits here while the reader is behind. */
  async room() {
    while (this.queued > ROOM && !this.cancelled) await this.next();
    if (this.cancelled) throw new Error('export cancelled');
  }
  async *chunks(): AsyncGenerator<Uint8Array> {
    try {
      for (;;) {
        if (this.queue.length) {
          const out = this.queue.splice(0);
          this.queued = 0;
          this.signal();
          yield* out;
        } else if (this.end) {
          if (this.end.error) throw this.end.error;
          return;
        } else await this.next();
      }
    } finally {
      this.cancelled = true;
      this.signal();
    }
  }
}

/** The satisfaction matrix of one record: per (dimension, level) the mean of its answered scale items. */
export function matrixCells(topicList: TopicList, record: ExportRecord) {
  const { dimensions, levels } = axes(topicList);
  const byCell = new Map<string, unknown[]>();
  for (const level of topicList.levels) {
    for (const item of level.topics.flatMap((t) => t.items)) {
      if (item.type !== 'scale' || !item.dimension) continue;
      const key = `${item.dimension}\u0000${level.id}`;
      byCell.set(key, [...(byCell.get(key) ?? []), record.answers.get(item.id)?.value]);
    }
  }
  return dimensions.flatMap((d) =>
    levels.map((l) => {
      const values = byCell.get(`${d.id}\u0000${l.id}`) ?? [];
      const numbers = values.filter((v): v is number => typeof v === 'number');
      const value = numbers.length ? numbers.reduce((a, b) => a + b, 0) / numbers.length : null;
      const status = value !== null ? 'answered' : values.includes('dk') ? 'dont_know' : values.includes('na') ? 'not_applicable' : 'not_asked';
      return { dimension: d.id, level: l.id, value, status };
    }),
  );
}

const LONG_HEADER = ['respondent', 'organisation', 'role', 'region', 'pair', 'period', 'status', 'level', 'topic', 'item', 'type', 'value', 'code', 'note'];

/** One row per answer, as in long.csv, with numeric codes as numbers. */
async function* longRows(input: FormatInput): AsyncGenerator<Cell[]> {
  const where = new Map(input.topicList.levels.flatMap((l) => l.topics.flatMap((t) => t.items.map((i) => [i.id, { level: l.id, topic: t.id, type: i.type }] as const))));
  const wideOf = new Map(input.codebook.filter((v) => v.from?.part === 'value').map((v) => [v.from!.item.id, v]));
  for await (const r of input.records()) {
    for (const [itemId, answer] of r.answers) {
      const at = where.get(itemId)!;
      const wide = wideOf.get(itemId);
      const code = wide?.type === 'numeric' ? wideCell(wide, answer) : null;
      yield [...fixedCells(r), at.level, at.topic, itemId, at.type, longValue(answer.value), code, answer.note];
    }
  }
}

const MATRIX_HEADER = ['respondent', 'organisation', 'role', 'region', 'dimension', 'level', 'value', 'status'];
const widths = (header: string[], known: Record<string, number>) => header.map((h) => ({ width: known[h] ?? Math.min(40, Math.max(10, h.length + 2)) }));
const WIDTHS: Record<string, number> = {
  respondent: 12, organisation: 22, role: 20, region: 20, pair: 8, period: 10, status: 14, level: 14, topic: 26, item: 30, type: 9,
  value: 40, code: 8, note: 60, dimension: 18, name: 30, label_nl: 50, label_en: 50, measure: 10, value_labels: 60, missing_codes: 50,
  option: 16, anonymisation: 40,
};

async function write(input: FormatInput, channel: Channel) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: channel.writable, useStyles: true, useSharedStrings: false });
  // No creation time in the file: the export's month is in its name and log.
  Object.assign(workbook, { creator: 'leidraad', lastModifiedBy: 'leidraad', created: undefined, modified: undefined });
  const sheet = async (name: string, header: string[], rows: AsyncIterable<Cell[]> | Iterable<Cell[]>, columns = widths(header, WIDTHS)) => {
    const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns;
    const head = ws.addRow(header);
    head.font = { bold: true };
    head.commit();
    for await (const row of rows) {
      ws.addRow(row).commit();
      await channel.room();
    }
    ws.commit();
  };

  const items = input.codebook.filter((v) => v.from);
  const names = input.codebook.map((v) => v.name);
  await sheet('data wide', names, (async function* () {
    for await (const r of input.records()) yield [...fixedCells(r), ...items.map((v) => wideCell(v, r.answers.get(v.from!.item.id)))];
  })(), input.codebook.map((v) => ({ width: v.from?.part === 'note' ? 40 : (WIDTHS[v.name] ?? Math.min(30, Math.max(10, v.name.length + 2))) })));
  await sheet('data long', LONG_HEADER, longRows(input));
  await sheet('matrices', MATRIX_HEADER, (async function* () {
    for await (const r of input.records()) {
      for (const c of matrixCells(input.topicList, r)) yield [r.respondent, r.organisation, r.role, r.region, c.dimension, c.level, c.value, c.status];
    }
  })(), widths(MATRIX_HEADER, WIDTHS).map((c, i) => (MATRIX_HEADER[i] === 'value' ? { width: 10, style: { numFmt: '0.00' } } : c)));
  const { header, rows } = codebookRows(input.codebook);
  await sheet('codebook', header, rows);
  await workbook.commit();
}

/** An .xlsx workbook, streamed. */
export async function* xlsxWorkbook(input: FormatInput): AsyncGenerator<Uint8Array> {
  const channel = new Channel();
  write(input, channel).then(
    () => channel.finish(),
    (error: unknown) => channel.finish(error),
  );
  yield* channel.chunks();
}
