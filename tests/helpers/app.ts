// The app as the program builds it, on a fresh test database.
import { fileURLToPath } from 'node:url';
import { type App, type AppOptions, buildApp } from '../../server/app.ts';
import { parseIdentityKey } from '../../server/auth/identity-crypto.ts';
import type { Database } from '../../server/db/database.ts';
import { loadTopicListFiles } from '../../server/topiclist/load-files.ts';
import { openTestDatabase } from './db.ts';

export const TOPICLISTS_DIR = fileURLToPath(new URL('../../topiclists', import.meta.url));
const quiet = { info: () => {}, warn: (m: string) => console.warn(m) };

export interface TestApp {
  app: App;
  database: Database;
  close(): Promise<void>;
}

/** A fixed key for tests; real keys come from LEIDRAAD_IDENTITY_KEY or the data folder. */
export const TEST_IDENTITY_KEY = parseIdentityKey('5'.repeat(64));

export async function startTestApp(options: { studyTopicList?: boolean } & Partial<AppOptions> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  if (options.studyTopicList) await loadTopicListFiles(database.db, TOPICLISTS_DIR, quiet);
  const { studyTopicList: _s, ...appOptions } = options;
  const app = await buildApp({ database, identityKey: TEST_IDENTITY_KEY, ...appOptions });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
