// Tablet pairing: a short-lived code (typed or scanned) signs a tablet in as an interviewer.
import { newShortCode, normaliseShortCode, sha256 } from '../auth/tokens.ts';
import type { Db } from '../db/database.ts';
import { errors } from '../errors.ts';
import * as q from '../queries/sessions.ts';
import * as users from '../queries/users.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { forgetSessions } from './session-cache.ts';
import { startSession } from './sessions.ts';

export const PAIRING_MINUTES = 10;

/** A lead pairs a tablet for any interviewer (or themself); an interviewer only for themself. */
export async function createPairing(db: Db, actor: Actor, input: { userId?: string }, origin: string) {
  const userId = input.userId ?? actor.id;
  if (actor.role !== 'lead' && userId !== actor.id) throw errors.forbidden('pair a tablet for someone else');
  const user = await users.getUser(db, userId);
  if (!user || !user.active) throw errors.userNotFound(userId);
  if (user.role === 'analyst') throw errors.pairingNotInterviewer();
  const code = newShortCode();
  const expiresAt = new Date(Date.now() + PAIRING_MINUTES * 60_000);
  await q.insertPairingCode(db, { codeHash: sha256(code), userId, createdBy: actor.id, expiresAt });
  await audit(db, actor, { action: 'pairing.created', targetType: 'user', targetId: userId });
  // The code travels in the fragment, so it never reaches a server log through the URL.
  const url = `${origin}/pair#code=${code}`;
  const qrSvg = `data:image/svg+xml;base64,${Buffer.from(await (await import('qrcode')).default.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })).toString('base64')}`;
  return { code, expiresAt: expiresAt.toISOString(), url, qrSvg, user: { id: user.id, name: user.name } };
}

export async function claimPairing(db: Db, input: { code: string; deviceName: string }, ip: string) {
  const codeHash = sha256(normaliseShortCode(input.code));
  const result = await db.transaction(async (tx) => {
    const pairing = await q.consumePairingCode(tx, codeHash);
    if (!pairing) return undefined;
    const user = await users.getUser(tx, pairing.userId);
    if (!user || !user.active) return undefined;
    const device = await q.insertDevice(tx, { userId: user.id, name: input.deviceName, createdBy: pairing.createdBy });
    await audit(tx, { id: user.id, ip }, { action: 'device.paired', targetType: 'device', targetId: device.id, details: { name: device.name } });
    const session = await startSession(tx, user.id, device.id);
    return { user: { id: user.id, email: user.email, name: user.name, role: user.role }, device, ...session };
  });
  if (!result) {
    await audit(db, null, { action: 'pairing.failed', ip });
    throw errors.pairingInvalid();
  }
  return result;
}

export async function listDevices(db: Db, actor: Actor) {
  const rows = await q.listDevices(db, actor.role === 'lead' ? undefined : actor.id);
  return rows.map((d) => ({
    ...d,
    createdAt: d.createdAt.toISOString(),
    lastSeenAt: d.lastSeenAt?.toISOString() ?? null,
    revokedAt: d.revokedAt?.toISOString() ?? null,
  }));
}

/** Ends every session of the device; its next request is told to wipe local data. */
export async function revokeDevice(db: Db, actor: Actor, id: string) {
  const device = await q.getDevice(db, id);
  if (!device || (actor.role !== 'lead' && device.userId !== actor.id)) throw errors.deviceNotFound(id);
  await db.transaction(async (tx) => {
    await q.revokeDevice(tx, id);
    await audit(tx, actor, { action: 'device.revoked', targetType: 'device', targetId: id });
  });
  forgetSessions(db);
}
