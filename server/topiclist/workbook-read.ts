// Reads a topic list workbook (layout in workbook.ts) into a topic list document and checks it
// with the same schema and rules as files, placing every problem at its sheet, row and column.
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { checkTopicListDoc } from '../contract/topiclist-check.ts';
import { formatPath, type Label, type RulePath } from '../contract/topiclist.ts';
import type { ErrorIssue } from '../errors.ts';
import { type ColumnSpec, columnLetter, COLUMNS, type HeaderColumn, knownHeaders, parseHeader, REQUIRED_SHEETS, type SheetName, SHEETS } from './workbook-layout.ts';

/** An API error issue; `sheet` and `cell` (such as "C7") say where, `line` and `column` too. */
export type WorkbookIssue = ErrorIssue;

/** `syntax`: not a workbook at all (400); `rules`: a workbook that breaks the format (422). */
export type WorkbookResult = { doc: unknown; issues: WorkbookIssue[]; kind?: 'syntax' | 'rules' };

/** Declared unpacked size a workbook may have: a topic list is text, not megabytes of it. */
const MAX_UNPACKED = 16 * 1024 * 1024;

type Raw = string | number;
interface Row {
  n: number;
  cells: Map<number, Raw>;
}
interface Sheet {
  name: SheetName;
  columns: Map<number, HeaderColumn>;
  rows: Row[];
}
interface Place {
  sheet: SheetName;
  row: number;
  column?: number;
}
type Obj = Record<string, unknown>;

export async function readTopicListWorkbook(data: Buffer): Promise<WorkbookResult> {
  const workbook = await load(data);
  if (typeof workbook === 'string') return { doc: undefined, issues: [{ path: '', message: workbook }], kind: 'syntax' };
  const reader = new Reader();
  const doc = reader.assemble(workbook);
  const checked = checkTopicListDoc<WorkbookIssue | null>(doc, (path, message, atKey) => reader.issueAt(path, message, atKey));
  const ruleIssues = (checked.issues as (WorkbookIssue | null)[]).flatMap((i) => (i ? [i] : []));
  const issues = sortIssues(dedupe([...reader.issues, ...ruleIssues]));
  if (issues.length > 0) return { doc, issues, kind: 'rules' };
  return { doc: checked.ok ? checked.topicList : doc, issues };
}

/** The workbook, or why the bytes are not one. */
async function load(data: Buffer): Promise<ExcelJS.Workbook | string> {
  const notWorkbook = 'not an Excel workbook (.xlsx)';
  const names: string[] = [];
  let unpacked = 0;
  try {
    // Only the zip's directory is read here (nothing is unpacked) to check what it holds.
    unzipSync(data, {
      filter: (file) => {
        names.push(file.name);
        unpacked += file.originalSize;
        return false;
      },
    });
  } catch {
    return `${notWorkbook}: the file is not a zip archive`;
  }
  if (!names.includes('xl/workbook.xml')) return `${notWorkbook}: the archive has no xl/workbook.xml`;
  if (unpacked > MAX_UNPACKED) return `the workbook unpacks to more than ${MAX_UNPACKED / 1024 / 1024} MiB`;
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
    return workbook;
  } catch (err) {
    return `${notWorkbook}: ${(err as Error).message}`;
  }
}

class Reader {
  readonly issues: WorkbookIssue[] = [];
  private readonly places = new Map<string, Place>();
  private readonly keyPlaces = new Map<string, Place>();
  /** Paths whose problem is said another way already: a missing sheet or column, a cell that is not a number. */
  private readonly silenced = new Set<string>();
  private readonly sheets = new Map<SheetName, Sheet>();
  /** Ids of topics and items whose own row was refused: rows naming them say nothing more. */
  private readonly refusedTopics = new Set<string>();
  private readonly refusedItems = new Set<string>();

  assemble(workbook: ExcelJS.Workbook): Obj {
    for (const ws of workbook.worksheets) this.readSheet(ws);
    for (const name of REQUIRED_SHEETS) {
      if (!this.sheets.has(name)) this.issues.push({ path: '', sheet: name, message: `missing sheet "${name}"` });
    }
    const settings = this.rowsOf('settings');
    for (const extra of settings.slice(1)) this.problem('settings', extra.n, 1, 'the settings are one row; this row is one too many');
    const row = settings[0] ?? { n: 2, cells: new Map() };
    this.place([], 'settings', row, 'id');
    const doc: Obj = {};
    this.field(doc, [], 'settings', row, 'id');
    this.field(doc, [], 'settings', row, 'title');
    this.field(doc, [], 'settings', row, 'description');
    this.field(doc, [], 'settings', row, 'languages');
    const scales = this.scales();
    if (scales) doc.scales = scales;
    const dimensions = this.rowsOf('dimensions').map((r, i) => this.object(['dimensions', i], 'dimensions', r, ['id', 'label', 'description']));
    if (dimensions.length > 0) doc.dimensions = dimensions;
    doc.levels = this.levels();
    return doc;
  }

