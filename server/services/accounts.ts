// Users, signing in, and the first research lead.
import type { FastifyBaseLogger } from 'fastify';
import type { Role } from '../contract/accounts.ts';
import { hashPassword, verifyNothing, verifyPassword } from '../auth/password.ts';
import { newToken, sha256 } from '../auth/tokens.ts';
import type { Db } from '../db/database.ts';
import { errors } from '../errors.ts';
import * as sessionsQ from '../queries/sessions.ts';
import * as auditQ from '../queries/audit.ts';
import * as q from '../queries/users.ts';
import { forgetSessions } from './session-cache.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { startSession } from './sessions.ts';

export const LOGIN_LIMIT = { failures: 10, windowSeconds: 15 * 60 };
const SETUP_TOKEN_HOURS = 24;

export async function createUser(db: Db, actor: Actor | null, input: { email: string; name: string; role: Role; password: string }) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (await q.getUserByEmail(tx, input.email)) throw errors.emailTaken(input.email);
    const user = await q.insertUser(tx, { email: input.email, name: input.name, role: input.role, passwordHash });
    await audit(tx, actor, { action: 'user.created', targetType: 'user', targetId: user.id, details: { role: user.role } });
    return user;
  });
}

export const listUsers = async (db: Db) => (await q.listUsers(db)).map((u) => ({ ...u, createdAt: u.createdAt.toISOString() }));

export async function updateUser(
  db: Db,
  actor: Actor,
  id: string,
  changes: Partial<{ name: string; role: Role; active: boolean; password: string }>,
) {
  const passwordHash = changes.password ? await hashPassword(changes.password) : undefined;
  const updated = await db.transaction(async (tx) => {
    const before = await q.getUser(tx, id);
    if (!before) throw errors.userNotFound(id);
    const losesLead = before.role === 'lead' && before.active && ((changes.role && changes.role !== 'lead') || changes.active === false);
    if (losesLead && (await q.countOtherActiveLeads(tx, id)) === 0) throw errors.lastLead();
    const { password: _p, ...rest } = changes;
    const after = await q.updateUser(tx, id, { ...rest, ...(passwordHash ? { passwordHash } : {}) });
    if (changes.role && changes.role !== before.role) {
      await audit(tx, actor, { action: 'user.role_changed', targetType: 'user', targetId: id, details: { from: before.role, to: changes.role } });
    }
    if (changes.active !== undefined && changes.active !== before.active) {
      await audit(tx, actor, { action: changes.active ? 'user.activated' : 'user.deactivated', targetType: 'user', targetId: id });
    }
    if (passwordHash) await audit(tx, actor, { action: 'user.password_changed', targetType: 'user', targetId: id });
    // A new role, a new password or deactivation ends the user's sessions everywhere.
    if (changes.role !== undefined || changes.active === false || passwordHash) await sessionsQ.deleteUserSessions(tx, id);
    else await sessionsQ.announceSessionsChanged(tx); // sessions carry the user's name and state
    return { ...after!, createdAt: after!.createdAt.toISOString() };
  });
  forgetSessions(db);
  return updated;
}

/** Checks a password, with a per-account limit on failures; audits both outcomes. */
export async function login(db: Db, email: string, password: string, ip: string) {
  const account = email.trim().toLowerCase();
  const failures = await auditQ.countRecentFailures(db, { failed: 'login.failed', succeeded: 'login.ok' }, account, LOGIN_LIMIT.windowSeconds);
  if (failures >= LOGIN_LIMIT.failures) {
    await audit(db, null, { action: 'login.blocked', targetType: 'account', targetId: account, ip });
    throw errors.rateLimited(LOGIN_LIMIT.windowSeconds);
  }
  const user = await q.getUserByEmail(db, account);
  const ok = user && user.active ? await verifyPassword(password, user.passwordHash) : await verifyNothing(password);
  if (!ok || !user) {
    await audit(db, null, { action: 'login.failed', targetType: 'account', targetId: account, ip });
    throw errors.invalidCredentials();
  }
  await audit(db, { id: user.id, ip }, { action: 'login.ok', targetType: 'account', targetId: account });
  const session = await startSession(db, user.id);
  return { user: { id: user.id, email: user.email, name: user.name, role: user.role }, ...session };
}

export const setupNeeded = async (db: Db) => (await q.countUsers(db)) === 0;

/**
 * At start: with LEIDRAAD_ADMIN_EMAIL and LEIDRAAD_ADMIN_PASSWORD, creates the first lead;
 * otherwise, while no user exists, prints a one-time setup token.
 */
export async function prepareFirstLead(
  db: Db,
  admin: { email?: string; password?: string },
  print: (line: string) => void,
  log: Pick<FastifyBaseLogger, 'info'>,
): Promise<{ setupToken?: string }> {
  if (!(await setupNeeded(db))) return {};
  if (admin.email && admin.password) {
    const user = await createUser(db, null, { email: admin.email.toLowerCase(), name: 'Research lead', role: 'lead', password: admin.password });
    log.info(`created the first research lead ${user.email} from LEIDRAAD_ADMIN_EMAIL`);
    return {};
  }
  const token = newToken();
  await sessionsQ.replaceSetupToken(db, sha256(token), new Date(Date.now() + SETUP_TOKEN_HOURS * 3600 * 1000));
  print(`First run: no account exists yet. Open the web page and create the research lead account with this setup token (valid ${SETUP_TOKEN_HOURS} hours, once):\n\n    ${token}\n`);
  return { setupToken: token };
}

export async function completeSetup(db: Db, input: { token: string; email: string; name: string; password: string }, ip: string) {
  const passwordHash = await hashPassword(input.password);
  const user = await db.transaction(async (tx) => {
    if (!(await setupNeeded(tx))) throw errors.setupDone();
    if (!(await sessionsQ.consumeSetupToken(tx, sha256(input.token)))) throw errors.setupInvalidToken();
    const created = await q.insertUser(tx, { email: input.email, name: input.name, role: 'lead', passwordHash });
    await audit(tx, { id: created.id, ip }, { action: 'user.created', targetType: 'user', targetId: created.id, details: { role: 'lead', via: 'setup' } });
    return created;
  });
  return { user, ...(await startSession(db, user.id)) };
}
