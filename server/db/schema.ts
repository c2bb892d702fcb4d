// Storage: the tables are the single source of truth; migrations are generated from here.
import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, json, pgTable, primaryKey, text, timestamp, unique } from 'drizzle-orm/pg-core';
import type { TopicList } from '../contract/topiclist.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const topiclists = pgTable('topiclists', {
  id: text('id').primaryKey(),
  latestVersion: integer('latest_version').notNull(),
  createdAt: createdAt(),
});

/** Immutable: a database trigger refuses UPDATE and DELETE (see the migrations). */
export const topiclistVersions = pgTable(
  'topiclist_versions',
  {
    topiclistId: text('topiclist_id')
      .notNull()
      .references(() => topiclists.id),
    version: integer('version').notNull(),
    // json, not jsonb: keeps the file's key order, so a version reads back as it was written.
    content: json('content').$type<TopicList>().notNull(),
    contentHash: text('content_hash').notNull(),
    source: text('source').notNull(),
    sourceFormat: text('source_format', { enum: ['yaml', 'json'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.topiclistId, t.version] }),
    unique('topiclist_versions_content_unique').on(t.topiclistId, t.contentHash),
    check('topiclist_versions_version_positive', sql`${t.version} > 0`),
  ],
);

/**
 * One row per item of a version, so answers can be validated and matrices compiled in SQL
 * without unpacking the document.
 */
export const topiclistItems = pgTable(
  'topiclist_items',
  {
    topiclistId: text('topiclist_id').notNull(),
    version: integer('version').notNull(),
    itemId: text('item_id').notNull(),
    levelId: text('level_id').notNull(),
    topicId: text('topic_id').notNull(),
    position: integer('position').notNull(),
    type: text('type').notNull(),
    scaleId: text('scale_id'),
    scaleMin: integer('scale_min'),
    scaleMax: integer('scale_max'),
    dimensionId: text('dimension_id'),
  },
  (t) => [
    primaryKey({ columns: [t.topiclistId, t.version, t.itemId] }),
    foreignKey({ columns: [t.topiclistId, t.version], foreignColumns: [topiclistVersions.topiclistId, topiclistVersions.version] }),
    index('topiclist_items_dimension_idx').on(t.topiclistId, t.version, t.dimensionId),
  ],
);
