// Storage: the tables are the single source of truth; migrations are generated from here.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  doublePrecision,
  foreignKey,
  index,
  integer,
  json,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ROLES } from '../contract/accounts.ts';
import type { TopicList } from '../contract/topiclist.ts';

export interface CodeLists {
  organisation: string[];
  role: string[];
  region: string[];
}

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

// ---- Accounts, sessions, devices ---------------------------------------------------------


const id = () => uuid('id').primaryKey().defaultRandom();
const at = (name: string) => timestamp(name, { withTimezone: true });

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(sql`lower(${t.email})`),
    check('users_role_known', sql`${t.role} in ('lead', 'interviewer', 'analyst')`),
  ],
);

/** A tablet signed in through a pairing code; revoking it ends its sessions. */
export const devices = pgTable('devices', {
  id: id(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  name: text('name').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: createdAt(),
  lastSeenAt: at('last_seen_at'),
  revokedAt: at('revoked_at'),
});

/** Only a hash of the session token is stored: a database dump does not sign anyone in. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    deviceId: uuid('device_id').references(() => devices.id),
    createdAt: createdAt(),
    lastSeenAt: at('last_seen_at').notNull().defaultNow(),
    expiresAt: at('expires_at').notNull(),
    idleSeconds: integer('idle_seconds').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_device_idx').on(t.deviceId)],
);

export const pairingCodes = pgTable('pairing_codes', {
  codeHash: text('code_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  createdBy: uuid('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
  expiresAt: at('expires_at').notNull(),
  usedAt: at('used_at'),
});

export const setupTokens = pgTable('setup_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  createdAt: createdAt(),
  expiresAt: at('expires_at').notNull(),
  usedAt: at('used_at'),
});

// ---- Studies ------------------------------------------------------------------------------

export const studies = pgTable(
  'studies',
  {
    id: id(),
    name: text('name').notNull(),
    topiclistId: text('topiclist_id').notNull(),
    topiclistVersion: integer('topiclist_version').notNull(),
    /** Groups smaller than this are suppressed in aggregated results. */
    minGroupSize: integer('min_group_size').notNull().default(5),
    codeLists: jsonb('code_lists').$type<CodeLists>().notNull().default({ organisation: [], role: [], region: [] }),
    nextRespondentNo: integer('next_respondent_no').notNull().default(1),
    nextPairNo: integer('next_pair_no').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.topiclistId, t.topiclistVersion], foreignColumns: [topiclistVersions.topiclistId, topiclistVersions.version] }),
    check('studies_min_group_size', sql`${t.minGroupSize} >= 1`),
  ],
);

export const studyMembers = pgTable(
  'study_members',
  {
    studyId: uuid('study_id')
      .notNull()
      .references(() => studies.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    addedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.studyId, t.userId] }), index('study_members_user_idx').on(t.userId)],
);

/** Two interviewers who conduct interviews together; exported only by their code. */
export const pairs = pgTable(
  'pairs',
  {
    id: id(),
    studyId: uuid('study_id')
      .notNull()
      .references(() => studies.id),
    code: text('code').notNull(),
    interviewerA: uuid('interviewer_a')
      .notNull()
      .references(() => users.id),
    interviewerB: uuid('interviewer_b')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [unique('pairs_code_unique').on(t.studyId, t.code), check('pairs_two_people', sql`${t.interviewerA} <> ${t.interviewerB}`)],
);

export const respondents = pgTable(
  'respondents',
  {
    id: id(),
    studyId: uuid('study_id')
      .notNull()
      .references(() => studies.id),
    /** The pseudonym (R001, R002, ... per study): the only name a respondent has outside. */
    code: text('code').notNull(),
    organisation: text('organisation').notNull(),
    role: text('role').notNull(),
    region: text('region').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [unique('respondents_code_unique').on(t.studyId, t.code), index('respondents_study_idx').on(t.studyId)],
);

/** The key linking a code to a person: encrypted (AES-256-GCM), read only by the lead. */
export const respondentIdentities = pgTable('respondent_identities', {
  respondentId: uuid('respondent_id')
    .primaryKey()
    .references(() => respondents.id),
  keyId: text('key_id').notNull(),
  iv: text('iv').notNull(),
  ciphertext: text('ciphertext').notNull(),
  tag: text('tag').notNull(),
  updatedAt: createdAt(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

// ---- Audit --------------------------------------------------------------------------------

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id),
    action: text('action').notNull(),
    studyId: uuid('study_id'),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ip: text('ip'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_action_target_idx').on(t.action, t.targetId, t.at),
    index('audit_log_actor_idx').on(t.actorId, t.at),
  ],
);

// ---- Interviews and answers ---------------------------------------------------------------

export const INTERVIEW_STATUSES = ['planned', 'in_progress', 'completed', 'approved', 'has_issues'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

export const interviews = pgTable(
  'interviews',
  {
    id: id(),
    studyId: uuid('study_id')
      .notNull()
      .references(() => studies.id),
    respondentId: uuid('respondent_id')
      .notNull()
      .references(() => respondents.id),
    topiclistId: text('topiclist_id').notNull(),
    topiclistVersion: integer('topiclist_version').notNull(),
    pairId: uuid('pair_id').references(() => pairs.id),
    /** Sealed like an identity: a dossier number identifies a case. Never exported. */
    dossier: jsonb('dossier').$type<{ keyId: string; iv: string; ciphertext: string; tag: string }>(),
    status: text('status', { enum: INTERVIEW_STATUSES }).notNull().default('planned'),
    statusComment: text('status_comment'),
    consentGiven: boolean('consent_given'),
    consentVersion: text('consent_version'),
    consentAt: at('consent_at'),
    consentBy: uuid('consent_by').references(() => users.id),
    /** Last live event number of this interview; events are numbered per interview. */
    eventSeq: bigint('event_seq', { mode: 'number' }).notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.topiclistId, t.topiclistVersion], foreignColumns: [topiclistVersions.topiclistId, topiclistVersions.version] }),
    check('interviews_status_known', sql`${t.status} in ('planned', 'in_progress', 'completed', 'approved', 'has_issues')`),
    index('interviews_study_idx').on(t.studyId),
    index('interviews_respondent_idx').on(t.respondentId),
  ],
);

export const interviewInterviewers = pgTable(
  'interview_interviewers',
  {
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.interviewId, t.userId] }), index('interview_interviewers_user_idx').on(t.userId)],
);