  /** A problem of the rules, placed at the cell that holds it. */
  issueAt(path: RulePath, message: string, atKey = false): WorkbookIssue | null {
    const key = JSON.stringify(path);
    if (this.silenced.has(key)) return null;
    let place = atKey ? this.keyPlaces.get(key) : undefined;
    for (let n = path.length; !place && n >= 0; n--) place = this.places.get(JSON.stringify(path.slice(0, n)));
    return { path: formatPath(path), ...where(place ?? { sheet: 'settings', row: 2, column: 1 }), message };
  }

  private readSheet(ws: ExcelJS.Worksheet) {
    const name = ws.name as SheetName;
    const rows: Row[] = [];
    ws.eachRow({ includeEmpty: false }, (r, n) => {
      const cells = new Map<number, Raw>();
      r.eachCell({ includeEmpty: false }, (cell, column) => {
        if (cell.isMerged && cell.master !== cell) return;
        const value = cellValue(cell.value);
        if (value !== undefined) cells.set(column, value);
      });
      if (cells.size > 0) rows.push({ n, cells });
    });
    if (!SHEETS.includes(name)) {
      // An empty extra sheet (such as a new workbook's "Sheet1") holds nothing to lose.
      if (rows.length > 0) this.issues.push({ path: '', sheet: ws.name, message: `unknown sheet "${ws.name}" (known: ${SHEETS.join(', ')})` });
      return;
    }
    if (this.sheets.has(name)) return;
    const header = rows[0]?.n === 1 ? rows.shift()! : { n: 1, cells: new Map<number, Raw>() };
    this.sheets.set(name, { name, columns: this.readHeader(name, header, rows), rows });
  }

  private readHeader(name: SheetName, header: Row, rows: Row[]): Map<number, HeaderColumn> {
    const columns = new Map<number, HeaderColumn>();
    const seen = new Map<string, number>();
    for (const [column, raw] of header.cells) {
      const text = String(raw);
      const parsed = parseHeader(name, text);
      if (!parsed) this.problem(name, 1, column, `unknown column "${text}" (known: ${knownHeaders(name).join(', ')})`);
      else if (seen.has(text)) this.problem(name, 1, column, `duplicate column "${text}" (also column ${columnLetter(seen.get(text)!)})`);
      else columns.set(column, parsed);
      seen.set(text, seen.get(text) ?? column);
    }
    const unnamed = new Set(rows.flatMap((r) => [...r.cells.keys()].filter((c) => !header.cells.has(c))));
    for (const column of [...unnamed].sort((a, b) => a - b)) this.problem(name, 1, column, `column ${columnLetter(column)} has values but no header`);
    // The settings are one row even when it is empty; other sheets only need columns for rows.
    if (rows.length > 0 || name === 'settings') {
      const present = new Set([...columns.values()].map((c) => c.spec.name));
      for (const spec of COLUMNS[name]) {
        if (spec.required && !present.has(spec.name)) {
          const example = spec.kind === 'label' ? ` (or one per language, such as "${spec.name}::nl")` : '';
          this.issues.push({ path: '', sheet: name, line: 1, message: `missing column "${spec.name}"${example}` });
        }
      }
    }
    return columns;
  }

  private rowsOf = (name: SheetName) => this.sheets.get(name)?.rows ?? [];

