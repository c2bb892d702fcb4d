import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../db/database.ts';
import { errors } from '../errors.ts';
import { APP_VERSION } from '../version.ts';

export async function checkHealth(database: Database) {
  try {
    await queryRows(database.db, sql`select 1`);
  } catch {
    throw errors.databaseUnavailable();
  }
  return { status: 'ok' as const, database: database.kind, version: APP_VERSION };
}
