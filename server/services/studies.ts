// Studies and who belongs to them.
import type { z } from 'zod';
import type { createStudySchema, moveTopicListSchema, updateStudySchema } from '../contract/studies.ts';
import type { Db } from '../db/database.ts';
import type { CodeLists } from '../db/schema.ts';
import { errors } from '../errors.ts';
import * as q from '../queries/studies.ts';
import * as users from '../queries/users.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { changeIssue, compareVersions } from './topiclist-compare.ts';

const EMPTY_CODES: CodeLists = { organisation: [], role: [], region: [] };

/** The study, when the actor may see it: a lead sees every study, others their own. Else 404. */
export async function requireStudy(db: Db, actor: Actor, studyId: string): Promise<q.StudyRow> {
  const study = await q.getStudy(db, studyId);
  if (!study || (actor.role !== 'lead' && !(await q.isMember(db, studyId, actor.id)))) throw errors.studyNotFound(studyId);
  return study;
}

export async function createStudy(db: Db, actor: Actor, input: z.infer<typeof createStudySchema>) {
  return db.transaction(async (tx) => {
    const { id, version } = input.topiclist;
    if (!(await q.topicListVersionExists(tx, id, version))) throw errors.studyTopicListUnknown(id, version);
    const study = await q.insertStudy(tx, {
      name: input.name,
      topiclistId: id,
      topiclistVersion: version,
      minGroupSize: input.minGroupSize,
      codeLists: { ...EMPTY_CODES, ...input.codeLists },
      createdBy: actor.id,
    });
    await audit(tx, actor, { action: 'study.created', studyId: study.id, targetType: 'study', targetId: study.id });
    return present(tx, study);
  });
}

export async function updateStudy(db: Db, actor: Actor, studyId: string, input: z.infer<typeof updateStudySchema>) {
  const before = await requireStudy(db, actor, studyId);
  const study = await q.updateStudy(db, studyId, {
    ...(input.name ? { name: input.name } : {}),
    ...(input.minGroupSize ? { minGroupSize: input.minGroupSize } : {}),
    ...(input.codeLists ? { codeLists: { ...before.codeLists, ...input.codeLists } } : {}),
  });
  await audit(db, actor, { action: 'study.updated', studyId, targetType: 'study', targetId: studyId, details: { fields: Object.keys(input) } });
  return present(db, study!);
}

/**
 * Moves the study to a newer version of its topic list, by a lead's explicit action. New
 * interviews use that version; interviews already made keep theirs. Changes that break the
 * comparability of answers need `confirmBreaking`.
 */
export async function moveTopicList(db: Db, actor: Actor, studyId: string, input: z.infer<typeof moveTopicListSchema>) {
  await requireStudy(db, actor, studyId);
  return db.transaction(async (tx) => {
    const study = await q.lockStudy(tx, studyId);
    if (!study) throw errors.studyNotFound(studyId);
    const { topiclistId: id, topiclistVersion: current } = study;
    if (input.id !== undefined && input.id !== id) throw errors.studyOtherTopicList(id, input.id);
    if (input.version <= current) throw errors.studyTopicListNotNewer(current, input.version);
    if (!(await q.topicListVersionExists(tx, id, input.version))) throw errors.studyTopicListVersionUnknown(id, input.version);
    const { changes } = await compareVersions(tx, id, current, input.version);
    const breaking = changes.filter((c) => c.breaking);
    if (breaking.length > 0 && input.confirmBreaking !== true) {
      throw errors.studyBreakingChanges(input.version, breaking.map(changeIssue), breaking);
    }
    const moved = await q.setTopicListVersion(tx, studyId, input.version);
    await audit(tx, actor, {
      action: 'study.topiclist_moved',
      studyId,
      targetType: 'study',
      targetId: studyId,
      details: { topiclistId: id, from: current, to: input.version, changes: changes.length, breaking: breaking.length, confirmedBreaking: breaking.length > 0 },
    });
    return present(tx, moved!);
  });
}

