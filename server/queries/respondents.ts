// SQL for respondents and their encrypted identities.
import { and, asc, eq } from 'drizzle-orm';
import type { Sealed } from '../auth/identity-crypto.ts';
import type { Db } from '../db/database.ts';
import { respondentIdentities, respondents } from '../db/schema.ts';

const columns = {
  id: respondents.id,
  code: respondents.code,
  organisation: respondents.organisation,
  role: respondents.role,
  region: respondents.region,
  createdAt: respondents.createdAt,
};

export async function insertRespondent(
  db: Db,
  r: { studyId: string; code: string; organisation: string; role: string; region: string; createdBy: string },
) {
  const [row] = await db.insert(respondents).values(r).returning(columns);
  return row!;
}

export const listRespondents = (db: Db, studyId: string) =>
  db.select(columns).from(respondents).where(eq(respondents.studyId, studyId)).orderBy(asc(respondents.code));

export async function getRespondent(db: Db, studyId: string, id: string) {
  const [row] = await db
    .select(columns)
    .from(respondents)
    .where(and(eq(respondents.studyId, studyId), eq(respondents.id, id)));
  return row;
}

export async function upsertIdentity(db: Db, respondentId: string, sealed: Sealed, updatedBy: string) {
  await db
    .insert(respondentIdentities)
    .values({ respondentId, ...sealed, updatedBy })
    .onConflictDoUpdate({ target: respondentIdentities.respondentId, set: { ...sealed, updatedBy, updatedAt: new Date() } });
}

export async function getIdentity(db: Db, respondentId: string): Promise<Sealed | undefined> {
  const [row] = await db
    .select({ keyId: respondentIdentities.keyId, iv: respondentIdentities.iv, ciphertext: respondentIdentities.ciphertext, tag: respondentIdentities.tag })
    .from(respondentIdentities)
    .where(eq(respondentIdentities.respondentId, respondentId));
  return row;
}
