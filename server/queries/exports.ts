// SQL for exports: interviews in pages (flat memory whatever the study size) and the terms
// that anonymisation must find.
import { and, asc, eq, gt, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { answers, interviewInterviewers, interviews, pairs, redactionTerms, respondentIdentities, respondents, studyMembers, users } from '../db/schema.ts';

export interface ExportInterviewRow {
  id: string;
  respondentCode: string;
  organisation: string;
  role: string;
  region: string;
  pairCode: string | null;
  status: string;
  at: Date;
}

/** One page of the study's interviews, by respondent code, after (code, id). */
export function pageOfInterviews(db: Db, studyId: string, all: boolean, after: { code: string; id: string } | null, limit: number) {
  return db
    .select({
      id: interviews.id,
      respondentCode: respondents.code,
      organisation: respondents.organisation,
      role: respondents.role,
      region: respondents.region,
      pairCode: pairs.code,
      status: interviews.status,
      at: sql<Date>`coalesce(${interviews.consentAt}, ${interviews.createdAt})`.mapWith(interviews.createdAt),
    })
    .from(interviews)
    .innerJoin(respondents, eq(respondents.id, interviews.respondentId))
    .leftJoin(pairs, eq(pairs.id, interviews.pairId))
    .where(
      and(
        eq(interviews.studyId, studyId),
        all ? undefined : inArray(interviews.status, ['completed', 'approved']),
        after ? or(gt(respondents.code, after.code), and(eq(respondents.code, after.code), gt(interviews.id, after.id))) : undefined,
      ),
    )
    .orderBy(asc(respondents.code), asc(interviews.id))
    .limit(limit);
}

export function answersOf(db: Db, interviewIds: string[]) {
  if (interviewIds.length === 0) return Promise.resolve([]);
  return db
    .select({ interviewId: answers.interviewId, itemId: answers.itemId, value: answers.value, note: answers.note })
    .from(answers)
    .where(inArray(answers.interviewId, interviewIds));
}

export function interviewersOf(db: Db, interviewIds: string[]) {
  if (interviewIds.length === 0) return Promise.resolve([]);
  return db
    .select({ interviewId: interviewInterviewers.interviewId, userId: interviewInterviewers.userId })
    .from(interviewInterviewers)
    .where(inArray(interviewInterviewers.interviewId, interviewIds));
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
