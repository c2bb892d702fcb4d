// Runs the real offline engine (client/src/offline) in real Chromium against the real
// server, without the runner UI: the engine is built on its own with Vite and served, with
// a blank page, on the app's origin under /__test/ (so it shares the app's IndexedDB and
// session cookie, and keeps working while the context is offline).
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';

const entry = fileURLToPath(new URL('./offline-engine-entry.ts', import.meta.url));
let bundle: Promise<string> | undefined;

/** The engine as one ES module (built once per test process). */
export function engineBundle(): Promise<string> {
  bundle ??= (async () => {
    const result = await build({
      configFile: false,
      logLevel: 'warn',
      mode: 'production',
      build: { write: false, minify: false, target: 'es2022', lib: { entry, formats: ['es'], fileName: 'engine' } },
    });
    const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
    const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk' && o.isEntry);
    if (!chunk || chunk.type !== 'chunk') throw new Error('engine build produced no entry chunk');
    return chunk.code;
  })();
  return bundle;
}

/** Serves /__test/page (a blank page) and /__test/engine.js to every page of the context. */
export async function serveEngine(context: BrowserContext): Promise<void> {
  const code = await engineBundle();
  await context.route('**/__test/page', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>engine</title>' }));
  await context.route('**/__test/engine.js', (route) => route.fulfill({ contentType: 'text/javascript', body: code }));
}

export interface Me {
  userId: string;
  deviceId: string | null;
}

/**
 * Loads the blank page and opens the interview in it as `window.session`; every session
 * event is recorded in `window.log`.
 */
export async function openEngine(page: Page, url: string, interviewId: string, me: Me): Promise<void> {
  await page.goto(`${url}/__test/page`);
  // A string: vitest would rewrite an import() written in the function below.
  await page.evaluate(`import('/__test/engine.js').then((m) => { window.engine = m; })`);
  await page.evaluate(
    async ({ interviewId, me }) => {
      const w = window as any;
      w.log = [];
      w.session = await w.engine.openInterviewSession(interviewId, me);
      for (const name of ['answers', 'state', 'conflicts', 'presence', 'interview']) {
        w.session.addEventListener(name, (e: CustomEvent) => w.log.push({ name, detail: e.detail }));
      }
    },
    { interviewId, me },
  );
}

/** Calls a session method in the page; a rejection comes back as `{ error: code }`. */
export function call(page: Page, method: string, ...args: unknown[]): Promise<any> {
  return page.evaluate(
    async ({ method, args }) => {
      try {
        return { value: await (window as any).session[method](...args) };
      } catch (e: any) {
        return { error: e?.code ?? String(e) };
      }
    },
    { method, args },
  );
}

/** A snapshot of what the session shows. */
export function look(page: Page, itemIds: string[] = []): Promise<any> {
  return page.evaluate((itemIds) => {
    const s = (window as any).session;
    return {
      state: s.state,
      pendingCount: s.pendingCount,
      conflicts: s.conflicts,
      presence: s.presence,
      status: s.interview.status,
      blockedBy: s.blockedBy,
      answers: Object.fromEntries(itemIds.map((id) => [id, s.answer(id)])),
    };
  }, itemIds);
}

export const waitFor = (page: Page, predicate: string, timeout = 10_000) => page.waitForFunction(predicate, undefined, { timeout });
