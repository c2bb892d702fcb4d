// One typed `Db` for both drivers: the embedded PGlite and postgres.js on a real server.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import postgres from 'postgres';
import * as schema from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = 'embedded' | 'postgres';

export interface Database {
  kind: DatabaseKind;
  db: Db;
  /** Applies the committed migrations; safe when several instances start at once. */
  migrate(): Promise<void>;
  /** LISTEN on a channel (NOTIFY from any connection, any instance); resolves to an unlisten. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));

export async function openEmbedded(dataDir: string): Promise<Database> {
  // Loaded only here: PGlite adds some 45 MB to a server that runs on a real PostgreSQL.
  const [{ PGlite }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  await mkdir(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'embedded',
    db,
    // PGlite allows one process per data folder, so there is no concurrent migrator.
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR }),
    listen: (channel, onPayload) => client.listen(channel, onPayload),
    close: () => client.close(),
  };
}

/**
 * drizzle runs every query it did not name as an unnamed statement, and postgres.js sends
 * those in two round trips (parse and describe, then bind and execute). Named statements,
 * prepared once per connection, go in one. So every query, in transactions too, is prepared.
 * Queries without parameters keep the simple protocol.
 */
function preparedByDefault(sql: postgres.Sql): postgres.Sql {
  const { unsafe, begin, savepoint } = sql as postgres.Sql & { savepoint?: (...args: unknown[]) => Promise<unknown> };
  const scoped = (args: unknown[], run: (...a: unknown[]) => Promise<unknown>) => {
    const fn = args.pop() as (tx: postgres.Sql) => unknown;
    return run(...args, (tx: postgres.Sql) => fn(preparedByDefault(tx)));
  };
  Object.assign(sql, {
    unsafe: (query: string, params?: unknown[], opts?: postgres.UnsafeQueryOptions) => unsafe.call(sql, query, params as never, { ...opts, prepare: true }),
    begin: (...args: unknown[]) => scoped(args, begin.bind(sql) as never),
    ...(savepoint ? { savepoint: (...args: unknown[]) => scoped(args, savepoint.bind(sql) as never) } : {}),
  });
  return sql;
}

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const client = preparedByDefault(postgres(url, { max: options.max ?? 10, onnotice: () => {}, connection: { application_name: 'leidraad' } }));
  const db = drizzlePostgres(client, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    migrate: async () => {
      // A single connection holding an advisory lock, so instances starting together
      // migrate one after the other.
      const lockClient = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await lockClient`select pg_advisory_lock(7243001)`;
        await migratePostgres(drizzlePostgres(lockClient), { migrationsFolder: MIGRATIONS_DIR });
      } finally {
        await lockClient.end();
      }
    },
    listen: async (channel, onPayload) => {
      const { unlisten } = await client.listen(channel, onPayload);
      return unlisten;
    },
    close: () => client.end({ timeout: 5 }),
  };
}

export function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openEmbedded(options.dataDir);
}

/** Rows of a raw query; the two drivers shape `execute` results differently. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