  private scales(): Obj | undefined {
    const rows = this.rowsOf('scales');
    if (rows.length === 0 && this.rowsOf('scale_labels').length === 0) return undefined;
    const byId = new Map<string, { row: Row; labels: Obj }>();
    for (const row of rows) {
      const id = this.text('scales', row, 'id');
      const column = this.columnOf('scales', 'id');
      if (id === undefined) {
        if (column !== undefined) this.problem('scales', row.n, column, '"id" is required');
      } else if (byId.has(id)) {
        this.problem('scales', row.n, column!, `duplicate scale id "${id}" (first in row ${byId.get(id)!.row.n})`);
      } else byId.set(id, { row, labels: {} });
    }
    const points = new Map<string, number>();
    for (const row of this.rowsOf('scale_labels')) {
      const scale = this.reference('scale_labels', row, 'scale', 'scale', byId, 'scales');
      if (!scale) continue;
      const point = this.text('scale_labels', row, 'point');
      const pointColumn = this.columnOf('scale_labels', 'point') ?? 1;
      if (point === undefined) {
        this.problem('scale_labels', row.n, pointColumn, '"point" is required');
        continue;
      }
      const seen = points.get(`${scale.id}\u0000${point}`);
      if (seen) {
        this.problem('scale_labels', row.n, pointColumn, `duplicate point ${point} of scale "${scale.id}" (first in row ${seen})`);
        continue;
      }
      points.set(`${scale.id}\u0000${point}`, row.n);
      const path = ['scales', scale.id, 'labels', point];
      this.keyPlaces.set(JSON.stringify(path), { sheet: 'scale_labels', row: row.n, column: pointColumn });
      if (Object.keys(scale.value.labels).length === 0) this.place(['scales', scale.id, 'labels'], 'scale_labels', row, 'scale');
      const label = this.label('scale_labels', row, 'label', path);
      if (label !== undefined) scale.value.labels[point] = label;
    }
    const scales: Obj = {};
    for (const [id, { row, labels }] of byId) {
      const scale = this.object(['scales', id], 'scales', row, ['min', 'max', 'label']);
      if (Object.keys(labels).length > 0) scale.labels = labels;
      this.field(scale, ['scales', id], 'scales', row, 'allow');
      scales[id] = scale;
    }
    return scales;
  }

  private levels(): Obj[] {
    const levels: Obj[] = [];
    const levelById = new Map<string, Obj>();
    const levelIndex = new Map<Obj, number>();
    this.place(['levels'], 'levels', { n: 2, cells: new Map() }, 'id');
    if (!this.sheets.has('levels')) this.silenced.add(JSON.stringify(['levels']));
    for (const row of this.rowsOf('levels')) {
      const path = ['levels', levels.length];
      const level = this.object(path, 'levels', row, ['id', 'label', 'description']);
      level.topics = [];
      if (!this.sheets.has('topics')) this.silenced.add(JSON.stringify([...path, 'topics']));
      if (typeof level.id === 'string' && !levelById.has(level.id)) levelById.set(level.id, level);
      levelIndex.set(level, levels.length);
      levels.push(level);
    }
    const topicByKey = new Map<string, { level: Obj; topic: Obj; path: RulePath }>();
    for (const row of this.rowsOf('topics')) {
      const found = this.reference('topics', row, 'level', 'level', levelById, 'levels');
      if (!found) {
        const topicId = this.text('topics', row, 'id');
        if (topicId !== undefined) this.refusedTopics.add(topicId);
        continue;
      }
      const topics = found.value.topics as Obj[];
      const path = ['levels', levelIndex.get(found.value)!, 'topics', topics.length];
      const topic = this.object(path, 'topics', row, ['id', 'label', 'description']);
      topic.items = [];
      if (!this.sheets.has('items')) this.silenced.add(JSON.stringify([...path, 'items']));
      topics.push(topic);
      const key = `${found.id}\u0000${String(topic.id)}`;
      if (typeof topic.id === 'string' && !topicByKey.has(key)) topicByKey.set(key, { level: found.value, topic, path });
    }
    this.items(levelById, topicByKey);
    return levels;
  }

