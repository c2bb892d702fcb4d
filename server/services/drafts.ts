// Topic list drafts: designed in the browser, saved at every edit whatever state they are
// in, published as the next immutable version through the same path as a posted file.
import { parse as parseYaml } from 'yaml';
import type { CreateDraft, Draft, DraftSummary, SaveDraft } from '../contract/drafts.ts';
import { checkTopicListDoc, type DocIssue } from '../contract/topiclist-check.ts';
import { diffTopicLists, type TopicListChange } from '../contract/topiclist-diff.ts';
import type { TopicList } from '../contract/topiclist.ts';
import type { Db } from '../db/database.ts';
import { errors, type ErrorIssue } from '../errors.ts';
import * as q from '../queries/drafts.ts';
import { parseTopicList, type SourceFormat } from '../topiclist/parse.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { getTopicList, storeTopicList } from './topiclists.ts';

/** What "new topic list" starts from: the two languages and a labelled satisfaction scale. */
export function blankTopicList(id = ''): Record<string, unknown> {
  const point = (nl: string, en: string) => ({ nl, en });
  return {
    id,
    title: { nl: '', en: '' },
    languages: ['nl', 'en'],
    scales: {
      satisfaction: {
        min: 1,
        max: 5,
        label: point('Tevredenheid', 'Satisfaction'),
        labels: {
          1: point('Zeer ontevreden', 'Very dissatisfied'),
          2: point('Ontevreden', 'Dissatisfied'),
          3: point('Neutraal', 'Neutral'),
          4: point('Tevreden', 'Satisfied'),
          5: point('Zeer tevreden', 'Very satisfied'),
        },
        allow: ['na', 'dk'],
      },
    },
    dimensions: [],
    levels: [],
  };
}

const iso = (d: Date) => new Date(d).toISOString();
/** The title if it has the shape of a label (texts may still be empty), else null. */
const titleOf = (content: Record<string, unknown>): DraftSummary['title'] => {
  const t = content.title;
  if (typeof t === 'string') return t;
  if (!isMap(t)) return null;
  return Object.fromEntries(Object.entries(t).filter((e): e is [string, string] => typeof e[1] === 'string'));
};

function summary(row: q.DraftRow, issues: DocIssue[]): DraftSummary {
  return {
    id: row.id,
    topiclistId: typeof row.content.id === 'string' && row.content.id !== '' ? row.content.id : null,
    title: titleOf(row.content),
    base: row.baseTopiclistId && row.baseVersion ? { id: row.baseTopiclistId, version: row.baseVersion } : null,
    latestVersion: row.latestVersion,
    revision: row.revision,
    problems: issues.length,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    updatedBy: row.updatedBy,
  };
}

function toDraft(row: q.DraftRow): Draft {
  const { issues } = checkTopicListDoc(row.content);
  return { ...summary(row, issues), content: row.content, issues };
}

export async function listDrafts(db: Db): Promise<DraftSummary[]> {
  return (await q.listDrafts(db)).map((row) => summary(row, checkTopicListDoc(row.content).issues));
}

export async function getDraft(db: Db, id: string): Promise<Draft> {
  const row = await q.getDraft(db, id);
  if (!row) throw errors.draftNotFound(id);
  return toDraft(row);
}

export async function createDraft(db: Db, actor: Actor, input: CreateDraft): Promise<Draft> {
  if (input.from === 'blank') return insert(db, actor, blankTopicList(input.id), null);
  const { version, ...content } = await getTopicList(db, input.topiclist.id, input.topiclist.version);
  return insert(db, actor, content, { id: content.id, version });
}

