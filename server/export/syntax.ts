// SPSS syntax and an R script that read the wide CSV and give every variable its label,
// value labels, missing codes and measurement level, from the one codebook.
import type { Variable } from './codebook.ts';
import { codebookCsv, type FormatInput, longTable, recordsZip, wideTable } from './formats.ts';

const spssQuote = (s: string) => `'${s.replace(/'/g, "''").replace(/\s+/g, ' ')}'`;
const MAX_SPSS_STRING = 32767;

function spssSyntax(codebook: Variable[], widths: Map<string, number>, meta: Record<string, unknown>): string {
  const lines: string[] = [];
  lines.push(`* leidraad export: ${String(meta.study).replace(/[\r\n]/g, ' ')} (${String(meta.exported)}).`);
  lines.push('* Reads wide.csv from the same folder: CD to it first, or put the full path in /FILE.');
  lines.push('GET DATA /TYPE=TXT /FILE=\'wide.csv\' /ENCODING=\'UTF8\' /ARRANGEMENT=DELIMITED /DELCASE=LINE');
  lines.push('  /FIRSTCASE=2 /DELIMITERS="," /QUALIFIER=\'"\'');
  lines.push('  /VARIABLES=');
  for (const v of codebook) {
    const format = v.type === 'numeric' ? (v.measure === 'scale' ? 'F12.4' : 'F8.0') : `A${Math.min(MAX_SPSS_STRING, Math.max(1, widths.get(v.name) ?? 1))}`;
    lines.push(`    ${v.name} ${format}`);
  }
  lines.push('.');
  lines.push('VARIABLE LABELS');
  lines.push(codebook.map((v) => `  ${v.name} ${spssQuote(v.label.nl)}`).join('\n') + '.');
  for (const v of codebook.filter((x) => x.values.length || x.missing.length)) {
    const pairs = [...v.values, ...v.missing].map((x) => `  ${x.code} ${spssQuote(x.label.nl)}`).join('\n');
    lines.push(`VALUE LABELS ${v.name}\n${pairs}.`);
  }
  for (const v of codebook.filter((x) => x.missing.length)) lines.push(`MISSING VALUES ${v.name} (${v.missing.map((m) => m.code).join(', ')}).`);
  for (const measure of ['nominal', 'ordinal', 'scale'] as const) {
    const names = codebook.filter((v) => v.measure === measure && (v.type === 'numeric' || measure !== 'scale')).map((v) => v.name);
    if (names.length) lines.push(`VARIABLE LEVEL ${names.join(' ')} (${measure.toUpperCase()}).`);
  }
  lines.push('EXECUTE.');
  return `${lines.join('\n')}\n`;
}

const rString = (s: string) => JSON.stringify(s);

function rScript(codebook: Variable[], meta: Record<string, unknown>): string {
  const out: string[] = [];
  out.push(`# leidraad export: ${String(meta.study).replace(/[\r\n]/g, ' ')} (${String(meta.exported)}).`);
  out.push('# Reads wide.csv and long.csv from the working directory (setwd() to this folder first).');
  out.push('wide <- read.csv("wide.csv", encoding = "UTF-8", stringsAsFactors = FALSE, na.strings = "", check.names = FALSE)');
  out.push('long <- read.csv("long.csv", encoding = "UTF-8", stringsAsFactors = FALSE, na.strings = "")');
  out.push('');
  out.push('# Codes below zero say why a value is missing; they become NA, with the reason beside it.');
  out.push('missing_reason <- function(x, codes, labels) factor(ifelse(x %in% codes, x, NA), levels = codes, labels = labels)');
  for (const v of codebook) {
    const col = `wide[[${rString(v.name)}]]`;
    if (v.missing.length) {
      out.push(`wide[[${rString(`${v.name}_missing`)}]] <- missing_reason(${col}, c(${v.missing.map((m) => m.code).join(', ')}), c(${v.missing.map((m) => rString(m.label.nl)).join(', ')}))`);
      out.push(`${col}[${col} %in% c(${v.missing.map((m) => m.code).join(', ')})] <- NA`);
    }
    if (v.values.length && v.type === 'numeric') {
      const ordered = v.measure === 'ordinal' ? 'TRUE' : 'FALSE';
      out.push(`${col} <- factor(${col}, levels = c(${v.values.map((x) => x.code).join(', ')}), labels = c(${v.values.map((x) => rString(x.label.nl)).join(', ')}), ordered = ${ordered})`);
    } else if (v.type === 'string' && (v.name === 'organisation' || v.name === 'role' || v.name === 'region' || v.name === 'status' || v.name === 'pair')) {
      out.push(`${col} <- factor(${col})`);
    }
    out.push(`attr(${col}, "label") <- ${rString(v.label.nl)}`);
  }
  out.push('');
  out.push('str(wide, list.len = 5)');
  return `${out.join('\n')}\n`;
}

/** A zip of wide.csv, the SPSS syntax that reads it, and codebook.csv. */
export function spssZip(input: FormatInput): AsyncGenerator<Uint8Array> {
  const widths = new Map<string, number>();
  return recordsZip(input, [wideTable(input, widths)], [
    ['leidraad.sps', () => spssSyntax(input.codebook, widths, input.meta)],
    ['codebook.csv', () => codebookCsv(input.codebook)],
  ]);
}

/** A zip of wide.csv, long.csv, the R script that reads them, and codebook.csv. */
export function rZip(input: FormatInput): AsyncGenerator<Uint8Array> {
  return recordsZip(input, [wideTable(input), longTable(input)], [
    ['leidraad.R', () => rScript(input.codebook, input.meta)],
    ['codebook.csv', () => codebookCsv(input.codebook)],
  ]);
}
