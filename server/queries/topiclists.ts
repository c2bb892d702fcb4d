// SQL for topic lists and their immutable versions.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { TopicList } from '../contract/topiclist.ts';
import type { Db } from '../db/database.ts';
import { topiclistItems, topiclists, topiclistVersions } from '../db/schema.ts';

export interface VersionEntry {
  id: string;
  version: number;
  title: TopicList['title'];
  languages: string[];
  levelCount: number;
  itemCount: number;
  createdAt: Date;
}

const entryColumns = {
  id: topiclistVersions.topiclistId,
  version: topiclistVersions.version,
  title: sql<TopicList['title']>`${topiclistVersions.content} -> 'title'`,
  languages: sql<string[]>`${topiclistVersions.content} -> 'languages'`,
  levelCount: sql<number>`json_array_length(${topiclistVersions.content} -> 'levels')`.mapWith(Number),
  itemCount: sql<number>`(select count(*) from ${topiclistItems} i
    where i.topiclist_id = "topiclist_versions"."topiclist_id" and i.version = "topiclist_versions"."version")`.mapWith(Number),
  createdAt: topiclistVersions.createdAt,
};

/** Creates the topic list row if needed and locks it; returns its latest version (0: none). */
export async function lockTopicList(tx: Db, id: string): Promise<number> {
  await tx.insert(topiclists).values({ id, latestVersion: 0 }).onConflictDoNothing();
  const [row] = await tx
    .select({ latest: topiclists.latestVersion })
    .from(topiclists)
    .where(eq(topiclists.id, id))
    .for('update');
  return row?.latest ?? 0;
}

export async function getVersionByHash(tx: Db, id: string, contentHash: string): Promise<VersionEntry | undefined> {
  const [row] = await tx
    .select(entryColumns)
    .from(topiclistVersions)
    .where(and(eq(topiclistVersions.topiclistId, id), eq(topiclistVersions.contentHash, contentHash)));
  return row;
}

export interface NewVersion {
  id: string;
  version: number;
  content: TopicList;
  contentHash: string;
  source: string;
  sourceFormat: 'yaml' | 'json';
}

export async function insertVersion(tx: Db, v: NewVersion): Promise<void> {
  await tx.insert(topiclistVersions).values({
    topiclistId: v.id,
    version: v.version,
    content: v.content,
    contentHash: v.contentHash,
    source: v.source,
    sourceFormat: v.sourceFormat,
  });
  const items = flattenItems(v.content).map((item) => ({ topiclistId: v.id, version: v.version, ...item }));
  if (items.length > 0) await tx.insert(topiclistItems).values(items);
  await tx.update(topiclists).set({ latestVersion: v.version }).where(eq(topiclists.id, v.id));
}

function flattenItems(content: TopicList) {
  let position = 0;
  return content.levels.flatMap((level) =>
    level.topics.flatMap((topic) =>
      topic.items.map((item) => {
        const scale = item.scale ? content.scales?.[item.scale] : undefined;
        return {
          itemId: item.id,
          levelId: level.id,
          topicId: topic.id,
          position: position++,
          type: item.type,
          scaleId: item.scale ?? null,
          scaleMin: scale?.min ?? null,
          scaleMax: scale?.max ?? null,
          dimensionId: item.dimension ?? null,
        };
      }),
    ),
  );
}

export async function listLatest(db: Db): Promise<VersionEntry[]> {
  return db
    .select(entryColumns)
    .from(topiclistVersions)
    .innerJoin(
      topiclists,
      and(eq(topiclists.id, topiclistVersions.topiclistId), eq(topiclists.latestVersion, topiclistVersions.version)),
    )
    .orderBy(topiclistVersions.topiclistId);
}

export async function listVersions(db: Db, id: string): Promise<VersionEntry[]> {
  return db
    .select(entryColumns)
    .from(topiclistVersions)
    .where(eq(topiclistVersions.topiclistId, id))
    .orderBy(desc(topiclistVersions.version));
}

/** One version's content; the latest when `version` is left out. */
export async function getContent(
  db: Db,
  id: string,
  version?: number,
): Promise<{ version: number; content: TopicList } | undefined> {
  const [row] = await db
    .select({ version: topiclistVersions.version, content: topiclistVersions.content })
    .from(topiclistVersions)
    .where(and(eq(topiclistVersions.topiclistId, id), version === undefined ? undefined : eq(topiclistVersions.version, version)))
    .orderBy(desc(topiclistVersions.version))
    .limit(1);
  return row;
}

/** One version as it was stored: its content and the text it came from. */
export async function getSource(
  db: Db,
  id: string,
  version: number,
): Promise<{ content: TopicList; source: string; sourceFormat: 'yaml' | 'json' } | undefined> {
  const [row] = await db
    .select({ content: topiclistVersions.content, source: topiclistVersions.source, sourceFormat: topiclistVersions.sourceFormat })
    .from(topiclistVersions)
    .where(and(eq(topiclistVersions.topiclistId, id), eq(topiclistVersions.version, version)));
  return row;
}

export async function topicListExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: topiclists.id }).from(topiclists).where(eq(topiclists.id, id));
  return row !== undefined;
}
