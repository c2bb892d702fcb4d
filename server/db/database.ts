// One typed `Db` for both drivers: the embedded PGlite and postgres.js on a real server.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { type PgDatabase, PgDialect, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
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
function preparedByDefault<S extends postgres.Sql>(sql: S): S {
  const { unsafe } = sql;
  Object.assign(sql, {
    unsafe: (query: string, params?: unknown[], opts?: postgres.UnsafeQueryOptions) => unsafe.call(sql, query, params as never, { ...opts, prepare: true }),
    begin: (...args: unknown[]) => pipelinedTransaction(sql, args.pop() as (tx: postgres.Sql) => unknown, typeof args[0] === 'string' ? args[0] : ''),
  });
  return sql;
}

/**
 * A transaction whose `begin` goes out together with its first statements instead of a round
 * trip ahead of them (postgres.js's own `begin` waits for it): on a reserved connection,
 * statements queue behind each other, and a failed `begin` fails the ones after it.
 */
async function pipelinedTransaction(sql: postgres.Sql, fn: (tx: postgres.Sql) => unknown, options: string) {
  const tx = preparedByDefault(await sql.reserve());
  let savepoints = 0;
  Object.assign(tx, {
    // drizzle's nested transactions
    savepoint: async (...args: unknown[]) => {
      const inner = args.pop() as (tx: postgres.Sql) => unknown;
      const name = `leidraad_${++savepoints}`;
      await tx.unsafe(`savepoint ${name}`);
      try {
        const result = await inner(tx);
        await tx.unsafe(`release savepoint ${name}`);
        return result;
      } catch (err) {
        await tx.unsafe(`rollback to savepoint ${name}`);
        throw err;
      }
    },
  });
  const opened = tx.unsafe(`begin ${options.replace(/[^a-z ]/gi, '')}`);
  opened.catch(() => {}); // a failed begin fails the statements queued behind it
  try {
    const result = await fn(tx);
    await opened;
    const done = await tx.unsafe('commit');
    // A statement nobody waited for failed: the database rolled back instead.
    if (done.command !== 'COMMIT') throw new Error(`transaction ended with ${done.command}`);
    return result;
  } catch (err) {
    await tx.unsafe('rollback').catch(() => {});
    throw err;
  } finally {
    tx.release();
  }
}

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const client = preparedByDefault(postgres(url, { max: options.max ?? 10, onnotice: () => {}, connection: { application_name: 'leidraad' } }));
  const db = drizzlePostgres(client, { schema }) as unknown as Db;
  pipelined.set(db, client);
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

/** postgres.js clients of the databases on a real server. */
const pipelined = new WeakMap<Db, postgres.Sql>();
/** The connection of a transaction on a real server, where statements queue behind each other. */
const connectionOf = new WeakMap<Db, postgres.Sql>();
const dialect = new PgDialect();
const send = (connection: postgres.Sql, query: SQL) => {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return connection.unsafe(text, params as never[]).execute();
};

/**
 * Rows of several statements run in the order given, in a transaction. On a real server they
 * go out together, one round trip for all; each still starts after the one before has ended
 * (and sees what it committed to wait for, such as a lock).
 */
export async function queryInOrder(tx: Db, queries: SQL[]): Promise<unknown[][]> {
  const connection = connectionOf.get(tx);
  if (connection) return Promise.all(queries.map((q) => send(connection, q)));
  const out: unknown[][] = [];
  for (const q of queries) out.push(await queryRows(tx, q));
  return out;
}

/**
 * A transaction whose last statement comes back from `fn` unsent. On a real server it goes out
 * right behind the others and the commit follows it without waiting: one round trip for both;
 * should it fail, the database rolls back and its error is the one thrown.
 */
export async function transactionEndingWith<T>(db: Db, fn: (tx: Db) => Promise<{ result: T; last: SQL | null }>): Promise<T> {
  const client = pipelined.get(db);
  if (!client) {
    return db.transaction(async (tx) => {
      const out = await fn(tx as unknown as Db);
      if (out.last) await tx.execute(out.last);
      return out.result;
    });
  }
  let last: Promise<unknown> = Promise.resolve();
  try {
    const result = await client.begin(async (raw) => {
      // drizzle reads the type parsers from `options`, which a reserved connection lacks.
      const tx = drizzlePostgres(Object.assign(raw, { options: client.options }) as unknown as postgres.Sql) as unknown as Db;
      connectionOf.set(tx, raw as unknown as postgres.Sql);
      const out = await fn(tx);
      if (out.last) {
        // Queued now, so the commit is queued behind it.
        last = send(raw as unknown as postgres.Sql, out.last);
        last.catch(() => {});
      }
      return out.result;
    });
    await last;
    return result as T;
  } catch (err) {
    await last;
    throw err;
  }
}

/** Rows of a raw query; the two drivers shape `execute` results differently. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