  private items(levelById: Map<string, Obj>, topicByKey: Map<string, { topic: Obj; path: RulePath }>) {
    const itemById = new Map<string, { item: Obj; path: RulePath }>();
    const pending: { item: Obj; path: RulePath; row: Row }[] = [];
    for (const row of this.rowsOf('items')) {
      const level = this.reference('items', row, 'level', 'level', levelById, 'levels');
      const topicId = this.text('items', row, 'topic');
      const topicColumn = this.columnOf('items', 'topic');
      const found = !level || topicId === undefined ? undefined : topicByKey.get(`${level.id}\u0000${topicId}`);
      if (!found) {
        const itemId = this.text('items', row, 'id');
        if (itemId !== undefined) this.refusedItems.add(itemId);
        const quiet = !level || topicColumn === undefined || !this.sheets.has('topics') || this.refusedTopics.has(topicId!);
        if (quiet) continue;
        const known = [...topicByKey.keys()].filter((k) => k.startsWith(`${level.id}\u0000`)).map((k) => k.split('\u0000')[1]!);
        this.problem('items', row.n, topicColumn!, topicId === undefined ? '"topic" is required' : `level "${level.id}" has no topic "${topicId}"${knownList(known)}`);
        continue;
      }
      const items = found.topic.items as Obj[];
      const path = [...found.path, 'items', items.length];
      const item = this.object(path, 'items', row, ['id', 'type', 'prompt', 'hint']);
      items.push(item);
      pending.push({ item, path, row });
      if (typeof item.id === 'string' && !itemById.has(item.id)) itemById.set(item.id, { item, path });
    }
    const probes = this.attached('probes', itemById, (row, path) => this.label('probes', row, 'label', path));
    const options = this.attached('options', itemById, (row, path) => this.object(path, 'options', row, ['id', 'label']));
    // The rest is added in the format's key order, so a stored version reads like a file.
    for (const { item, path, row } of pending) {
      if (probes.has(item)) item.probes = probes.get(item);
      for (const field of ['scale', 'dimension'] as const) this.field(item, path, 'items', row, field);
      if (options.has(item)) item.options = options.get(item);
      for (const field of ['min', 'max'] as const) this.field(item, path, 'items', row, field);
    }
  }

  /** The rows of `options` or `probes`, gathered per item they name, in order. */
  private attached(sheet: 'options' | 'probes', itemById: Map<string, { item: Obj; path: RulePath }>, read: (row: Row, path: RulePath) => unknown) {
    const byItem = new Map<Obj, unknown[]>();
    for (const row of this.rowsOf(sheet)) {
      const found = this.reference(sheet, row, 'item', 'item', itemById, 'items', this.refusedItems);
      if (!found) continue;
      const list = byItem.get(found.value.item) ?? [];
      if (list.length === 0) this.place([...found.value.path, sheet], sheet, row, 'item');
      const value = read(row, [...found.value.path, sheet, list.length]);
      list.push(value);
      byItem.set(found.value.item, list);
    }
    return byItem;
  }

  /**
   * The thing a row names in `field` (its level, item or scale, declared in sheet `from`), or
   * a problem; none when `from` is missing or the thing's own row was refused (said already).
   */
  private reference<T>(
    sheet: SheetName,
    row: Row,
    field: string,
    what: string,
    known: Map<string, T>,
    from: SheetName,
    refused?: Set<string>,
  ): { id: string; value: T } | undefined {
    const id = this.text(sheet, row, field);
    const column = this.columnOf(sheet, field);
    if (column === undefined) return undefined;
    if (id === undefined) {
      this.problem(sheet, row.n, column, `"${field}" is required`);
      return undefined;
    }
    const value = known.get(id);
    if (value === undefined) {
      if (this.sheets.has(from) && !refused?.has(id)) this.problem(sheet, row.n, column, `unknown ${what} "${id}"${knownList([...known.keys()])}`);
      return undefined;
    }
    return { id, value };
  }

  /** An object of the row's fields, every field placed at its cell. */
  private object(path: RulePath, sheet: SheetName, row: Row, fields: string[]): Obj {
    this.place(path, sheet, row, fields[0]!);
    const out: Obj = {};
    for (const field of fields) this.field(out, path, sheet, row, field);
    return out;
  }

  private field(out: Obj, path: RulePath, sheet: SheetName, row: Row, field: string) {
    const spec = COLUMNS[sheet].find((c) => c.name === field)!;
    const at = [...path, field];
    this.place(at, sheet, row, field);
    if (spec.required && this.columnOf(sheet, field) === undefined) this.silenced.add(JSON.stringify(at));
    const value = this.value(sheet, row, spec, at);
    if (value !== undefined) out[field] = value;
  }

  private value(sheet: SheetName, row: Row, spec: ColumnSpec, path: RulePath): unknown {
    switch (spec.kind) {
      case 'label':
        return this.label(sheet, row, spec.name, path);
      case 'list': {
        const text = this.text(sheet, row, spec.name);
        const list = text?.split(',').map((s) => s.trim()).filter(Boolean);
        if (list) list.forEach((_, i) => this.place([...path, i], sheet, row, spec.name));
        return list?.length ? list : undefined;
      }
      case 'number':
        return this.number(sheet, row, spec.name, path);
      default:
        return this.text(sheet, row, spec.name);
    }
  }

