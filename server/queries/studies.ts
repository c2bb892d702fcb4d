// SQL for studies, their members and pairs.
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db/database.ts';
import { type CodeLists, pairs, studies, studyMembers, topiclistVersions, users } from '../db/schema.ts';

const summaryColumns = {
  id: studies.id,
  name: studies.name,
  topiclistId: studies.topiclistId,
  topiclistVersion: studies.topiclistVersion,
  minGroupSize: studies.minGroupSize,
  codeLists: studies.codeLists,
  createdAt: studies.createdAt,
};
export type StudyRow = { id: string; name: string; topiclistId: string; topiclistVersion: number; minGroupSize: number; codeLists: CodeLists; createdAt: Date };

export async function topicListVersionExists(db: Db, id: string, version: number): Promise<boolean> {
  const [row] = await db
    .select({ v: topiclistVersions.version })
    .from(topiclistVersions)
    .where(and(eq(topiclistVersions.topiclistId, id), eq(topiclistVersions.version, version)));
  return row !== undefined;
}

export async function insertStudy(
  db: Db,
  s: { name: string; topiclistId: string; topiclistVersion: number; minGroupSize?: number; codeLists: CodeLists; createdBy: string },
): Promise<StudyRow> {
  const [row] = await db.insert(studies).values(s).returning(summaryColumns);
  return row!;
}

export async function updateStudy(db: Db, id: string, changes: Partial<{ name: string; minGroupSize: number; codeLists: CodeLists }>) {
  const [row] = await db.update(studies).set(changes).where(eq(studies.id, id)).returning(summaryColumns);
  return row;
}

/** The study, its row locked until the transaction ends (for changes that read it first). */
export async function lockStudy(db: Db, id: string): Promise<StudyRow | undefined> {
  const [row] = await db.select(summaryColumns).from(studies).where(eq(studies.id, id)).for('update');
  return row;
}

/** Binds the study to another version; interviews keep theirs (interviews.topiclist_version). */
export async function setTopicListVersion(db: Db, id: string, version: number): Promise<StudyRow | undefined> {
  const [row] = await db.update(studies).set({ topiclistVersion: version }).where(eq(studies.id, id)).returning(summaryColumns);
  return row;
}

export async function getStudy(db: Db, id: string): Promise<StudyRow | undefined> {
  const [row] = await db.select(summaryColumns).from(studies).where(eq(studies.id, id));
  return row;
}

/** Every study for a lead; for others, the studies they are a member of. */
export function listStudies(db: Db, memberId?: string) {
  const query = db.select(summaryColumns).from(studies);
  const filtered = memberId
    ? query.where(inArray(studies.id, db.select({ id: studyMembers.studyId }).from(studyMembers).where(eq(studyMembers.userId, memberId))))
    : query;
  return filtered.orderBy(asc(studies.createdAt));
}

export async function isMember(db: Db, studyId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: studyMembers.userId })
    .from(studyMembers)
    .where(and(eq(studyMembers.studyId, studyId), eq(studyMembers.userId, userId)));
  return row !== undefined;
}

export async function addMember(db: Db, studyId: string, userId: string): Promise<boolean> {
  const rows = await db.insert(studyMembers).values({ studyId, userId }).onConflictDoNothing().returning({ id: studyMembers.userId });
  return rows.length > 0;
}

export async function removeMember(db: Db, studyId: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(studyMembers)
    .where(and(eq(studyMembers.studyId, studyId), eq(studyMembers.userId, userId)))
    .returning({ id: studyMembers.userId });
  return rows.length > 0;
}

export function listMembers(db: Db, studyId: string) {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(studyMembers)
    .innerJoin(users, eq(users.id, studyMembers.userId))
    .where(eq(studyMembers.studyId, studyId))
    .orderBy(users.name);
}

export async function isInPair(db: Db, studyId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: pairs.id })
    .from(pairs)
    .where(and(eq(pairs.studyId, studyId), or(eq(pairs.interviewerA, userId), eq(pairs.interviewerB, userId))));
  return row !== undefined;
}

/** Takes the study's next number for a counter without races (the row is locked until commit). */
export async function takeNumber(db: Db, studyId: string, counter: 'nextRespondentNo' | 'nextPairNo'): Promise<number> {
  const column = studies[counter];
  const [row] = await db
    .update(studies)
    .set({ [counter]: sql`${column} + 1` })
    .where(eq(studies.id, studyId))
    .returning({ n: sql<number>`${column} - 1`.mapWith(Number) });
  return row!.n;
}

export async function insertPair(db: Db, p: { studyId: string; code: string; interviewerA: string; interviewerB: string }) {
  const [row] = await db.insert(pairs).values(p).returning({ id: pairs.id, code: pairs.code });
  return row!;
}

/** Deletes the pair unless an interview names it; false when there is no such pair. */
export async function deletePair(db: Db, studyId: string, pairId: string): Promise<boolean> {
  const rows = await db
    .delete(pairs)
    .where(and(eq(pairs.studyId, studyId), eq(pairs.id, pairId)))
    .returning({ id: pairs.id });
  return rows.length > 0;
}

const a = alias(users, 'a');
const b = alias(users, 'b');
export async function listPairs(db: Db, studyId: string) {
  const rows = await db
    .select({ id: pairs.id, code: pairs.code, aId: a.id, aName: a.name, bId: b.id, bName: b.name })
    .from(pairs)
    .innerJoin(a, eq(a.id, pairs.interviewerA))
    .innerJoin(b, eq(b.id, pairs.interviewerB))
    .where(eq(pairs.studyId, studyId))
    .orderBy(pairs.code);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    interviewers: [
      { id: r.aId, name: r.aName },
      { id: r.bId, name: r.bName },
    ],
  }));
}
