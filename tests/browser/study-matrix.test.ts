// A study's satisfaction matrices compared in real Chromium: groups with their n, a small
// group suppressed without figures (and one more to protect it), bar charts per dimension
// with the figures in a table, switching to regions and to all interviews; who may see it.
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/build-client.ts';
import { runAxe } from '../helpers/axe.ts';
import { launchBrowser, saveScreenshot, skipBrowserTests } from '../helpers/browser.ts';
import { type PageWatch, sidewaysOverflow, signInContext, watchContext } from '../helpers/browser-page.ts';
import { type CellAnswer, createMatrixStudy, type MatrixItem, matrixItems, type PlannedRespondent, readTopicList } from '../helpers/matrix-study.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const TOPICLIST = { id: 'ketensamenwerking-stalking', version: 1 };
const K = 3;
/** Organisation, respondents, how satisfied they tend to be. Reclassering (1) is below k; Gemeente (3) then protects it. */
const ORGANISATIONS: [string, number, number][] = [
  ['Veilig Thuis', 5, 4],
  ['Veiligheidshuis', 4, 3.2],
  ['Politie', 4, 2.4],
  ['Gemeente', 3, 3.5],
  ['Reclassering', 1, 3],
];
const REGIONS = ['Zuid-Limburg', 'Parkstad', 'Westelijke Mijnstreek'];
const DIMENSION_EFFECT: Record<string, number> = { trust: 0.5, commitment: 0.3, joint_approach: 0, communication: -0.3, clarity: -0.7, interests: -0.2, agreements: 0.2 };
const LEVEL_EFFECT: Record<string, number> = { individual: 0.4, organisation: 0, chain: -0.5 };

/** Invented but patterned answers: organisations differ, some n.v.t. and weet niet. */
function answersFor(items: MatrixItem[], base: number, j: number): Record<string, CellAnswer> {
  const answers: Record<string, CellAnswer> = {};
  for (const [i, item] of items.entries()) {
    if ((j * 7 + i * 3) % 23 === 0) answers[item.itemId] = 'na';
    else if ((j * 5 + i) % 19 === 4) answers[item.itemId] = 'dk';
    else {
      const wobble = (((j + i) % 3) - 1) * 0.8;
      answers[item.itemId] = Math.min(5, Math.max(1, Math.round(base + DIMENSION_EFFECT[item.dimension]! + LEVEL_EFFECT[item.level]! + wobble)));
    }
  }
  return answers;
}

const nl = (n: number, digits: number) => new Intl.NumberFormat('nl', { maximumFractionDigits: digits }).format(n);