/** A draft from an uploaded file: YAML or JSON (kept even when it breaks rules, to mend here), or a workbook. */
export async function importDraft(db: Db, actor: Actor, body: string | Buffer, format: SourceFormat | 'xlsx'): Promise<Draft> {
  if (format === 'xlsx') {
    const { readTopicListWorkbook } = await import('../topiclist/workbook.ts'); // exceljs: loaded when first needed
    const read = await readTopicListWorkbook(Buffer.isBuffer(body) ? body : Buffer.from(body));
    if (read.kind === 'syntax') throw errors.topicListSyntax('XLSX', read.issues);
    if (read.issues.length > 0 || !isMap(read.doc)) throw errors.topicListInvalid(read.issues);
    return insert(db, actor, read.doc, null);
  }
  const text = Buffer.isBuffer(body) ? body.toString('utf8') : body;
  const parsed = parseTopicList(text, format);
  if (parsed.ok) return insert(db, actor, parsed.topicList as Record<string, unknown>, null);
  if (parsed.kind === 'syntax') throw errors.topicListSyntax(format === 'yaml' ? 'YAML' : 'JSON', parsed.issues);
  const raw: unknown = format === 'yaml' ? parseYaml(text, { maxAliasCount: 100 }) : JSON.parse(text);
  if (!isMap(raw)) throw errors.topicListInvalid(parsed.issues);
  return insert(db, actor, raw, null);
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

async function insert(db: Db, actor: Actor, content: Record<string, unknown>, base: { id: string; version: number } | null) {
  const id = await q.insertDraft(db, { content, base, userId: actor.id });
  return getDraft(db, id);
}

/** Autosave: refused (409, with the draft as it stands) when someone saved in between. */
export async function saveDraft(db: Db, actor: Actor, id: string, input: SaveDraft) {
  const revision = await q.updateDraft(db, id, input.content, input.baseRevision, actor.id);
  if (revision === undefined) {
    const current = await q.getDraft(db, id);
    if (!current) throw errors.draftNotFound(id);
    throw errors.draftConflict(toDraft(current));
  }
  const { id: _, revision: __, updatedAt, issues, problems, latestVersion } = await getDraft(db, id);
  return { id, revision, updatedAt, issues, problems, latestVersion };
}

export async function deleteDraft(db: Db, id: string): Promise<void> {
  if (!(await q.deleteDraft(db, id))) throw errors.draftNotFound(id);
}

/** The changes against the latest stored version under the draft's id (none for a new list). */
export async function draftChanges(db: Db, content: TopicList): Promise<{ latest: number | null; changes: TopicListChange[] }> {
  const latest = await getTopicList(db, content.id).catch((err: unknown) => {
    if ((err as { code?: string }).code === 'topiclist.not_found') return null;
    throw err;
  });
  if (!latest) return { latest: null, changes: [] };
  const { version, ...previous } = latest;
  return { latest: version, changes: diffTopicLists(previous, content) };
}

/**
 * Publishing: the draft must pass every rule; changes that break comparison with the
 * latest version need `confirmBreaking`. The version is stored as a posted file would be
 * (identical content gives the existing version) and the draft is gone.
 */
export async function publishDraft(db: Db, actor: Actor, id: string, input: { revision?: number; confirmBreaking?: boolean }) {
  return db.transaction(async (tx) => {
    const row = await q.getDraft(tx, id, { lock: true });
    if (!row) throw errors.draftNotFound(id);
    if (input.revision !== undefined && input.revision !== row.revision) throw errors.draftConflict(toDraft(row));
    const checked = checkTopicListDoc(row.content);
    if (!checked.ok) throw errors.topicListInvalid(checked.issues);
    const { latest, changes } = await draftChanges(tx, checked.topicList);
    const breaking = changes.filter((c) => c.breaking);
    if (breaking.length > 0 && !input.confirmBreaking) throw errors.draftBreakingChanges(breaking.map(changeIssue), breaking);
    const stored = await storeTopicList(tx, JSON.stringify(checked.topicList, null, 2), 'json');
    await q.deleteDraft(tx, id);
    await audit(tx, actor, {
      action: 'topiclist.published',
      targetType: 'topiclist',
      targetId: `${stored.entry.id}@${stored.entry.version}`,
      details: { created: stored.created, previous: latest, breaking: breaking.length, draft: id },
    });
    return stored;
  });
}

function changeIssue(change: TopicListChange): ErrorIssue {
  const c = change as TopicListChange & Record<string, unknown>;
  const where = ['levelId', 'topicId', 'itemId', 'scaleId', 'dimensionId'].map((k) => c[k]).filter((v) => typeof v === 'string');
  return { path: where.join('/') || String(c.kind), message: `${String(c.kind).replace(/[._]/g, ' ')}${where.length ? `: ${where.join(' / ')}` : ''}` };
}