  /** A label: the bare column's text, or a map of the language columns' texts. */
  private label(sheet: SheetName, row: Row, field: string, path: RulePath): Label | undefined {
    let bare: string | undefined;
    const map: Record<string, string> = {};
    let first: number | undefined;
    let bareColumn: number | undefined;
    for (const [column, header] of this.sheets.get(sheet)?.columns ?? []) {
      if (header.spec.name !== field) continue;
      const raw = row.cells.get(column);
      const text = raw === undefined ? undefined : String(raw);
      if (header.language === undefined) {
        bare = text;
        bareColumn = column;
      } else {
        this.places.set(JSON.stringify([...path, header.language]), { sheet, row: row.n, column });
        this.keyPlaces.set(JSON.stringify([...path, header.language]), { sheet, row: row.n, column });
        if (text !== undefined) map[header.language] = text;
        if (text !== undefined) first ??= column;
      }
    }
    const languages = Object.keys(map);
    // Placed at the cell the label is read from: its first language, else the bare column.
    const column = (languages.length > 0 ? first : bareColumn) ?? this.columnOf(sheet, field) ?? this.columnOf(sheet, 'id');
    this.places.set(JSON.stringify(path), { sheet, row: row.n, column });
    if (bare !== undefined && languages.length > 0) {
      this.problem(sheet, row.n, bareColumn!, `"${field}" is one text or texts per language ("${field}::${languages[0]}"), not both`);
    }
    return languages.length > 0 ? map : bare;
  }

  private text(sheet: SheetName, row: Row, field: string): string | undefined {
    const column = this.columnOf(sheet, field);
    const raw = column === undefined ? undefined : row.cells.get(column);
    return raw === undefined ? undefined : String(raw);
  }

  private number(sheet: SheetName, row: Row, field: string, path: RulePath): number | undefined {
    const column = this.columnOf(sheet, field);
    const raw = column === undefined ? undefined : row.cells.get(column);
    if (raw === undefined || typeof raw === 'number') return raw;
    const n = Number(raw.replace(',', '.'));
    if (/^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/.test(raw) && Number.isFinite(n)) return n;
    this.problem(sheet, row.n, column!, `${field} must be a number, not "${raw}"`, path);
    // Said here; the rules would only add that the number is missing.
    this.silenced.add(JSON.stringify(path));
    return undefined;
  }

  /** The first column of a field (the bare one of a label comes first when there is one). */
  private columnOf(sheet: SheetName, field: string): number | undefined {
    let found: number | undefined;
    for (const [column, header] of this.sheets.get(sheet)?.columns ?? []) {
      if (header.spec.name !== field) continue;
      if (header.language === undefined) return column;
      found ??= column;
    }
    return found;
  }

  private place(path: RulePath, sheet: SheetName, row: Row, field: string) {
    this.places.set(JSON.stringify(path), { sheet, row: row.n, column: this.columnOf(sheet, field) ?? this.columnOf(sheet, 'id') });
  }

  private problem(sheet: string, row: number, column: number, message: string, path: RulePath = []) {
    this.issues.push({ path: path.length ? formatPath(path) : '', ...where({ sheet: sheet as SheetName, row, column }), message });
  }
}

function where(place: Place) {
  const { sheet, row, column } = place;
  return column === undefined ? { sheet, line: row } : { sheet, cell: `${columnLetter(column)}${row}`, line: row, column };
}

/** A cell's content as text or number; formulas by their result, rich text as plain text. */
function cellValue(value: ExcelJS.CellValue): Raw | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return cellValue(value.richText.map((r) => r.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return cellValue((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('hyperlink' in value) return cellValue(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return undefined;
}

const knownList = (ids: string[]) => (ids.length ? ` (known: ${ids.join(', ')})` : ' (none are declared)');

function dedupe(issues: WorkbookIssue[]): WorkbookIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.sheet}\u0000${i.cell}\u0000${i.path}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const sheetOrder = (sheet: string | undefined) => (sheet === undefined ? -1 : SHEETS.includes(sheet as SheetName) ? SHEETS.indexOf(sheet as SheetName) : SHEETS.length);

function sortIssues(issues: WorkbookIssue[]): WorkbookIssue[] {
  return [...issues].sort(
    (a, b) => sheetOrder(a.sheet) - sheetOrder(b.sheet) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}
