// SQL for the audit log: append-only.
import { and, desc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { auditLog, users } from '../db/schema.ts';

export interface AuditEvent {
  actorId?: string | null;
  action: string;
  studyId?: string | null;
  targetType?: string;
  targetId?: string;
  ip?: string;
  details?: Record<string, unknown>;
}

export async function insertAudit(db: Db, e: AuditEvent) {
  await db.insert(auditLog).values(e);
}

export interface AuditFilter {
  action?: string;
  actorId?: string;
  studyId?: string;
  targetId?: string;
  since?: string;
  until?: string;
  before?: number;
  limit: number;
}

export function listAudit(db: Db, f: AuditFilter) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorName: users.name,
      action: auditLog.action,
      studyId: auditLog.studyId,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      ip: auditLog.ip,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        // "login" matches login.ok and login.failed: actions are dotted families.
        f.action ? sql`(${auditLog.action} = ${f.action} or ${auditLog.action} like ${`${f.action}.%`})` : undefined,
        f.actorId ? eq(auditLog.actorId, f.actorId) : undefined,
        f.studyId ? eq(auditLog.studyId, f.studyId) : undefined,
        f.targetId ? eq(auditLog.targetId, f.targetId) : undefined,
        f.since ? gte(auditLog.at, new Date(f.since)) : undefined,
        f.until ? lte(auditLog.at, new Date(f.until)) : undefined,
        f.before ? lt(auditLog.id, f.before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(f.limit);
}

/**
 * Failures (`failed`) for a target within the window and since its last success
 * (`succeeded`), for the per-account rate limit.
 */
export async function countRecentFailures(
  db: Db,
  actions: { failed: string; succeeded: string },
  targetId: string,
  windowSeconds: number,
): Promise<number> {
  const lastSuccess = sql`coalesce((select max(s.at) from ${auditLog} s
    where s.action = ${actions.succeeded} and s.target_id = ${targetId}), '-infinity'::timestamptz)`;
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, actions.failed),
        eq(auditLog.targetId, targetId),
        gte(auditLog.at, sql`now() - make_interval(secs => ${windowSeconds})`),
        sql`${auditLog.at} > ${lastSuccess}`,
      ),
    );
  return row?.n ?? 0;
}
