// Start-up of the real program on each driver: time until /api/health answers, and the
// resident memory then; against a bare Fastify started the same way, as a baseline.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/spawn.ts';

export interface StartupRun {
  name: string;
  ms: number;
  rssMb: number;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

/** RSS of a process and its children (tsx runs the program in a child node). */
function rssMb(pid: number): number {
  let kb = 0;
  const walk = (p: number) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      for (const child of readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) walk(Number(child));
    } catch {
      // gone
    }
  };
  walk(pid);
  return kb / 1024;
}

async function timeStart(name: string, script: string, env: Record<string, string>): Promise<StartupRun> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(`${ROOT}/node_modules/.bin/tsx`, [script], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 20));
    }
    if (performance.now() - started > 60_000) throw new Error(`${name} did not start`);
  }
  const ms = performance.now() - started;
  const rss = rssMb(child.pid!);
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  return { name, ms, rssMb: rss };
}

export async function benchStartup(databaseUrl: string): Promise<{ baseline: StartupRun; runs: StartupRun[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'leidraad-startup-'));
  const bare = path.join(dir, 'bare.mts');
  await writeFile(
    bare,
    `import Fastify from '${ROOT}/node_modules/fastify/fastify.js';\nconst app = Fastify();\napp.get('/api/health', async () => ({ status: 'ok' }));\nawait app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });\n`,
  );
  try {
    const baseline = await timeStart('bare Fastify (baseline)', bare, {});
    const data = path.join(dir, 'data');
    const runs = [
      await timeStart('embedded, first start (empty folder)', 'server/main.ts', { LEIDRAAD_DATA_DIR: data, LEIDRAAD_ADMIN_EMAIL: 'lead@bench.example', LEIDRAAD_ADMIN_PASSWORD: 'benchmark password' }),
      await timeStart('embedded, restart', 'server/main.ts', { LEIDRAAD_DATA_DIR: data }),
      await timeStart('postgres', 'server/main.ts', { DATABASE_URL: databaseUrl, LEIDRAAD_DATA_DIR: path.join(dir, 'pgdata') }),
    ];
    return { baseline, runs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
