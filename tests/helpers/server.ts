// The full app listening on 127.0.0.1, with the study's topic list and the built client.
import { prepareFirstLead } from '../../server/services/accounts.ts';
import { createUser } from '../../server/services/accounts.ts';
import { type TestApp, startTestApp } from './app.ts';
import { PASSWORD, PERSONAS, type PersonaName } from './personas.ts';

export interface TestServerOptions {
  /** Prepare the first run as the program does: no account, a setup token to type in. */
  firstRun?: boolean;
  /** Create these personas (password PASSWORD), not signed in. */
  personas?: readonly PersonaName[];
}

export interface TestServer {
  url: string;
  /** The app and its database, for arranging data without the browser. */
  testApp: TestApp;
  /** The token the program would print on first run (with `firstRun`). */
  setupToken?: string;
  /** The created personas by name, with their ids. */
  users: Partial<Record<PersonaName, { id: string; email: string; name: string; role: string }>>;
  close(): Promise<void>;
}

const quiet = { info: () => {} };

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const testApp = await startTestApp({ studyTopicList: true });
  const db = testApp.database.db;
  const { setupToken } = options.firstRun ? await prepareFirstLead(db, {}, () => {}, quiet) : {};
  const users: TestServer['users'] = {};
  for (const name of options.personas ?? []) {
    users[name] = await createUser(db, null, { ...PERSONAS[name], password: PASSWORD });
  }
  const url = await testApp.app.listen({ host: '127.0.0.1', port: 0 });
  return { url, testApp, setupToken, users, close: testApp.close };
}
