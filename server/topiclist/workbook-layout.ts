// The sheets and columns of a topic list workbook, shared by the writer and the reader so
// the two cannot drift apart. The layout itself is described in workbook.ts.

export const SHEETS = ['settings', 'levels', 'topics', 'items', 'options', 'probes', 'scales', 'scale_labels', 'dimensions'] as const;
export type SheetName = (typeof SHEETS)[number];

/** Without these there is no topic list; the others may be left out when empty. */
export const REQUIRED_SHEETS: readonly SheetName[] = ['settings', 'levels', 'topics', 'items'];

/** `text`: one cell; `number`: a number cell; `list`: comma-separated; `label`: a label, bare or per language. */
export type ColumnKind = 'text' | 'number' | 'list' | 'label';
export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  required?: boolean;
}

const text = (name: string, required = false): ColumnSpec => ({ name, kind: 'text', required });
const label = (name: string, required = false): ColumnSpec => ({ name, kind: 'label', required });
const number = (name: string, required = false): ColumnSpec => ({ name, kind: 'number', required });
const list = (name: string, required = false): ColumnSpec => ({ name, kind: 'list', required });

export const COLUMNS: Record<SheetName, readonly ColumnSpec[]> = {
  settings: [text('id', true), label('title', true), label('description'), list('languages', true)],
  levels: [text('id', true), label('label', true), label('description')],
  topics: [text('level', true), text('id', true), label('label', true), label('description')],
  items: [
    text('level', true),
    text('topic', true),
    text('id', true),
    text('type', true),
    text('scale'),
    text('dimension'),
    number('min'),
    number('max'),
    label('prompt', true),
    label('hint'),
  ],
  options: [text('item', true), text('id', true), label('label', true)],
  probes: [text('item', true), label('label', true)],
  scales: [text('id', true), number('min', true), number('max', true), list('allow'), label('label')],
  scale_labels: [text('scale', true), text('point', true), label('label', true)],
  dimensions: [text('id', true), label('label', true), label('description')],
};

/** `label::nl`: the text of a label in one language. */
export const LANGUAGE_SEPARATOR = '::';

export interface HeaderColumn {
  spec: ColumnSpec;
  /** The language of a `label::nl` column; absent for a bare column. */
  language?: string;
}

export function parseHeader(sheet: SheetName, header: string): HeaderColumn | undefined {
  const at = header.indexOf(LANGUAGE_SEPARATOR);
  const name = at === -1 ? header : header.slice(0, at);
  const spec = COLUMNS[sheet].find((c) => c.name === name);
  if (!spec) return undefined;
  if (at === -1) return { spec };
  const language = header.slice(at + LANGUAGE_SEPARATOR.length);
  return spec.kind === 'label' && language ? { spec, language } : undefined;
}

/** The headers a sheet knows, for "unknown column" messages. */
export const knownHeaders = (sheet: SheetName) =>
  COLUMNS[sheet].flatMap((c) => (c.kind === 'label' ? [c.name, `${c.name}${LANGUAGE_SEPARATOR}<language>`] : [c.name]));

/** 1 -> A, 27 -> AA */
export function columnLetter(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}
