// SQL for exports: interviews with their answers a batch at a time (flat memory whatever
// the study size) and the terms that anonymisation must find.
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { and, asc, desc, eq, or, type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { type Db, queryRows } from '../db/database.ts';
import { interviews, redactionTerms, respondentIdentities, respondents, studyMembers, users } from '../db/schema.ts';

/** An interview as an export reads it: only what may leave, the month already cut from its date. */
export interface ExportInterviewRow {
  id: string;
  respondent: string;
  organisation: string;
  role: string;
  region: string;
  pair: string | null;
  /** The ids of its interviewers, sorted and joined by "+", when it has no pair. */
  interviewers: string | null;
  status: string;
  /** YYYY-MM of the consent (or of planning), in UTC. */
  month: string;
  /** Its answers as three arrays in one order (no particular one): item ids, values, notes. */
  itemIds: string[] | null;
  values: unknown[] | null;
  notes: (string | null)[] | null;
}

/**
 * The study's interviews by respondent code, each with its answers, so the database does the
 * grouping and a row is one interview. The answers are gathered after sorting and limiting,
 * so a sort never holds them; plain aggregates in one pass see the rows in the same order.
 * Item ids and notes as text arrays cost the database less than JSON (values stay JSON).
 */
function interviewsForExport(study: SQL, all: boolean, after: { code: string; id: string } | null, limit: number | null) {
  return sql`
    select iv.id::text as id, iv.respondent, iv.organisation, iv.role, iv.region, iv.pair, iv.status, iv.month, iv.interviewers,
      a."itemIds", a."values", a.notes
    from (
      select i.id, r.code as respondent, r.organisation, r.role, r.region, p.code as pair, i.status,
        to_char(coalesce(i.consent_at, i.created_at) at time zone 'UTC', 'YYYY-MM') as month,
        case when i.pair_id is null then (
          select string_agg(ii.user_id::text, '+' order by ii.user_id::text collate "C") from interview_interviewers ii where ii.interview_id = i.id
        ) end as interviewers
      from interviews i
      join respondents r on r.id = i.respondent_id
      left join pairs p on p.id = i.pair_id
      where i.study_id = ${study}
        ${all ? sql`` : sql`and i.status in ('completed', 'approved')`}
        ${after ? sql`and (r.code, i.id) > (${after.code}, ${after.id}::uuid)` : sql``}
      order by r.code, i.id
      ${limit === null ? sql`` : sql`limit ${limit}`}
    ) iv
    left join lateral (
      select array_agg(item_id) as "itemIds", json_agg(value) as "values", array_agg(note) as notes from answers where interview_id = iv.id
    ) a on true
    order by iv.respondent, iv.id`;
}

interface Statement extends PromiseLike<unknown> {
  readable(): Promise<Readable>;
}
/** A postgres.js client: one connection of it can stream a statement's rows with COPY. */
interface PostgresClient {
  unsafe(query: string, params?: unknown[]): Statement;
  reserve(): Promise<{ unsafe(query: string, params?: unknown[]): Statement; release(): void }>;
}
const dialect = new PgDialect();
const PAGE = 100;

/**
 * The study's interviews for an export, one at a time and never all at once: on a
 * PostgreSQL server one statement streamed with COPY, which the server sends ahead as far
 * as the connection lets it, pausing while this side is behind; on the embedded database
 * (in-process, no COPY to a client) pages.
 */
export function streamInterviewsForExport(db: Db, studyId: string, all: boolean): AsyncGenerator<ExportInterviewRow> {
  const client = (db as unknown as { $client?: Partial<PostgresClient> }).$client;
  return typeof client?.reserve === 'function' ? throughCopy(client as PostgresClient, studyId, all) : inPages(db, studyId, all);
}

// COPY takes no parameters: the study goes in as a setting of the transaction instead.
const STUDY_SETTING = sql`current_setting('leidraad.export_study')::uuid`;

async function* throughCopy(client: PostgresClient, studyId: string, all: boolean): AsyncGenerator<ExportInterviewRow> {
  const connection = await client.reserve();
  let backend = 0;
  let stream: Readable | null = null;
  let done = false;
  try {
    // The estimate for a large study would have the server compile the statement to machine
    // code first (JIT), which takes longer than running it; the interviews are sorted in memory.
    await connection.unsafe("begin read only; set local jit = off; set local work_mem = '16MB'");
    const [settings] = (await connection.unsafe("select pg_backend_pid() as pid, set_config('leidraad.export_study', $1, true)", [studyId])) as [{ pid: number }];
    backend = settings.pid;
    const copy = dialect.sqlToQuery(sql`copy (${interviewsForExport(STUDY_SETTING, all, null, null)}) to stdout with (format binary)`);
    stream = await connection.unsafe(copy.sql).readable();
    yield* copyRows(stream);
    resumeAfterCopy(stream);
    done = true;
    await connection.unsafe('commit');
  } finally {
    if (!done) {
      if (stream && !stream.destroyed && !stream.readableEnded) {
        // Stopped early: the server is told to stop (from another connection: this one is
        // busy with the COPY), and what it sent before that is read and dropped. Had it just
        // finished, it ignores the request, as it does whenever it is waiting for a statement.
        const ended = finished(stream).catch(() => undefined);
        await cancel(client, backend);
        stream.resume();
        await ended;
      }
      if (stream) resumeAfterCopy(stream);
      await Promise.resolve(connection.unsafe('rollback')).catch(() => undefined);
    }
    connection.release();
  }
}

/**
 * Asks the server to stop the statement running on `backend`. Should every connection be
 * taken (by exports stopping at once, say), it gives up after a while: what is left is then
 * read to the end instead. It never runs later, when the connection may be running another
 * statement.
 */
async function cancel(client: PostgresClient, backend: number) {
  const request = client.unsafe('select pg_cancel_backend($1)', [backend]) as Statement & { cancel(): void };
  const sent = Promise.resolve(request).then(
    () => true,
    () => true,
  );
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), 2000)));
  // Not sent yet: taken out of the queue (the request then fails, which is fine).
  if (!(await Promise.race([sent, late]))) request.cancel();
  clearTimeout(timer);
  await sent;
}