export async function listStudies(db: Db, actor: Actor) {
  const rows = await q.listStudies(db, actor.role === 'lead' ? undefined : actor.id);
  return rows.map((s) => ({ id: s.id, name: s.name, topiclist: { id: s.topiclistId, version: s.topiclistVersion }, createdAt: s.createdAt.toISOString() }));
}

export async function getStudy(db: Db, actor: Actor, studyId: string) {
  return present(db, await requireStudy(db, actor, studyId));
}

async function present(db: Db, s: q.StudyRow) {
  const [members, pairs] = await Promise.all([q.listMembers(db, s.id), q.listPairs(db, s.id)]);
  return {
    id: s.id,
    name: s.name,
    topiclist: { id: s.topiclistId, version: s.topiclistVersion },
    minGroupSize: s.minGroupSize,
    codeLists: s.codeLists,
    createdAt: s.createdAt.toISOString(),
    members,
    pairs,
  };
}

export async function addMember(db: Db, actor: Actor, studyId: string, userId: string) {
  await requireStudy(db, actor, studyId);
  const user = await users.getUser(db, userId);
  if (!user) throw errors.memberNotEligible(`There is no user ${userId}.`);
  if (!user.active) throw errors.memberNotEligible(`${user.name} is deactivated.`);
  const added = await q.addMember(db, studyId, userId);
  if (added) await audit(db, actor, { action: 'study.member_added', studyId, targetType: 'user', targetId: userId });
  return { added, members: await q.listMembers(db, studyId) };
}

export async function removeMember(db: Db, actor: Actor, studyId: string, userId: string) {
  await requireStudy(db, actor, studyId);
  await db.transaction(async (tx) => {
    if (await q.isInPair(tx, studyId, userId)) throw errors.memberInPair();
    if (!(await q.removeMember(tx, studyId, userId))) throw errors.userNotFound(userId);
    await audit(tx, actor, { action: 'study.member_removed', studyId, targetType: 'user', targetId: userId });
  });
}

/** Two interviewers of the study; the pair gets the study's next code (P01, P02, ...). */
export async function createPair(db: Db, actor: Actor, studyId: string, interviewerIds: string[]) {
  await requireStudy(db, actor, studyId);
  const [a, b] = interviewerIds as [string, string];
  if (a === b) throw errors.memberNotEligible('A pair is two different interviewers.');
  const members = await q.listMembers(db, studyId);
  for (const id of [a, b]) {
    const member = members.find((m) => m.id === id);
    if (!member) throw errors.memberNotEligible(`User ${id} is not a member of this study.`);
    if (member.role !== 'interviewer') throw errors.memberNotEligible(`${member.name} is not an interviewer.`);
  }
  return db.transaction(async (tx) => {
    const n = await q.takeNumber(tx, studyId, 'nextPairNo');
    const pair = await q.insertPair(tx, { studyId, code: `P${String(n).padStart(2, '0')}`, interviewerA: a, interviewerB: b });
    await audit(tx, actor, { action: 'study.pair_created', studyId, targetType: 'pair', targetId: pair.id });
    return (await q.listPairs(tx, studyId)).find((p) => p.id === pair.id)!;
  });
}

/** A pair made by mistake can go, as long as no interview was planned for it. */
export async function deletePair(db: Db, actor: Actor, studyId: string, pairId: string) {
  await requireStudy(db, actor, studyId);
  await db.transaction(async (tx) => {
    if (!(await q.deletePair(tx, studyId, pairId))) throw errors.pairNotFound(pairId);
    await audit(tx, actor, { action: 'study.pair_deleted', studyId, targetType: 'pair', targetId: pairId });
  });
}

export async function listPairs(db: Db, actor: Actor, studyId: string) {
  await requireStudy(db, actor, studyId);
  return q.listPairs(db, studyId);
}
