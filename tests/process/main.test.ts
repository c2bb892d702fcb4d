// The program itself: start-up on each driver, configuration errors, graceful shutdown.
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driver, openTestDatabase } from '../helpers/db.ts';
import { sessionCookie } from '../helpers/personas.ts';
import { runScript, waitForHttp } from '../helpers/spawn.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

let dataDir: string;
let env: Record<string, string>;
let cleanup = async () => {};
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'leidraad-main-'));
  if (driver === 'postgres') {
    const database = (await openTestDatabase()) as Awaited<ReturnType<typeof openTestDatabase>> & { url: string };
    await database.close();
    env = { DATABASE_URL: database.url };
  } else {
    env = { LEIDRAAD_DATA_DIR: dataDir };
  }
  env = { ...env, LEIDRAAD_ADMIN_EMAIL: 'femke.veldhuis@example.org', LEIDRAAD_ADMIN_PASSWORD: 'correct horse battery', LEIDRAAD_DATA_DIR: dataDir };
  cleanup = () => rm(dataDir, { recursive: true, force: true });
});
afterAll(() => cleanup());

async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: env.LEIDRAAD_ADMIN_EMAIL, password: env.LEIDRAAD_ADMIN_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return sessionCookie(res.headers.get('set-cookie') ?? '');
}

describe('npm start (server/main.ts)', () => {
  it('migrates, loads the study topic list, serves, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const run = runScript('server/main.ts', [], { ...env, PORT: String(port) });
    try {
      const health = await waitForHttp(`http://127.0.0.1:${port}/api/health`);
      expect(await health.json()).toMatchObject({ status: 'ok', database: driver });
      const cookie = await signIn(`http://127.0.0.1:${port}`);
      const lists = await (await fetch(`http://127.0.0.1:${port}/api/topiclists`, { headers: { cookie } })).json();
      expect(lists.map((l: { id: string }) => l.id)).toContain('ketensamenwerking-stalking');
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exited).toBe(0);
  });

  it('restarts on the same data without a second version of the study topic list', async () => {
    const port = await freePort();
    const run = runScript('server/main.ts', [], { ...env, PORT: String(port) });
    try {
      await waitForHttp(`http://127.0.0.1:${port}/api/health`);
      const cookie = await signIn(`http://127.0.0.1:${port}`);
      const versions = await (await fetch(`http://127.0.0.1:${port}/api/topiclists/ketensamenwerking-stalking/versions`, { headers: { cookie } })).json();
      expect(versions).toHaveLength(1);
    } finally {
      run.child.kill('SIGINT');
    }
    expect(await run.exited).toBe(0);
  });

  it('stops at a bad setting with one clear line and exit code 1', async () => {
    const run = runScript('server/main.ts', [], { ...env, PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(await run.exited).toBe(1);
    expect(run.output().trim()).toBe(
      'leidraad: invalid configuration: PORT must be a whole number (got "eighty"); LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
    );
  });

  it.runIf(driver === 'embedded')('refuses a second process on the same embedded data folder', async () => {
    const port = await freePort();
    const first = runScript('server/main.ts', [], { ...env, PORT: String(port) });
    try {
      await waitForHttp(`http://127.0.0.1:${port}/api/health`);
      const second = runScript('server/main.ts', [], { ...env, PORT: String(await freePort()) });
      expect(await second.exited).toBe(1);
      expect(second.output()).toMatch(/data folder .* is in use by process \d+/);
    } finally {
      first.child.kill('SIGTERM');
    }
    expect(await first.exited).toBe(0);
  });
});
