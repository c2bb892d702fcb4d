// Sessions: a random token in an HttpOnly cookie, only its hash in the database.
import { newToken, sha256 } from '../auth/tokens.ts';
import type { Db } from '../db/database.ts';
import * as q from '../queries/sessions.ts';
import { forgetSessions, sessionCache } from './session-cache.ts';

export const SESSION_POLICY = {
  /** Signed in with a password: a working day without activity, a week at most. */
  password: { idleSeconds: 8 * 3600, maxSeconds: 7 * 24 * 3600 },
  /** A paired tablet: used in the field for weeks; the lead can revoke it at any time. */
  device: { idleSeconds: 14 * 24 * 3600, maxSeconds: 60 * 24 * 3600 },
  /** How stale last_seen_at may get before a request refreshes it (saves a write per request). */
  touchAfterSeconds: 60,
};

export async function startSession(db: Db, userId: string, deviceId?: string) {
  const token = newToken();
  const policy = deviceId ? SESSION_POLICY.device : SESSION_POLICY.password;
  const expiresAt = new Date(Date.now() + policy.maxSeconds * 1000);
  await q.insertSession(db, { tokenHash: sha256(token), userId, deviceId, expiresAt, idleSeconds: policy.idleSeconds });
  return { token, expiresAt };
}

export type SessionState =
  | { ok: true; tokenHash: string; user: { id: string; email: string; name: string; role: 'lead' | 'interviewer' | 'analyst' }; device: { id: string; name: string } | null; expiresAt: Date }
  | { ok: false; reason: 'unknown' | 'expired' | 'revoked' };

export async function resolveSession(db: Db, token: string): Promise<SessionState> {
  const tokenHash = sha256(token);
  const cache = sessionCache(db);
  let hit = cache.get(tokenHash);
  if (!hit) {
    const generation = cache.generation;
    const row = await q.getSession(db, tokenHash);
    if (!row) return { ok: false, reason: 'unknown' };
    hit = { row, readAt: performance.now() };
    cache.keep(tokenHash, hit, generation);
  }
  const { row } = hit;
  if (row.deviceId && row.deviceRevokedAt) return { ok: false, reason: 'revoked' };
  // The database's clock, carried forward from when the row was read.
  const now = row.now.getTime() + (performance.now() - hit.readAt);
  const idleUntil = row.lastSeenAt.getTime() + row.idleSeconds * 1000;
  if (!row.user.active || row.expiresAt.getTime() <= now || idleUntil <= now) {
    cache.forget(tokenHash);
    await q.deleteSession(db, tokenHash);
    return { ok: false, reason: 'expired' };
  }
  if (now - row.lastSeenAt.getTime() > SESSION_POLICY.touchAfterSeconds * 1000) {
    row.lastSeenAt = new Date(now); // the cached copy too: one touch, not one per request
    await q.touchSession(db, tokenHash, row.deviceId);
  }
  const { active: _active, ...user } = row.user;
  return {
    ok: true,
    tokenHash,
    user,
    device: row.deviceId ? { id: row.deviceId, name: row.deviceName ?? '' } : null,
    expiresAt: row.expiresAt,
  };
}

/** Signing out on a paired tablet unpairs it: the next person must pair it again. */
export async function endSession(db: Db, tokenHash: string, deviceId?: string) {
  try {
    if (deviceId) await q.revokeDevice(db, deviceId);
    await q.deleteSession(db, tokenHash);
  } finally {
    forgetSessions(db);
  }
}
