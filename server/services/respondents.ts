// Respondents: a pseudonym code and coded fields; the identity sealed apart.
import type { z } from 'zod';
import { type IdentityKey, open, seal } from '../auth/identity-crypto.ts';
import { CODE_FIELDS, type createRespondentSchema, type Identity, identitySchema } from '../contract/studies.ts';
import type { Db } from '../db/database.ts';
import { errors } from '../errors.ts';
import * as q from '../queries/respondents.ts';
import { takeNumber } from '../queries/studies.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { requireStudy } from './studies.ts';

const present = (r: Awaited<ReturnType<typeof q.listRespondents>>[number]) => ({ ...r, createdAt: r.createdAt.toISOString() });
const aad = (respondentId: string) => `respondent-identity:${respondentId}`;

export async function createRespondent(
  db: Db,
  key: IdentityKey,
  actor: Actor,
  studyId: string,
  input: z.infer<typeof createRespondentSchema>,
) {
  const study = await requireStudy(db, actor, studyId);
  const issues = CODE_FIELDS.flatMap((field) => {
    const allowed = study.codeLists[field];
    return allowed.length > 0 && !allowed.includes(input[field])
      ? [{ path: field, message: `"${input[field]}" is not in the study's ${field} codes (${allowed.join(', ')})` }]
      : [];
  });
  if (issues.length > 0) throw errors.codeNotAllowed(issues);

  return db.transaction(async (tx) => {
    // The counter row stays locked until commit: concurrent creations get distinct codes.
    const n = await takeNumber(tx, studyId, 'nextRespondentNo');
    const respondent = await q.insertRespondent(tx, {
      studyId,
      code: `R${String(n).padStart(3, '0')}`,
      organisation: input.organisation,
      role: input.role,
      region: input.region,
      createdBy: actor.id,
    });
    if (input.identity && Object.values(input.identity).some((v) => v)) {
      await q.upsertIdentity(tx, respondent.id, seal(key, JSON.stringify(input.identity), aad(respondent.id)), actor.id);
    }
    await audit(tx, actor, { action: 'respondent.created', studyId, targetType: 'respondent', targetId: respondent.id });
    return present(respondent);
  });
}

export async function listRespondents(db: Db, actor: Actor, studyId: string) {
  await requireStudy(db, actor, studyId);
  return (await q.listRespondents(db, studyId)).map(present);
}

export async function getRespondent(db: Db, actor: Actor, studyId: string, respondentId: string) {
  await requireStudy(db, actor, studyId);
  const respondent = await q.getRespondent(db, studyId, respondentId);
  if (!respondent) throw errors.respondentNotFound(respondentId);
  return present(respondent);
}

/** The lead's identity view; every read is written to the audit log. */
export async function readIdentity(db: Db, key: IdentityKey, actor: Actor, studyId: string, respondentId: string) {
  const respondent = await getRespondent(db, actor, studyId, respondentId);
  const sealed = await q.getIdentity(db, respondentId);
  await audit(db, actor, { action: 'identity.read', studyId, targetType: 'respondent', targetId: respondentId });
  const identity: Identity | null = sealed ? identitySchema.parse(JSON.parse(open(key, sealed, aad(respondentId)))) : null;
  return { respondent: { id: respondent.id, code: respondent.code }, identity };
}

export async function writeIdentity(db: Db, key: IdentityKey, actor: Actor, studyId: string, respondentId: string, identity: Identity) {
  const respondent = await getRespondent(db, actor, studyId, respondentId);
  await db.transaction(async (tx) => {
    await q.upsertIdentity(tx, respondentId, seal(key, JSON.stringify(identity), aad(respondentId)), actor.id);
    await audit(tx, actor, { action: 'identity.updated', studyId, targetType: 'respondent', targetId: respondentId });
  });
  return { respondent: { id: respondent.id, code: respondent.code }, identity };
}
