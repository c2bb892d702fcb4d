// Interviews: who conducts them, consent, status, timing, and reading one back.
import type { z } from 'zod';
import { type IdentityKey, open, seal } from '../auth/identity-crypto.ts';
import type { consentSchema, createInterviewSchema, InterviewStatus, statusChangeSchema } from '../contract/interviews.ts';
import type { Db } from '../db/database.ts';
import { errors } from '../errors.ts';
import * as q from '../queries/interviews.ts';
import { getRespondent } from '../queries/respondents.ts';
import { listMembers, listPairs } from '../queries/studies.ts';
import { getUser } from '../queries/users.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { requireStudy } from './studies.ts';
import { getTopicListVersionCached } from './topiclists.ts';

type Row = NonNullable<Awaited<ReturnType<typeof q.getInterviewSummary>>>;

/** The interview if the actor may work on it: a lead any, an interviewer their own. Else 404. */
export async function requireInterview(db: Db, actor: Actor, id: string): Promise<Row> {
  const row = await q.getInterviewSummary(db, id);
  if (!row || (actor.role !== 'lead' && !(await q.isInterviewer(db, id, actor.id)))) throw errors.interviewNotFound(id);
  return row;
}

export async function createInterview(db: Db, key: IdentityKey, actor: Actor, studyId: string, input: z.infer<typeof createInterviewSchema>) {
  const study = await requireStudy(db, actor, studyId);
  if (!(await getRespondent(db, studyId, input.respondentId))) throw errors.respondentNotInStudy(input.respondentId);
  let interviewerIds = input.interviewerIds ?? [];
  if (input.pairId) {
    const pair = (await listPairs(db, studyId)).find((p) => p.id === input.pairId);
    if (!pair) throw errors.interviewersNotEligible(`Pair ${input.pairId} is not a pair of this study.`);
    interviewerIds = pair.interviewers.map((i) => i.id);
  }
  if (new Set(interviewerIds).size !== interviewerIds.length) throw errors.interviewersNotEligible('An interviewer is named twice.');
  const members = await listMembers(db, studyId);
  for (const id of interviewerIds) {
    const m = members.find((x) => x.id === id);
    if (!m || m.role !== 'interviewer') throw errors.interviewersNotEligible(`User ${id} is not an interviewer of this study.`);
  }
  const id = await db.transaction(async (tx) => {
    const created = await q.insertInterview(
      tx,
      { studyId, respondentId: input.respondentId, topiclistId: study.topiclistId, topiclistVersion: study.topiclistVersion, pairId: input.pairId, createdBy: actor.id },
      interviewerIds,
    );
    if (input.dossier) await q.setDossier(tx, created, seal(key, input.dossier, dossierAad(created)));
    await audit(tx, actor, { action: 'interview.created', studyId, targetType: 'interview', targetId: created });
    return created;
  });
  return getInterview(db, key, actor, id);
}

const dossierAad = (id: string) => `interview-dossier:${id}`;

export async function listInterviews(db: Db, actor: Actor, filter: { studyId?: string }) {
  if (filter.studyId) await requireStudy(db, actor, filter.studyId);
  const rows = await q.listInterviews(db, { studyId: filter.studyId, interviewerId: actor.role === 'lead' ? undefined : actor.id });
  const people = await q.listInterviewers(db, rows.map((r) => r.id));
  return rows.map((r) => presentSummary(r, people.filter((p) => p.interviewId === r.id)));
}

