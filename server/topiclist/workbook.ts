// Topic lists as Excel workbooks, in the manner of XLSForm, for teams that would rather edit a
// spreadsheet than YAML. A workbook written here reads back as the same topic list.
//
// One sheet per part of the list, a header row, then one row per thing, in order:
//
//   settings      id, title, description, languages ("nl, en"; the first is the default); one row
//   levels        id, label, description
//   topics        level, id, label, description
//   items         level, topic, id, type, scale, dimension, min, max, prompt, hint
//   options       item, id, label              (the options of choice and multi items)
//   probes        item, label                  (follow-up questions, in order)
//   scales        id, min, max, allow ("na, dk"), label
//   scale_labels  scale, point, label
//   dimensions    id, label, description
//
// A label (title, description, label, prompt, hint) takes one column per language,
// `label::nl`, `label::en`, ... and becomes a map of language to text. A label that is a plain
// text in the file (not a map) goes in the bare `label` (`prompt`, ...) column instead, so it
// stays a plain text when read back. Empty cells are left out; so are empty lists and maps.
// settings, levels, topics and items are required; the other sheets may be left out.
import ExcelJS from 'exceljs';
import type { Label, TopicList } from '../contract/topiclist.ts';
import { COLUMNS, LANGUAGE_SEPARATOR, SHEETS, type SheetName } from './workbook-layout.ts';

export { readTopicListWorkbook, type WorkbookIssue, type WorkbookResult } from './workbook-read.ts';

type CellValue = string | number | undefined;
type SheetRow = Record<string, CellValue | Label>;

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } } as const;
const MIN_WIDTH = 10;
const MAX_WIDTH = 60;

export async function topicListToWorkbook(list: TopicList): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const rows = sheetRows(list);
  for (const sheet of SHEETS) writeSheet(workbook.addWorksheet(sheet), sheet, rows[sheet], list.languages);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function sheetRows(list: TopicList): Record<SheetName, SheetRow[]> {
  const items = list.levels.flatMap((level) => level.topics.flatMap((topic) => topic.items.map((item) => ({ level, topic, item }))));
  const scales = Object.entries(list.scales ?? {});
  return {
    settings: [{ id: list.id, title: list.title, description: list.description, languages: list.languages.join(', ') }],
    levels: list.levels.map((l) => ({ id: l.id, label: l.label, description: l.description })),
    topics: list.levels.flatMap((l) => l.topics.map((t) => ({ level: l.id, id: t.id, label: t.label, description: t.description }))),
    items: items.map(({ level, topic, item }) => ({
      level: level.id,
      topic: topic.id,
      id: item.id,
      type: item.type,
      scale: item.scale,
      dimension: item.dimension,
      min: item.min,
      max: item.max,
      prompt: item.prompt,
      hint: item.hint,
    })),
    options: items.flatMap(({ item }) => (item.options ?? []).map((o) => ({ item: item.id, id: o.id, label: o.label }))),
    probes: items.flatMap(({ item }) => (item.probes ?? []).map((p) => ({ item: item.id, label: p }))),
    scales: scales.map(([id, s]) => ({ id, min: s.min, max: s.max, allow: s.allow?.join(', '), label: s.label })),
    scale_labels: scales.flatMap(([id, s]) =>
      Object.entries(s.labels ?? {}).map(([point, label]) => ({ scale: id, point: pointCell(point), label })),
    ),
    dimensions: (list.dimensions ?? []).map((d) => ({ id: d.id, label: d.label, description: d.description })),
  };
}

/** A point as a number cell when that reads back as the same key ("01" stays text). */
const pointCell = (point: string): CellValue => (String(Number(point)) === point ? Number(point) : point);

interface Column {
  header: string;
  value: (row: SheetRow) => CellValue;
  wrap: boolean;
}

function columnsOf(sheet: SheetName, rows: SheetRow[], languages: string[]): Column[] {
  return COLUMNS[sheet].flatMap((spec): Column[] => {
    const field = spec.name;
    if (spec.kind !== 'label') return [{ header: field, value: (r) => r[field] as CellValue, wrap: false }];
    const labels = rows.map((r) => r[field] as Label | undefined);
    // Every language gets its column, filled or not, so the sheet invites translations.
    const langs = [...new Set([...languages, ...labels.flatMap((l) => (l && typeof l === 'object' ? Object.keys(l) : []))])];
    const bare: Column[] = labels.some((l) => typeof l === 'string')
      ? [{ header: field, value: (r) => (typeof r[field] === 'string' ? (r[field] as string) : undefined), wrap: true }]
      : [];
    return [
      ...bare,
      ...langs.map((lang) => ({
        header: `${field}${LANGUAGE_SEPARATOR}${lang}`,
        value: (r: SheetRow) => {
          const label = r[field];
          return label && typeof label === 'object' ? label[lang] : undefined;
        },
        wrap: true,
      })),
    ];
  });
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: SheetName, rows: SheetRow[], languages: string[]) {
  const columns = columnsOf(sheet, rows, languages);
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  for (const row of rows) {
    const added = ws.addRow(columns.map((c) => c.value(row) ?? null));
    columns.forEach((c, i) => {
      if (c.wrap) added.getCell(i + 1).alignment = { wrapText: true, vertical: 'top' };
      else added.getCell(i + 1).alignment = { vertical: 'top' };
    });
  }
  columns.forEach((c, i) => {
    const longest = Math.max(c.header.length, ...rows.map((r) => longestLine(c.value(r))));
    ws.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

const longestLine = (value: CellValue) =>
  value === undefined ? 0 : Math.max(...String(value).split('\n').map((line) => line.length));
