import type { Db } from '../db/database.ts';
import * as q from '../queries/audit.ts';
import type { Actor } from './actor.ts';

export type { AuditFilter } from '../queries/audit.ts';

/** Appends to the audit log. Never give it passwords, tokens or identities. */
export function audit(db: Db, actor: Pick<Actor, 'id' | 'ip'> | null, event: Omit<q.AuditEvent, 'actorId' | 'ip'> & { ip?: string }) {
  return q.insertAudit(db, { ...event, actorId: actor?.id ?? null, ip: event.ip ?? actor?.ip });
}

export async function listAudit(db: Db, filter: q.AuditFilter) {
  const rows = await q.listAudit(db, filter);
  return rows.map(({ actorId, actorName, at, ...r }) => ({
    ...r,
    at: at.toISOString(),
    actor: actorId ? { id: actorId, name: actorName ?? '' } : null,
  }));
}
