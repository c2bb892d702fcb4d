// SQL for sessions, paired devices, pairing codes and setup tokens.
import { and, desc, eq, gt, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { createBatcher, perDatabase } from '../db/batcher.ts';
import type { Db } from '../db/database.ts';
import { devices, pairingCodes, sessions, setupTokens, users } from '../db/schema.ts';

export async function insertSession(
  db: Db,
  s: { tokenHash: string; userId: string; deviceId?: string; expiresAt: Date; idleSeconds: number },
) {
  await db.insert(sessions).values(s);
}

/** The session with its user and device, whatever its state; the caller judges it. */
export const getSession = (db: Db, tokenHash: string) => batchedGetSession(db)(tokenHash);
export type SessionRow = NonNullable<Awaited<ReturnType<typeof getSession>>>;

/** Instances cache sessions (services/session-cache.ts); this tells them all, on commit, to forget. */
export const SESSIONS_CHANNEL = 'leidraad_sessions';
export async function announceSessionsChanged(db: Db) {
  await db.execute(sql`select pg_notify(${SESSIONS_CHANNEL}, '')`);
}

// Every request looks its session up: concurrent lookups share one query.
const batchedGetSession = perDatabase((db: Db) =>
  createBatcher(
    async (hashes: string[]) => {
      const rows = await selectSessions(db, hashes);
      const byHash = new Map(rows.map((r) => [r.tokenHash, r]));
      return hashes.map((h) => byHash.get(h));
    },
    { maxInFlight: 4, maxBatch: 128 },
  ),
);

function selectSessions(db: Db, tokenHashes: string[]) {
  return db
    .select({
      tokenHash: sessions.tokenHash,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      idleSeconds: sessions.idleSeconds,
      now: sql<Date>`now()`.mapWith(sessions.lastSeenAt),
      user: { id: users.id, email: users.email, name: users.name, role: users.role, active: users.active },
      deviceId: sessions.deviceId,
      deviceName: devices.name,
      deviceRevokedAt: devices.revokedAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(devices, eq(devices.id, sessions.deviceId))
    .where(tokenHashes.length === 1 ? eq(sessions.tokenHash, tokenHashes[0]!) : inArray(sessions.tokenHash, tokenHashes));
}

/** Marks the session (and its device) as seen now; called at most once a minute per session. */
export async function touchSession(db: Db, tokenHash: string, deviceId: string | null) {
  await db.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.tokenHash, tokenHash));
  if (deviceId) await db.update(devices).set({ lastSeenAt: sql`now()` }).where(eq(devices.id, deviceId));
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
  await announceSessionsChanged(db);
}

export async function deleteUserSessions(db: Db, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
  await announceSessionsChanged(db);
}

/** Removes sessions past their expiry and pairing codes past theirs. */
export async function deleteExpired(db: Db) {
  await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, sql`now()`), lt(sql`${sessions.lastSeenAt} + make_interval(secs => ${sessions.idleSeconds})`, sql`now()`)));
  await db.delete(pairingCodes).where(lt(pairingCodes.expiresAt, sql`now() - interval '1 day'`));
}

// ---- devices ----

export async function insertDevice(db: Db, d: { userId: string; name: string; createdBy: string }) {
  const [row] = await db.insert(devices).values({ ...d, lastSeenAt: sql`now()` }).returning({ id: devices.id, name: devices.name });
  return row!;
}

export function listDevices(db: Db, userId?: string) {
  return db
    .select({
      id: devices.id,
      name: devices.name,
      user: { id: users.id, name: users.name },
      createdAt: devices.createdAt,
      lastSeenAt: devices.lastSeenAt,
      revokedAt: devices.revokedAt,
    })
    .from(devices)
    .innerJoin(users, eq(users.id, devices.userId))
    .where(userId ? eq(devices.userId, userId) : undefined)
    .orderBy(desc(devices.createdAt));
}

export async function getDevice(db: Db, id: string) {
  const [row] = await db.select({ id: devices.id, userId: devices.userId, revokedAt: devices.revokedAt }).from(devices).where(eq(devices.id, id));
  return row;
}

/**
 * Revokes the device. Its sessions stay until they expire, so that every later request
 * from it, even after a lost answer, is told "revoked" (and to wipe), not just "signed out".
 */
export async function revokeDevice(db: Db, id: string) {
  await db.update(devices).set({ revokedAt: sql`coalesce(${devices.revokedAt}, now())` }).where(eq(devices.id, id));
  await announceSessionsChanged(db);
}

// ---- pairing codes ----

export async function insertPairingCode(db: Db, p: { codeHash: string; userId: string; createdBy: string; expiresAt: Date }) {
  await db.insert(pairingCodes).values(p);
}

/** Uses a valid code once; returns its user, or nothing when unknown, used or expired. */
export async function consumePairingCode(db: Db, codeHash: string) {
  const [row] = await db
    .update(pairingCodes)
    .set({ usedAt: sql`now()` })
    .where(and(eq(pairingCodes.codeHash, codeHash), isNull(pairingCodes.usedAt), gt(pairingCodes.expiresAt, sql`now()`)))
    .returning({ userId: pairingCodes.userId, createdBy: pairingCodes.createdBy });
  return row;
}

// ---- setup tokens ----

/** Replaces any earlier token: only the one printed last works. */
export async function replaceSetupToken(db: Db, tokenHash: string, expiresAt: Date) {
  await db.delete(setupTokens);
  await db.insert(setupTokens).values({ tokenHash, expiresAt });
}

export async function consumeSetupToken(db: Db, tokenHash: string) {
  const [row] = await db
    .update(setupTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(setupTokens.tokenHash, tokenHash), isNull(setupTokens.usedAt), gt(setupTokens.expiresAt, sql`now()`)))
    .returning({ tokenHash: setupTokens.tokenHash });
  return row !== undefined;
}
