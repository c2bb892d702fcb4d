// Topic lists: validation, content-addressed versioning, reading back.
import { createHash } from 'node:crypto';
import type { TopicList } from '../contract/topiclist.ts';
import type { Db } from '../db/database.ts';
import { errors } from '../errors.ts';
import * as q from '../queries/topiclists.ts';
import { parseTopicList, type SourceFormat } from '../topiclist/parse.ts';

export type StoreResult = { created: boolean; entry: q.VersionEntry };

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
  const content = parsed.topicList;
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
  if (!row) {
    if (version !== undefined && (await q.topicListExists(db, id))) throw errors.topicListVersionNotFound(id, version);
    throw errors.topicListNotFound(id);
  }
  return { ...row.content, version: row.version };
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