/** The current answer per item; every change is also in answer_history. */
export const answers = pgTable(
  'answers',
  {
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id),
    itemId: text('item_id').notNull(),
    value: jsonb('value'),
    note: text('note'),
    revision: integer('revision').notNull(),
    updatedAt: at('updated_at').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    /** The value as a number when it is one: matrices aggregate this, not the JSON. */
    score: doublePrecision('score').generatedAlwaysAs(sql`case when jsonb_typeof(value) = 'number' then (value #>> '{}')::float8 end`),
    /** 'na' or 'dk' when the answer is one of those specials. */
    special: text('special').generatedAlwaysAs(sql`case when value in ('"na"'::jsonb, '"dk"'::jsonb) then value #>> '{}' end`),
  },
  (t) => [primaryKey({ columns: [t.interviewId, t.itemId] })],
);

/** The interview's audit trail; op_id makes every client operation apply at most once. */
export const answerHistory = pgTable(
  'answer_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    interviewId: uuid('interview_id').notNull(),
    itemId: text('item_id').notNull(),
    opId: text('op_id').notNull(),
    value: jsonb('value'),
    note: text('note'),
    revision: integer('revision').notNull(),
    changedAt: at('changed_at').notNull(),
    changedBy: uuid('changed_by'),
  },
  (t) => [uniqueIndex('answer_history_op_unique').on(t.interviewId, t.opId), index('answer_history_item_idx').on(t.interviewId, t.itemId)],
);

export const interviewEvents = pgTable(
  'interview_events',
  {
    interviewId: uuid('interview_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    actorId: uuid('actor_id'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.interviewId, t.seq] })],
);

export const topicTimings = pgTable(
  'topic_timings',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id),
    topicId: text('topic_id').notNull(),
    userId: uuid('user_id').references(() => users.id),
    openedAt: at('opened_at').notNull(),
    closedAt: at('closed_at').notNull(),
  },
  (t) => [index('topic_timings_interview_idx').on(t.interviewId), check('topic_timings_order', sql`${t.closedAt} >= ${t.openedAt}`)],
);

// ---- Exports ------------------------------------------------------------------------------

export const REDACTION_CATEGORIES = ['persoon', 'plaats', 'organisatie', 'overig'] as const;

/** Names and places the lead wants out of every export of a study's free text. */
export const redactionTerms = pgTable(
  'redaction_terms',
  {
    id: id(),
    studyId: uuid('study_id')
      .notNull()
      .references(() => studies.id),
    term: text('term').notNull(),
    category: text('category', { enum: REDACTION_CATEGORIES }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('redaction_terms_unique').on(t.studyId, sql`lower(${t.term})`),
    check('redaction_terms_category', sql`${t.category} in ('persoon', 'plaats', 'organisatie', 'overig')`),
  ],
);

// ---- Topic list drafts ---------------------------------------------------------------------

/**
 * A topic list being designed in the browser. The content may break the format's rules
 * while it is edited; publishing checks it and stores it as the next immutable version.
 */
export const topiclistDrafts = pgTable(
  'topiclist_drafts',
  {
    id: id(),
    /** The version the draft started from (a copy), or null for a new list. */
    baseTopiclistId: text('base_topiclist_id'),
    baseVersion: integer('base_version'),
    content: jsonb('content').$type<unknown>().notNull(),
    /** Bumped by every save: a save based on an older revision is refused, never merged. */
    revision: integer('revision').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'topiclist_drafts_base_fk', columns: [t.baseTopiclistId, t.baseVersion], foreignColumns: [topiclistVersions.topiclistId, topiclistVersions.version] }),
    index('topiclist_drafts_updated_idx').on(t.updatedAt),
  ],
);
