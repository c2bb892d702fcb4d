// How a record's answers become cells: numeric codes for the wide file (with the missing
// codes of the codebook), readable values for the long file.
import type { Variable } from './codebook.ts';
import { MISSING } from './codebook.ts';
import type { ExportAnswer, ExportRecord } from './dataset.ts';

export type Cell = string | number | null;

/** The fixed variables, in codebook order. */
export const fixedCells = (r: ExportRecord): Cell[] => [r.respondent, r.organisation, r.role, r.region, r.pair, r.period, r.status];

export function wideCell(v: Variable, answer: ExportAnswer | undefined): Cell {
  const from = v.from!;
  if (from.part === 'note') return answer?.note ?? null;
  const value = answer?.value;
  const item = from.item;
  const asked = value !== undefined && value !== null;
  switch (item.type) {
    case 'scale':
      if (!asked) return MISSING.notAsked;
      if (value === 'na') return MISSING.na;
      if (value === 'dk') return MISSING.dk;
      return value as number;
    case 'choice': {
      if (!asked) return MISSING.notAsked;
      const i = (item.options ?? []).findIndex((o) => o.id === value);
      return i >= 0 ? i + 1 : MISSING.notAsked;
    }
    case 'boolean':
      return asked ? (value ? 1 : 0) : MISSING.notAsked;
    case 'multi':
      return asked ? (Array.isArray(value) && value.includes(from.option) ? 1 : 0) : MISSING.notAsked;
    case 'number':
      return asked ? (value as number) : null;
    default:
      return asked ? String(value) : null;
  }
}

/** The value as a reader would write it: option ids, "na"/"dk", joined choices. */
export function longValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join(';');
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value as string | number;
}

export function csvLine(cells: Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

const NEEDS_QUOTES = /[",\r\n]/;
const SPACE = /^\s$/u;
/** White space that trim() would take off an end: such a field is quoted to keep it. */
const trimmable = (c: number) => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCharCode(c)));

export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const s = String(cell);
  if (s === '') return s;
  if (!NEEDS_QUOTES.test(s) && !trimmable(s.charCodeAt(0)) && !trimmable(s.charCodeAt(s.length - 1))) return s;
  return s.includes('"') ? `"${s.replace(/"/g, '""')}"` : `"${s}"`;
}
