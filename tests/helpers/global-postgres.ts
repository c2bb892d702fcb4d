// Creates a fresh, migrated template database on the real server for this run; each test
// file gets its own database cloned from it, and all are dropped at the end.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openPostgres } from '../../server/db/database.ts';
import { databaseUrl } from './urls.ts';

export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const prefix = `leidraad_t${randomBytes(4).toString('hex')}`;
  const template = `${prefix}_tpl`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${template}"`);
  const database = await openPostgres(databaseUrl(adminUrl, template), { max: 1 });
  await database.migrate();
  await database.close();
  project.provide('postgresTemplate', { adminUrl, template });
  return async () => {
    const dbs = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${`${prefix}%`}`;
    for (const { datname } of dbs) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
    await admin.end();
  };
}
