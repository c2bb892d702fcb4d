// SQL for users.
import { and, count, eq, ne, sql } from 'drizzle-orm';
import type { Role } from '../contract/accounts.ts';
import type { Db } from '../db/database.ts';
import { users } from '../db/schema.ts';

const publicColumns = { id: users.id, email: users.email, name: users.name, role: users.role };
const adminColumns = { ...publicColumns, active: users.active, createdAt: users.createdAt };

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export async function insertUser(db: Db, user: { email: string; name: string; role: Role; passwordHash: string }) {
  const [row] = await db.insert(users).values(user).returning(publicColumns);
  return row!;
}

export async function getUserByEmail(db: Db, email: string) {
  const [row] = await db
    .select({ ...publicColumns, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row;
}

export async function getUser(db: Db, id: string) {
  const [row] = await db.select(adminColumns).from(users).where(eq(users.id, id));
  return row;
}

export const listUsers = (db: Db) => db.select(adminColumns).from(users).orderBy(users.name);

export async function updateUser(
  db: Db,
  id: string,
  changes: Partial<{ name: string; role: Role; active: boolean; passwordHash: string }>,
) {
  const [row] = await db.update(users).set(changes).where(eq(users.id, id)).returning(adminColumns);
  return row;
}

/** Active leads other than `exceptId`; locks them so two demotions cannot race past zero. */
export async function countOtherActiveLeads(db: Db, exceptId: string): Promise<number> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'lead'), eq(users.active, true), ne(users.id, exceptId)))
    .for('update');
  return rows.length;
}
