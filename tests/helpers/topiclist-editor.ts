// Runs the topic list editor (client/src/components/ld-topiclist-editor.ts) in real Chromium
// on a page of its own: the element is built on its own with Vite and served, with the app's
// design tokens, from a made-up origin (no server needed). Every DocChangeEvent's document
// is recorded in `window.docs`.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import type { TopicList } from '../../server/contract/topiclist.ts';

const entry = fileURLToPath(new URL('./topiclist-editor-entry.ts', import.meta.url));
const globalCss = fileURLToPath(new URL('../../client/src/styles/global.css', import.meta.url));
export const EDITOR_ORIGIN = 'http://editor.test';
let bundle: Promise<string> | undefined;

/** The editor as one ES module (built once per test process). */
export function editorBundle(): Promise<string> {
  bundle ??= (async () => {
    const result = await build({
      configFile: false,
      logLevel: 'warn',
      mode: 'production',
      build: { write: false, minify: false, target: 'es2022', lib: { entry, formats: ['es'], fileName: 'editor' } },
    });
    const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
    const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk' && o.isEntry);
    if (!chunk || chunk.type !== 'chunk') throw new Error('editor build produced no entry chunk');
    return chunk.code;
  })();
  return bundle;
}

/** Loads the page with the editor showing `doc`, with `issues` and the UI in `locale`. */
export async function openEditor(page: Page, doc: TopicList, { locale = 'nl' as 'nl' | 'en' } = {}): Promise<void> {
  const [code, css] = await Promise.all([editorBundle(), readFile(globalCss, 'utf8')]);
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>Topiclijst bewerken</title><style>${css} main { max-width: 64rem; margin: 0 auto; padding: 1rem; }</style></head>
    <body><main><h1>Topiclijst bewerken</h1><ld-topiclist-editor></ld-topiclist-editor></main></body></html>`;
  await page.route(`${EDITOR_ORIGIN}/**`, (route) =>
    route.request().url().endsWith('/editor.js') ? route.fulfill({ contentType: 'text/javascript', body: code }) : route.fulfill({ contentType: 'text/html', body: html }),
  );
  await page.goto(`${EDITOR_ORIGIN}/`);
  // A string: vitest would rewrite an import() written in the function below.
  await page.evaluate(`import('/editor.js').then((m) => { window.editorModule = m; })`);
  await page.evaluate(
    async ({ doc, locale }) => {
      const w = window as any;
      w.editorModule.setLocale(locale);
      w.docs = [];
      const editor = document.querySelector('ld-topiclist-editor') as any;
      editor.addEventListener('ld-doc-change', (e: any) => w.docs.push(e.doc));
      editor.doc = doc;
      await editor.updateComplete;
    },
    { doc, locale },
  );
}

/** The last document the editor sent (or the first if none was sent yet: undefined). */
export const lastDoc = (page: Page): Promise<TopicList | undefined> => page.evaluate(() => (window as any).docs.at(-1));
export const docCount = (page: Page): Promise<number> => page.evaluate(() => (window as any).docs.length);

/** Gives the editor problems to show, as the page does after checking a document. */
export const setIssues = (page: Page, issues: { path: string; message: string }[]) =>
  page.evaluate(async (issues) => {
    const editor = document.querySelector('ld-topiclist-editor') as any;
    editor.issues = issues;
    await editor.updateComplete;
  }, issues);
