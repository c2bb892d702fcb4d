// A fresh database for one test file, on the driver of the running test project.
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { inject } from 'vitest';
import { type Database, openEmbedded, openPostgres } from '../../server/db/database.ts';
import { databaseUrl } from './urls.ts';

export const driver = (process.env.TEST_DRIVER ?? 'embedded') as 'embedded' | 'postgres';

export async function openTestDatabase(): Promise<Database> {
  if (driver === 'embedded') {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'leidraad-test-'));
    await cp(inject('embeddedTemplate'), dir, { recursive: true });
    const database = await openEmbedded(dir);
    return { ...database, close: async () => (await database.close(), await rm(dir, { recursive: true, force: true })) };
  }
  const { adminUrl, template } = inject('postgresTemplate');
  const name = `${template.replace(/_tpl$/, '')}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(adminUrl, name);
  const database = await openPostgres(url);
  return { ...database, url, close: () => database.close() } as Database & { url: string };
}
