// axe-core in a real page: the accessibility rules a screen-reader user depends on.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

let source: Promise<string> | undefined;

/** The serious and critical violations on the page (open shadow roots included), described. */
export async function runAxe(page: Page): Promise<string[]> {
  source ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated, not added as a script tag: the page's CSP refuses inline scripts.
  await page.evaluate(await source);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`);
  });
}
