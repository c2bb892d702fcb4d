// Reads a topic list file (YAML or JSON) and checks it against the one format schema,
// reporting every problem with its path and its line and column in the file.
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { checkTopicListDoc } from '../contract/topiclist-check.ts';
import { formatPath, type RulePath, type TopicList } from '../contract/topiclist.ts';
import type { ErrorIssue } from '../errors.ts';

export type SourceFormat = 'yaml' | 'json';

export type ParseResult =
  | { ok: true; topicList: TopicList }
  | { ok: false; kind: 'syntax' | 'rules'; issues: ErrorIssue[] };

/** The largest alias expansion a YAML file may use (guards against "billion laughs"). */
const MAX_ALIAS_COUNT = 100;

export function parseTopicList(text: string, format: SourceFormat): ParseResult {
  const lineCounter = new LineCounter();
  const position = (offset: number | undefined) => {
    if (offset === undefined) return {};
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  let data: unknown;
  if (format === 'json') {
    try {
      data = JSON.parse(text);
    } catch (err) {
      lineCounter.addNewLine(0);
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
      return { ok: false, kind: 'syntax', issues: jsonSyntaxIssues(text, err as Error, position) };
    }
  }

  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (format === 'yaml') {
    if (doc.errors.length > 0) {
      const issues = doc.errors.map((e) => ({ path: '', ...position(e.pos[0]), message: e.message.split('\n')[0] ?? e.message }));
      return { ok: false, kind: 'syntax', issues };
    }
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      return { ok: false, kind: 'syntax', issues: [{ path: '', message: (err as Error).message }] };
    }
  }
  // For JSON the YAML reading only serves positions; a JSON text YAML cannot read gets none.
  const root = doc.errors.length === 0 ? (doc.contents as Node | null) : null;

  const located = (path: RulePath, message: string, atKey = false): ErrorIssue => ({
    path: formatPath(path),
    ...position(locate(root, path, atKey)),
    message,
  });

  const checked = checkTopicListDoc(data, located);
  if (!checked.ok) return { ok: false, kind: 'rules', issues: sortIssues(dedupe(checked.issues)) };
  return { ok: true, topicList: checked.topicList };
}

/**
 * The source offset of the node at `path`: for a key the file lacks, its parent; with
 * `atKey`, the key rather than its value (an unknown key is pointed at by its name).
 */
function locate(root: Node | null, path: RulePath, atKey = false): number | undefined {
  let node: unknown = root;
  let offset = rangeStart(root);
  for (const [i, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(segment));
      if (!pair) return offset;
      offset = rangeStart(pair.key) ?? offset;
      if ((atKey && i === path.length - 1) || !isNodeWithRange(pair.value)) return offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && isNodeWithRange(node.items[segment])) {
      node = node.items[segment];
    } else {
      return offset;
    }
    offset = rangeStart(node) ?? offset;
  }
  return offset;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function isNodeWithRange(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && 'range' in v && Array.isArray((v as Node).range);
}

function rangeStart(node: unknown): number | undefined {
  return isNodeWithRange(node) ? node.range?.[0] : undefined;
}

/**
 * Where a JSON text breaks, with line and column: JSON.parse only says that it does, and
 * not on every Node version where.
 */
function jsonSyntaxIssues(text: string, err: Error, position: (offset: number) => { line?: number; column?: number }): ErrorIssue[] {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length === 0) return [{ path: '', message: err.message }];
  return errors.slice(0, 1).map((e) => ({ path: '', ...position(e.offset), message: jsonErrorMessage(printParseErrorCode(e.error)) }));
}

const jsonErrorMessage = (code: string) =>
  code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/^\w/, (c) => c.toUpperCase());

function dedupe(issues: ErrorIssue[]): ErrorIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sortIssues(issues: ErrorIssue[]): ErrorIssue[] {
  return [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** `file:line:column path: message`, the form the command line and logs use. */
export function formatIssue(file: string, issue: ErrorIssue): string {
  const where = issue.line ? `${file}:${issue.line}:${issue.column}` : file;
  return `${where} ${issue.path || '(file)'}: ${issue.message}`;
}