/**
 * postgres.js pauses its socket while a COPY stream is full and resumes it when the stream is
 * read again; when the end of the COPY arrives while it is full, nothing reads again and the
 * connection hangs (porsager/postgres#1016). Reading is what resumes it.
 */
function resumeAfterCopy(stream: Readable) {
  (stream as Readable & { _read(size: number): void })._read(0);
}

/**
 * The rows of a binary COPY of `interviewsForExport`, each decoded when its turn comes, so
 * its text dies young: decoded as they arrive, rows waiting their turn would outlive the
 * collector's young generation and pile up in the old one. Reads the stream to its end.
 */
async function* copyRows(stream: Readable): AsyncGenerator<ExportInterviewRow> {
  let pending: Buffer | null = null;
  let header = true;
  let trailer = false;
  // Left open when the caller stops: the rest is then read and dropped, which frees the connection.
  for await (const chunk of stream.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
    if (trailer) continue;
    const data: Buffer = pending ? Buffer.concat([pending, chunk]) : chunk;
    pending = null;
    let at = 0;
    if (header) {
      // PGCOPY\n\377\r\n\0, flags, then the length of an extension to skip.
      if (data.length < 19 || data.length < 19 + data.readUInt32BE(15)) {
        pending = data;
        continue;
      }
      at = 19 + data.readUInt32BE(15);
      header = false;
    }
    while (data.length - at >= 2) {
      const fields = data.readInt16BE(at);
      if (fields === -1) {
        trailer = true;
        break;
      }
      const end = rowEnd(data, at + 2, fields);
      if (end < 0) break;
      yield decodeRow(data, at + 2);
      at = end;
    }
    if (!trailer && at < data.length) pending = data.subarray(at);
  }
}

/** Where the row whose fields start at `at` ends, or -1 when it is not all there yet. */
function rowEnd(data: Buffer, at: number, fields: number): number {
  for (let i = 0; i < fields; i++) {
    if (data.length - at < 4) return -1;
    const length = data.readInt32BE(at);
    at += 4 + Math.max(0, length);
  }
  return at <= data.length ? at : -1;
}

