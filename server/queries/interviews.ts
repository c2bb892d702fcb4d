// SQL for interviews, their interviewers, consent, answers, timing and live events.
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/database.ts';
import {
  answers,
  interviewEvents,
  interviewInterviewers,
  interviews,
  type InterviewStatus,
  respondents,
  studies,
  topicTimings,
  users,
} from '../db/schema.ts';

export async function insertInterview(
  db: Db,
  row: { studyId: string; respondentId: string; topiclistId: string; topiclistVersion: number; pairId?: string; createdBy: string },
  interviewerIds: string[],
) {
  const [created] = await db.insert(interviews).values(row).returning({ id: interviews.id });
  await db.insert(interviewInterviewers).values(interviewerIds.map((userId) => ({ interviewId: created!.id, userId })));
  return created!.id;
}

export async function setDossier(db: Db, id: string, dossier: { keyId: string; iv: string; ciphertext: string; tag: string }) {
  await db.update(interviews).set({ dossier }).where(eq(interviews.id, id));
}

const summaryColumns = {
  id: interviews.id,
  studyId: interviews.studyId,
  studyName: studies.name,
  status: interviews.status,
  respondentId: respondents.id,
  respondentCode: respondents.code,
  organisation: respondents.organisation,
  role: respondents.role,
  region: respondents.region,
  topiclistId: interviews.topiclistId,
  topiclistVersion: interviews.topiclistVersion,
  createdAt: interviews.createdAt,
  updatedAt: interviews.updatedAt,
  answered: sql<number>`(select count(*) from ${answers} a where a.interview_id = "interviews"."id" and a.value <> 'null'::jsonb)`.mapWith(Number),
};

function summaries(db: Db) {
  return db
    .select(summaryColumns)
    .from(interviews)
    .innerJoin(studies, eq(studies.id, interviews.studyId))
    .innerJoin(respondents, eq(respondents.id, interviews.respondentId));
}

/** Interviews of a study (or all), narrowed to one interviewer's when `interviewerId` is set. */
export function listInterviews(db: Db, filter: { studyId?: string; interviewerId?: string }) {
  const mine = filter.interviewerId
    ? inArray(interviews.id, db.select({ id: interviewInterviewers.interviewId }).from(interviewInterviewers).where(eq(interviewInterviewers.userId, filter.interviewerId)))
    : undefined;
  return summaries(db)
    .where(and(filter.studyId ? eq(interviews.studyId, filter.studyId) : undefined, mine))
    .orderBy(asc(respondents.code), asc(interviews.createdAt));
}

export async function getInterviewSummary(db: Db, id: string) {
  const [row] = await summaries(db).where(eq(interviews.id, id));
  return row;
}

export function listInterviewers(db: Db, interviewIds: string[]) {
  if (interviewIds.length === 0) return Promise.resolve([]);
  return db
    .select({ interviewId: interviewInterviewers.interviewId, id: users.id, name: users.name })
    .from(interviewInterviewers)
    .innerJoin(users, eq(users.id, interviewInterviewers.userId))
    .where(inArray(interviewInterviewers.interviewId, interviewIds))
    .orderBy(users.name);
}

export async function isInterviewer(db: Db, interviewId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: interviewInterviewers.userId })
    .from(interviewInterviewers)
    .where(and(eq(interviewInterviewers.interviewId, interviewId), eq(interviewInterviewers.userId, userId)));
  return row !== undefined;
}

/** The interview row, locked until the transaction ends (status changes and consent). */
export async function lockInterview(db: Db, id: string) {
  const [row] = await db.select().from(interviews).where(eq(interviews.id, id)).for('update');
  return row;
}

export async function updateInterview(
  db: Db,
  id: string,
  changes: Partial<{ status: InterviewStatus; statusComment: string | null; consentGiven: boolean; consentVersion: string; consentAt: Date; consentBy: string }>,
) {
  await db
    .update(interviews)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(interviews.id, id));
}

export function listAnswers(db: Db, interviewId: string) {
  return db
    .select({ itemId: answers.itemId, value: answers.value, note: answers.note, revision: answers.revision, updatedAt: answers.updatedAt, updatedBy: answers.updatedBy })
    .from(answers)
    .where(eq(answers.interviewId, interviewId))
    .orderBy(answers.itemId);
}

export async function addEvent(db: Db, interviewId: string, kind: string, payload: unknown, actorId: string | null) {
  const [row] = await queryRows<{ seq: string | number }>(
    db,
    sql`select leidraad_add_event(${interviewId}::uuid, ${kind}, ${JSON.stringify(payload)}::jsonb, ${actorId}::uuid) as seq`,
  );
  return Number(row!.seq);
}

export function listEventsAfter(db: Db, interviewId: string, afterSeq: number, limit = 500) {
  return db
    .select({ seq: interviewEvents.seq, kind: interviewEvents.kind, payload: interviewEvents.payload, createdAt: interviewEvents.createdAt })
    .from(interviewEvents)
    .where(and(eq(interviewEvents.interviewId, interviewId), gt(interviewEvents.seq, afterSeq)))
    .orderBy(asc(interviewEvents.seq))
    .limit(limit);
}

export async function insertTimings(db: Db, interviewId: string, userId: string, intervals: { topicId: string; openedAt: Date; closedAt: Date }[]) {
  await db.insert(topicTimings).values(intervals.map((i) => ({ interviewId, userId, ...i })));
}

/** Seconds per topic; overlapping intervals (two tablets on one topic) count once. */
export function timePerTopic(db: Db, interviewId: string) {
  return queryRows<{ topicId: string; seconds: number }>(
    db,
    sql`select topic_id as "topicId", round(sum(extract(epoch from upper(r) - lower(r)))::numeric, 1)::float8 as seconds
        from (select topic_id, unnest(range_agg(tstzrange(opened_at, closed_at, '[]'))) as r
              from ${topicTimings} where interview_id = ${interviewId} group by topic_id) merged
        group by topic_id order by topic_id`,
  );
}

