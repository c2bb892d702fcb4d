// SQL for topic list drafts.
import { and, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db/database.ts';
import { topiclistDrafts, topiclists, users } from '../db/schema.ts';

export interface DraftRow {
  id: string;
  baseTopiclistId: string | null;
  baseVersion: number | null;
  content: Record<string, unknown>;
  revision: number;
  latestVersion: number | null;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: { id: string; name: string } | null;
}

const editor = alias(users, 'editor');
const columns = {
  id: topiclistDrafts.id,
  baseTopiclistId: topiclistDrafts.baseTopiclistId,
  baseVersion: topiclistDrafts.baseVersion,
  content: sql<Record<string, unknown>>`${topiclistDrafts.content}`,
  revision: topiclistDrafts.revision,
  latestVersion: topiclists.latestVersion,
  createdAt: topiclistDrafts.createdAt,
  updatedAt: topiclistDrafts.updatedAt,
  editorId: editor.id,
  editorName: editor.name,
};

type Selected = { editorId: string | null; editorName: string | null } & Omit<DraftRow, 'updatedBy'>;
const toRow = ({ editorId, editorName, ...r }: Selected): DraftRow => ({
  ...r,
  latestVersion: r.latestVersion || null,
  updatedBy: editorId ? { id: editorId, name: editorName ?? '' } : null,
});

function selectDrafts(db: Db) {
  return db
    .select(columns)
    .from(topiclistDrafts)
    .leftJoin(topiclists, sql`${topiclists.id} = ${topiclistDrafts.content} ->> 'id'`)
    .leftJoin(editor, eq(editor.id, topiclistDrafts.updatedBy));
}

export async function listDrafts(db: Db): Promise<DraftRow[]> {
  return (await selectDrafts(db).orderBy(desc(topiclistDrafts.updatedAt))).map(toRow);
}

export async function getDraft(db: Db, id: string, options: { lock?: boolean } = {}): Promise<DraftRow | undefined> {
  if (options.lock) await db.select({ id: topiclistDrafts.id }).from(topiclistDrafts).where(eq(topiclistDrafts.id, id)).for('update');
  const [row] = await selectDrafts(db).where(eq(topiclistDrafts.id, id));
  return row && toRow(row);
}

export interface NewDraft {
  content: Record<string, unknown>;
  base: { id: string; version: number } | null;
  userId: string;
}

export async function insertDraft(db: Db, d: NewDraft): Promise<string> {
  const [row] = await db
    .insert(topiclistDrafts)
    .values({ content: d.content, baseTopiclistId: d.base?.id ?? null, baseVersion: d.base?.version ?? null, createdBy: d.userId, updatedBy: d.userId })
    .returning({ id: topiclistDrafts.id });
  return row!.id;
}

/** Saves the content if the draft is still at `baseRevision`; returns the new revision, or undefined when it is not. */
export async function updateDraft(db: Db, id: string, content: Record<string, unknown>, baseRevision: number, userId: string): Promise<number | undefined> {
  const [row] = await db
    .update(topiclistDrafts)
    .set({ content, revision: sql`${topiclistDrafts.revision} + 1`, updatedBy: userId, updatedAt: sql`now()` })
    .where(and(eq(topiclistDrafts.id, id), eq(topiclistDrafts.revision, baseRevision)))
    .returning({ revision: topiclistDrafts.revision });
  return row?.revision;
}

export async function deleteDraft(db: Db, id: string): Promise<boolean> {
  const rows = await db.delete(topiclistDrafts).where(eq(topiclistDrafts.id, id)).returning({ id: topiclistDrafts.id });
  return rows.length > 0;
}