/** The fields of a row in the binary format: each a length (-1 for null) and its bytes. */
function decodeRow(data: Buffer, at: number): ExportInterviewRow {
  const field = () => {
    const length = data.readInt32BE(at);
    const start = at + 4;
    at = start + Math.max(0, length);
    return length < 0 ? null : [start, at] as const;
  };
  const text = () => {
    const f = field();
    return f && data.toString('utf8', f[0], f[1]);
  };
  const texts = () => {
    const f = field();
    return f && textArray(data, f[0]);
  };
  return {
    id: text()!,
    respondent: text()!,
    organisation: text()!,
    role: text()!,
    region: text()!,
    pair: text(),
    status: text()!,
    month: text()!,
    interviewers: text(),
    itemIds: texts() as string[] | null,
    values: ((v) => (v === null ? null : (JSON.parse(v) as unknown[])))(text()),
    notes: texts(),
  };
}

/** A one-dimensional text array in the binary format: dimensions, flags, element type, then each element. */
function textArray(data: Buffer, at: number): (string | null)[] {
  const dimensions = data.readInt32BE(at);
  if (dimensions === 0) return [];
  const count = data.readInt32BE(at + 12);
  at += 12 + 8 * dimensions;
  const out: (string | null)[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const length = data.readInt32BE(at);
    at += 4;
    out[i] = length < 0 ? null : data.toString('utf8', at, (at += length));
  }
  return out;
}

async function* inPages(db: Db, studyId: string, all: boolean): AsyncGenerator<ExportInterviewRow> {
  let after: { code: string; id: string } | null = null;
  for (;;) {
    const page: ExportInterviewRow[] = await queryRows<ExportInterviewRow>(db, interviewsForExport(sql`${studyId}`, all, after, PAGE));
    if (page.length === 0) return;
    yield* page;
    const last = page.at(-1)!;
    after = { code: last.respondent, id: last.id };
  }
}

/** The topic list versions the study's interviews use other than the given one, newest first. */
export function otherVersionsOf(db: Db, studyId: string, topiclistId: string, version: number) {
  return db
    .selectDistinct({ topiclistId: interviews.topiclistId, topiclistVersion: interviews.topiclistVersion })
    .from(interviews)
    .where(and(eq(interviews.studyId, studyId), sql`(${interviews.topiclistId}, ${interviews.topiclistVersion}) <> (${topiclistId}, ${version})`))
    .orderBy(desc(interviews.topiclistVersion));
}

/** Sealed identities of the study's respondents, to find their names in free text. */
export function sealedIdentities(db: Db, studyId: string) {
  return db
    .select({ respondentId: respondentIdentities.respondentId, keyId: respondentIdentities.keyId, iv: respondentIdentities.iv, ciphertext: respondentIdentities.ciphertext, tag: respondentIdentities.tag })
    .from(respondentIdentities)
    .innerJoin(respondents, eq(respondents.id, respondentIdentities.respondentId))
    .where(eq(respondents.studyId, studyId));
}

export function sealedDossiers(db: Db, studyId: string) {
  return db.select({ id: interviews.id, dossier: interviews.dossier }).from(interviews).where(and(eq(interviews.studyId, studyId), sql`${interviews.dossier} is not null`));
}

/** Everyone who works in the study (and the leads), whose names and addresses never leave. */
export function peopleOf(db: Db, studyId: string) {
  return db
    .selectDistinct({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .leftJoin(studyMembers, and(eq(studyMembers.userId, users.id), eq(studyMembers.studyId, studyId)))
    .where(or(eq(users.role, 'lead'), sql`${studyMembers.userId} is not null`));
}

export const listRedactionTerms = (db: Db, studyId: string) =>
  db
    .select({ id: redactionTerms.id, term: redactionTerms.term, category: redactionTerms.category, createdAt: redactionTerms.createdAt })
    .from(redactionTerms)
    .where(eq(redactionTerms.studyId, studyId))
    .orderBy(asc(redactionTerms.term));

export async function insertRedactionTerm(db: Db, t: { studyId: string; term: string; category: 'persoon' | 'plaats' | 'organisatie' | 'overig'; createdBy: string }) {
  const [row] = await db.insert(redactionTerms).values(t).onConflictDoNothing().returning({ id: redactionTerms.id });
  return row;
}

export async function deleteRedactionTerm(db: Db, studyId: string, id: string) {
  const rows = await db.delete(redactionTerms).where(and(eq(redactionTerms.studyId, studyId), eq(redactionTerms.id, id))).returning({ id: redactionTerms.id });
  return rows.length > 0;
}
