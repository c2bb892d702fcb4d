// Builds the Lit client into dist/client when its sources are newer than the last build.
// `npm start` and `npm test` run this first; the server only serves what is already built.
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const configFile = path.join(root, 'vite.config.ts');
const builtIndex = path.join(root, 'dist', 'client', 'index.html');
/** Everything the bundle is made from. */
const sources = [path.join(root, 'client'), configFile, path.join(root, 'server', 'contract')];
const lockDir = path.join(root, 'dist', '.client-build.lock');
const STALE_LOCK_MS = 5 * 60_000;

export async function ensureClientBuilt(): Promise<void> {
  await buildClientIfStale();
}

/** Builds when needed; answers whether it built. Also safe when several processes call it. */
export async function buildClientIfStale(): Promise<boolean> {
  if (await isFresh()) return false;
  await withLock(async () => {
    // Another process may have built while this one waited for the lock.
    if (await isFresh()) return;
    await viteBuild();
  });
  return true;
}

/**
 * Vite picks Lit's production build only when NODE_ENV is "production" (or unset); test
 * runners set it to "test", which would ship Lit's dev mode. So it is forced for the build.
 */
async function viteBuild(): Promise<void> {
  const { build } = await import('vite');
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile, mode: 'production', logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

async function isFresh(): Promise<boolean> {
  const built = await mtime(builtIndex);
  if (built === undefined) return false;
  const newest = Math.max(...(await Promise.all(sources.map(newestMtime))));
  return built >= newest;
}

async function newestMtime(file: string): Promise<number> {
  const info = await stat(file).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(file, { withFileTypes: true });
  const times = await Promise.all(
    entries.filter((e) => e.name !== 'node_modules').map((e) => newestMtime(path.join(file, e.name))),
  );
  // A deleted file changes a directory's mtime, so it counts too.
  return Math.max(info.mtimeMs, ...times);
}

async function mtime(file: string): Promise<number | undefined> {
  return (await stat(file).catch(() => undefined))?.mtimeMs;
}

/** A directory as a cross-process lock, so parallel test workers do not build at once. */
async function withLock(work: () => Promise<void>): Promise<void> {
  await mkdir(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const since = await mtime(lockDir);
      if (since !== undefined && Date.now() - since > STALE_LOCK_MS) await rm(lockDir, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    await work();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const built = await buildClientIfStale();
  console.log(built ? 'client: built dist/client' : 'client: dist/client is up to date');
}