describe.skipIf(skipBrowserTests)('a study’s satisfaction compared by organisation and region', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watch: PageWatch;
  let studyId: string;
  let planned: PlannedRespondent[];
  let items: MatrixItem[];

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startTestServer({ personas: ['lead', 'interviewer', 'partner', 'analyst'] });
    items = matrixItems(await readTopicList(server, TOPICLIST));
    planned = [];
    let j = 0;
    for (const [organisation, count, base] of ORGANISATIONS) {
      for (let i = 0; i < count; i++, j++) planned.push({ organisation, region: REGIONS[j % REGIONS.length]!, answers: answersFor(items, base, j) });
    }
    // Still in progress: counts only with "all interviews".
    planned.push({ organisation: 'Veilig Thuis', region: 'Parkstad', answers: answersFor(items, 1, 99), final: false });
    const study = await createMatrixStudy(server, { name: 'Ketensamenwerking Limburg', topiclist: TOPICLIST, minGroupSize: K, respondents: planned });
    studyId = study.studyId;
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'nl-NL' });
    watch = await watchContext(context);
    await signInContext(context, server.url, 'lead');
    page = await context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const groupItem = (name: string) => page.locator(`ld-matrix-group-list li[data-group="${name}"]`);

  it('is linked from the study page', async () => {
    await page.goto(`${server.url}/studies/${studyId}`);
    await page.getByRole('link', { name: 'Tevredenheid vergelijken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tevredenheid vergeleken' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/studies/${studyId}/matrix`);
    expect(await page.getByRole('radio', { name: 'Organisatie' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Afgerond en goedgekeurd' }).isChecked()).toBe(true);
  });

  it('lists the organisations with n, and the suppressed ones without any number', async () => {
    await groupItem('Veilig Thuis').waitFor();
    expect(await groupItem('Veilig Thuis').innerText()).toMatch(/Veilig Thuis\s+n = 5/);
    expect(await groupItem('Veiligheidshuis').innerText()).toMatch(/n = 4/);
    expect(await groupItem('Politie').innerText()).toMatch(/n = 4/);
    expect(await groupItem('total').innerText()).toMatch(/Totaal\s+n = 17/);
    const small = await groupItem('Reclassering').innerText();
    expect(small).toContain(`onderdrukt: minder dan ${K} respondenten`);
    const protecting = await groupItem('Gemeente').innerText();
    expect(protecting).toContain('onderdrukt: om de andere groepen te beschermen');
    for (const text of [small, protecting]) {
      expect(text).not.toMatch(/n\s*=/);
      expect(text.replace(`minder dan ${K} respondenten`, '')).not.toMatch(/\d/);
    }
  });

  it('draws one chart per dimension with bars for the published groups and the total only', async () => {
    const charts = page.locator('ld-matrix-bar-chart');
    expect(await charts.count()).toBe(7);
    const trust = page.locator('ld-matrix-bar-chart[dimension="trust"] svg');
    const words = await trust.evaluate((svg) => Array.from(svg.querySelectorAll('text')).map((t) => t.textContent?.trim()));
    for (const name of ['Veilig Thuis', 'Veiligheidshuis', 'Politie', 'Totaal', 'Individueel niveau', 'Zeer ontevreden', 'Zeer tevreden']) expect(words).toContain(name);
    expect(words).not.toContain('Reclassering');
    expect(words).not.toContain('Gemeente');
    // 3 levels x (3 groups + total), each bar with its value and n beside it.
    expect(await trust.locator('rect.bar').count()).toBe(12);
    expect(words.filter((w) => w?.startsWith('n=')).length).toBe(12);
    expect(await sidewaysOverflow(page)).toBe(0);
    await saveScreenshot(page, 'study-matrix-organisation-nl-1024', { fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await saveScreenshot(page, 'study-matrix-organisation-print-nl-1024', { fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  it('gives the exact figures in a table, suppressed groups without figures', async () => {
    await page.getByText('Cijfers van vertrouwen als tabel').click();
    const table = page.locator('ld-matrix-bar-chart[dimension="trust"] ld-matrix-stats-table table');
    await table.waitFor();
    const rows = await table.evaluate((t: HTMLTableElement) =>
      Array.from(t.tBodies).flatMap((body) => {
        const level = body.querySelector('th[scope="rowgroup"]')?.textContent?.trim();
        return Array.from(body.rows).map((row) => [level, ...Array.from(row.cells).filter((c) => c.getAttribute('scope') !== 'rowgroup').map((c) => c.textContent!.trim())]);
      }),
    );
    // By hand: trust x individual in Veilig Thuis.
    const item = items.find((i) => i.dimension === 'trust' && i.level === 'individual')!.itemId;
    const vt = planned.filter((p) => p.organisation === 'Veilig Thuis' && p.final !== false).map((p) => p.answers[item]!);
    const values = vt.filter((v): v is number => typeof v === 'number');
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const row = rows.find((r) => r[0] === 'Individueel niveau' && r[1] === 'Veilig Thuis')!;
    expect(row.slice(2, 4)).toEqual([String(values.length), nl(mean, 2)]);
    expect(row.slice(6)).toEqual([String(vt.filter((v) => v === 'na').length), String(vt.filter((v) => v === 'dk').length)]);
    const hidden = rows.find((r) => r[0] === 'Individueel niveau' && r[1] === 'Reclassering')!;
    expect(hidden.slice(2)).toEqual([`onderdrukt: minder dan ${K} respondenten`]);
    await page.locator('ld-matrix-bar-chart[dimension="trust"]').screenshot({ path: fileURLToPath(new URL('../artifacts/study-matrix-table-nl-1024.png', import.meta.url)) });
    await page.getByText('Cijfers van vertrouwen als tabel').click();
  });

  it('switches to regions, keeping the choice in the address', async () => {
    await page.getByRole('radio', { name: 'Regio' }).check();
    await groupItem('Parkstad').waitFor();
    expect(new URL(page.url()).search).toBe('?by=region');
    for (const [region, n] of [['Zuid-Limburg', 6], ['Parkstad', 6], ['Westelijke Mijnstreek', 5]] as const) {
      expect(await groupItem(region).innerText()).toContain(`n = ${n}`);
    }
    expect(await page.locator('ld-matrix-group-list li.suppressed').count()).toBe(0);
    await page.getByRole('status').filter({ hasText: 'Vergeleken per regio' }).waitFor();
    await page.locator('ld-matrix-bar-chart[dimension="trust"] svg').getByText('Westelijke Mijnstreek').first().waitFor();
    await saveScreenshot(page, 'study-matrix-region-nl-1024', { fullPage: true });
    await page.reload();
    expect(await page.getByRole('radio', { name: 'Regio' }).isChecked()).toBe(true);
  });

  it('fits a phone, one chart under the other', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await sidewaysOverflow(page)).toBe(0);
    await saveScreenshot(page, 'study-matrix-region-nl-phone-390');
    await page.setViewportSize({ width: 1024, height: 768 });
  });

  it('counts interviews in progress too when asked', async () => {
    await page.getByRole('radio', { name: 'Alle, ook lopende' }).check();
    await page.getByRole('status').filter({ hasText: '18 respondenten tellen mee' }).waitFor();
    expect(await groupItem('total').innerText()).toMatch(/n = 18/);
    expect(new URL(page.url()).search).toBe('?by=region&include=all');
  });

  it('has no serious or critical axe violations', async () => {
    expect(await runAxe(page)).toEqual([]);
  });

  it('is there for an analyst, not for an interviewer', async () => {
    for (const persona of ['analyst', 'interviewer'] as const) {
      const other = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'nl-NL' });
      const otherWatch = await watchContext(other);
      await signInContext(other, server.url, persona);
      const tab = await other.newPage();
      await tab.goto(`${server.url}/studies/${studyId}`);
      await tab.getByRole('heading', { level: 1, name: 'Ketensamenwerking Limburg' }).waitFor();
      expect(await tab.getByRole('link', { name: 'Tevredenheid vergelijken' }).count()).toBe(persona === 'analyst' ? 1 : 0);
      await tab.goto(`${server.url}/studies/${studyId}/matrix`);
      if (persona === 'analyst') await tab.locator('ld-matrix-group-list li[data-group="Veilig Thuis"]').waitFor();
      else await tab.getByText('Deze pagina is er niet voor uw rol.').waitFor();
      expect(otherWatch.errors).toEqual([]);
      expect(otherWatch.cspViolations).toEqual([]);
      await other.close();
    }
  });

  it('logged no errors and no CSP violations', () => {
    expect(watch.errors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
});