function presentSummary(r: Row, people: { id: string; name: string }[]) {
  return {
    id: r.id,
    studyId: r.studyId,
    studyName: r.studyName,
    status: r.status,
    respondent: { id: r.respondentId, code: r.respondentCode, organisation: r.organisation, role: r.role, region: r.region },
    interviewers: people.map(({ id, name }) => ({ id, name })),
    topiclist: { id: r.topiclistId, version: r.topiclistVersion },
    answered: r.answered,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function getInterview(db: Db, key: IdentityKey, actor: Actor, id: string) {
  const summary = await requireInterview(db, actor, id);
  const [row, people, answers, timing] = await Promise.all([
    q.lockInterview(db, id),
    q.listInterviewers(db, [id]),
    q.listAnswers(db, id),
    q.timePerTopic(db, id),
  ]);
  const consentBy = row!.consentBy ? await getUser(db, row!.consentBy) : undefined;
  return {
    ...presentSummary(summary, people),
    statusComment: row!.statusComment,
    dossier: row!.dossier ? open(key, row!.dossier, dossierAad(id)) : null,
    consent:
      row!.consentGiven === null || row!.consentGiven === undefined
        ? null
        : { given: row!.consentGiven, version: row!.consentVersion!, at: row!.consentAt!.toISOString(), by: { id: row!.consentBy!, name: consentBy?.name ?? '' } },
    answers: answers.map((a) => ({ ...a, updatedAt: a.updatedAt.toISOString() })),
    timing,
    eventSeq: row!.eventSeq,
  };
}

export async function recordConsent(db: Db, key: IdentityKey, actor: Actor, id: string, input: z.infer<typeof consentSchema>) {
  await requireInterview(db, actor, id);
  await db.transaction(async (tx) => {
    const row = await q.lockInterview(tx, id);
    if (row!.status !== 'planned' && row!.status !== 'in_progress') throw errors.interviewLocked(row!.status);
    await q.updateInterview(tx, id, { consentGiven: input.given, consentVersion: input.version, consentAt: new Date(), consentBy: actor.id });
    await q.addEvent(tx, id, 'consent', { given: input.given, version: input.version, by: { id: actor.id, name: actor.name } }, actor.id);
    await audit(tx, actor, { action: 'interview.consent', targetType: 'interview', targetId: id, details: { given: input.given, version: input.version } });
  });
  return getInterview(db, key, actor, id);
}

/** Who may move an interview from one status to another. */
const TRANSITIONS: Record<InterviewStatus, Partial<Record<InterviewStatus, 'interviewer' | 'lead'>>> = {
  planned: { in_progress: 'interviewer' },
  in_progress: { completed: 'interviewer' },
  completed: { approved: 'lead', has_issues: 'lead', in_progress: 'lead' },
  approved: { in_progress: 'lead', has_issues: 'lead' },
  has_issues: { in_progress: 'lead', approved: 'lead' },
};

export async function changeStatus(db: Db, key: IdentityKey, actor: Actor, id: string, input: z.infer<typeof statusChangeSchema>) {
  await requireInterview(db, actor, id);
  await db.transaction(async (tx) => {
    const row = await q.lockInterview(tx, id);
    const from = row!.status;
    const who = TRANSITIONS[from][input.status];
    if (!who) throw errors.invalidTransition(from, input.status);
    if (who === 'lead' && actor.role !== 'lead') throw errors.forbidden(`make a ${from.replace('_', ' ')} interview ${input.status.replace('_', ' ')}`);
    if (input.status === 'has_issues' && !input.comment) throw errors.commentRequired();
    await q.updateInterview(tx, id, { status: input.status, statusComment: input.comment ?? null });
    await q.addEvent(tx, id, 'status', { status: input.status, from, comment: input.comment ?? null, by: { id: actor.id, name: actor.name } }, actor.id);
    await audit(tx, actor, { action: 'interview.status', targetType: 'interview', targetId: id, details: { from, to: input.status } });
  });
  return getInterview(db, key, actor, id);
}

const MAX_INTERVAL_MS = 12 * 3600_000;

export async function recordTimings(db: Db, actor: Actor, id: string, intervals: { topicId: string; openedAt: string; closedAt: string }[]) {
  const row = await requireInterview(db, actor, id);
  const topicList = await getTopicListVersionCached(db, row.topiclistId, row.topiclistVersion);
  const topics = new Set(topicList.levels.flatMap((l) => l.topics.map((t) => t.id)));
  const issues = intervals.flatMap((i, n) => {
    const opened = Date.parse(i.openedAt);
    const closed = Date.parse(i.closedAt);
    if (!topics.has(i.topicId)) return [{ path: `intervals[${n}].topicId`, message: `no topic "${i.topicId}" in this topic list` }];
    if (closed < opened) return [{ path: `intervals[${n}].closedAt`, message: 'closedAt is before openedAt' }];
    if (closed - opened > MAX_INTERVAL_MS) return [{ path: `intervals[${n}].closedAt`, message: 'an interval is at most 12 hours' }];
    return [];
  });
  if (issues.length) throw errors.invalidBody(issues);
  await q.insertTimings(db, id, actor.id, intervals.map((i) => ({ topicId: i.topicId, openedAt: new Date(i.openedAt), closedAt: new Date(i.closedAt) })));
  return q.timePerTopic(db, id);
}

export async function announcePresence(db: Db, actor: Actor, id: string, topicId: string | null, state: 'here' | 'left' = 'here') {
  await requireInterview(db, actor, id);
  await q.addEvent(db, id, 'presence', { user: { id: actor.id, name: actor.name }, deviceId: actor.deviceId ?? null, topicId, state }, actor.id);
}
