// Topic lists: validation, content-addressed versioning, reading back, files to download.
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import type { TopicListDownloadFormat } from '../contract/api.ts';
import type { TopicList } from '../contract/topiclist.ts';
import type { Db } from '../db/database.ts';
import { errors } from '../errors.ts';
import * as q from '../queries/topiclists.ts';
import { parseTopicList, type SourceFormat } from '../topiclist/parse.ts';

export type StoreResult = { created: boolean; entry: q.VersionEntry };
/** What POST /api/topiclists accepts: a file (text) or an Excel workbook (bytes). */
export type UploadFormat = SourceFormat | 'xlsx';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Validates and stores a topic list file. The same content (whatever its formatting or
 * format) returns the existing version; changed content under a known id becomes the next.
 */
export async function storeTopicList(db: Db, source: string, format: SourceFormat): Promise<StoreResult> {
  const parsed = parseTopicList(source, format);
  if (!parsed.ok) {
    throw parsed.kind === 'syntax'
      ? errors.topicListSyntax(format === 'yaml' ? 'YAML' : 'JSON', parsed.issues)
      : errors.topicListInvalid(parsed.issues);
  }
  return storeContent(db, parsed.topicList, source, format);
}

/** A workbook (layout in topiclist/workbook.ts), versioned like a file of the same content. */
export async function storeTopicListWorkbook(db: Db, data: Buffer): Promise<StoreResult> {
  const { readTopicListWorkbook } = await import('../topiclist/workbook.ts'); // exceljs: loaded when first needed
  const read = await readTopicListWorkbook(data);
  if (read.kind === 'syntax') throw errors.topicListSyntax('XLSX', read.issues);
  if (read.kind === 'rules') throw errors.topicListInvalid(read.issues);
  const content = read.doc as TopicList;
  // A workbook is not text; its content is kept as JSON, the form the API reads back.
  return storeContent(db, content, JSON.stringify(content, null, 2), 'json');
}

export function storeUpload(db: Db, body: unknown, format: UploadFormat): Promise<StoreResult> {
  if (format === 'xlsx') return storeTopicListWorkbook(db, Buffer.isBuffer(body) ? body : Buffer.alloc(0));
  return storeTopicList(db, Buffer.isBuffer(body) ? body.toString('utf8') : String(body ?? ''), format);
}

async function storeContent(db: Db, content: TopicList, source: string, format: SourceFormat): Promise<StoreResult> {
  const contentHash = hashContent(content);
  return db.transaction(async (tx) => {
    const latest = await q.lockTopicList(tx, content.id);
    const existing = await q.getVersionByHash(tx, content.id, contentHash);
    if (existing) return { created: false, entry: existing };
    const version = latest + 1;
    await q.insertVersion(tx, { id: content.id, version, content, contentHash, source, sourceFormat: format });
    const entry = await q.getVersionByHash(tx, content.id, contentHash);
    return { created: true, entry: entry! };
  });
}

export const listTopicLists = (db: Db) => q.listLatest(db);

export async function listTopicListVersions(db: Db, id: string) {
  const versions = await q.listVersions(db, id);
  if (versions.length === 0) throw errors.topicListNotFound(id);
  return versions;
}

/** The JSON form of the file plus `version`. */
export async function getTopicList(db: Db, id: string, version?: number): Promise<TopicList & { version: number }> {
  const row = await q.getContent(db, id, version);
  if (!row) throw await notFound(db, id, version);
  return { ...row.content, version: row.version };
}

async function notFound(db: Db, id: string, version?: number) {
  if (version !== undefined && (await q.topicListExists(db, id))) return errors.topicListVersionNotFound(id, version);
  return errors.topicListNotFound(id);
}

export interface TopicListFile {
  filename: string;
  contentType: string;
  body: string | Buffer;
}

/**
 * One version as a file that POST /api/topiclists takes back as the same version: a version
 * that came as YAML is given as it came (comments and all), any other is written out.
 */
export async function downloadTopicList(db: Db, id: string, version: number, format: TopicListDownloadFormat): Promise<TopicListFile> {
  const row = await q.getSource(db, id, version);
  if (!row) throw await notFound(db, id, version);
  const name = `${id}-v${version}`;
  if (format === 'xlsx') {
    const { topicListToWorkbook } = await import('../topiclist/workbook.ts');
    return { filename: `${name}.xlsx`, contentType: XLSX_TYPE, body: await topicListToWorkbook(row.content) };
  }
  const body = row.sourceFormat === 'yaml' ? row.source : `# Topic list "${id}", version ${version}.\n${stringify(row.content)}`;
  return { filename: `${name}.yaml`, contentType: 'application/yaml; charset=utf-8', body };
}

const versionCache = new Map<string, TopicList>();
/** A version's content from memory after the first read: versions never change. */
export async function getTopicListVersionCached(db: Db, id: string, version: number): Promise<TopicList> {
  const key = `${id}@${version}`;
  let content = versionCache.get(key);
  if (!content) {
    const row = await q.getContent(db, id, version);
    if (!row) throw errors.topicListVersionNotFound(id, version);
    content = row.content;
    versionCache.set(key, content);
  }
  return content;
}

/** sha256 of the canonical JSON (keys sorted), so key order and formatting do not count. */
export function hashContent(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
