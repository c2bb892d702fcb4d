// A respondent's satisfaction matrix as a heatmap in real Chromium: the values and the
// n.v.t. / w.n. / not-asked marks read from the table, reached from the study page and the
// interview page; another shape of topic list; printing; an interviewer refused nicely.
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/build-client.ts';
import { runAxe } from '../helpers/axe.ts';
import { launchBrowser, saveScreenshot, skipBrowserTests } from '../helpers/browser.ts';
import { type PageWatch, sidewaysOverflow, signInContext, watchContext } from '../helpers/browser-page.ts';
import { type CellAnswer, createMatrixStudy, loadMatrixFixture, type MatrixStudy, matrixItems, readTopicList } from '../helpers/matrix-study.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const TOPICLIST = { id: 'ketensamenwerking-stalking', version: 1 };

/** Per dimension: individual, organisation and chain level; "-" is never asked. */
const PLAN: Record<string, [CellAnswer, CellAnswer, CellAnswer]> = {
  trust: [5, 4, 'na'],
  commitment: [4, 3, 2],
  joint_approach: [3, 'dk', 4],
  communication: [2, 3, 5],
  clarity: [1, 2, 3],
  interests: ['-', 4, 3],
  agreements: [4, 5, 1],
};
const LEVELS = ['individual', 'organisation', 'chain'];
/** What each cell shows, in Dutch. */
const shown = (a: CellAnswer) => (a === 'na' ? 'n.v.t.' : a === 'dk' ? 'w.n.' : a === '-' ? '—' : String(a));
const status = (a: CellAnswer) => (a === 'na' ? 'not_applicable' : a === 'dk' ? 'dont_know' : a === '-' ? 'not_asked' : 'answered');

interface ReadTable {
  caption: string;
  head: { text: string; scope: string | null }[];
  rows: { th: string; scope: string | null; cells: { shown: string; spoken: string; status: string; background: string }[] }[];
}

/** The heatmap's table as a screen reader and a reader see it. */
const readHeatmap = (page: Page): Promise<ReadTable> =>
  page.locator('ld-matrix-heatmap table').evaluate((table: HTMLTableElement) => ({
    caption: table.caption?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    head: Array.from(table.tHead!.rows[0]!.cells).map((c) => ({ text: c.textContent!.trim(), scope: c.getAttribute('scope') })),
    rows: Array.from(table.tBodies[0]!.rows).map((row) => ({
      th: row.cells[0]!.textContent!.trim(),
      scope: row.cells[0]!.getAttribute('scope'),
      cells: Array.from(row.cells)
        .slice(1)
        .map((cell) => ({
          shown: cell.querySelector('.shown')?.textContent?.trim() ?? '',
          spoken: cell.querySelector('.visually-hidden')?.textContent?.trim() ?? '',
          status: (cell as HTMLElement).dataset.status ?? '',
          background: `${getComputedStyle(cell).backgroundColor} ${getComputedStyle(cell).backgroundImage}`,
        })),
    })),
  }));

describe.skipIf(skipBrowserTests)('a respondent’s satisfaction matrix', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watch: PageWatch;
  let study: MatrixStudy;
  let small: MatrixStudy;

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startTestServer({ personas: ['lead', 'interviewer', 'partner', 'analyst'] });
    const answers: Record<string, CellAnswer> = {};
    for (const item of matrixItems(await readTopicList(server, TOPICLIST))) answers[item.itemId] = PLAN[item.dimension]![LEVELS.indexOf(item.level)]!;
    study = await createMatrixStudy(server, {
      name: 'Ketensamenwerking Limburg',
      topiclist: TOPICLIST,
      respondents: [{ organisation: 'Veilig Thuis', role: 'casusregisseur', region: 'Zuid-Limburg', answers }],
    });
    // Another shape: 2 dimensions x 2 levels, a cell of two items (4 and 5: mean 4.5).
    const fixture = await loadMatrixFixture(server);
    small = await createMatrixStudy(server, {
      name: 'Matrixtest',
      topiclist: fixture,
      respondents: [{ organisation: 'Politie', region: 'Parkstad', answers: { 'ind-trust-a': 4, 'ind-trust-b': 5, 'ind-speed': 'dk', 'chain-trust': 2 }, final: false }],
    });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'nl-NL' });
    watch = await watchContext(context);
    await signInContext(context, server.url, 'lead');
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is reached from the interview list of the study page', async () => {
    await page.goto(`${server.url}/studies/${study.studyId}`);
    const list = page.locator('ld-study-interviews ld-interview-list');
    await list.getByRole('link', { name: 'Matrix tevredenheidsmatrix van R001' }).waitFor();
    await list.screenshot({ path: fileURLToPath(new URL('../artifacts/matrix-link-study-interviews-nl-1024.png', import.meta.url)) });
    await page.getByRole('link', { name: 'Matrix tevredenheidsmatrix van R001' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tevredenheidsmatrix R001' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/interviews/${study.respondents[0]!.interviewId}/matrix`);
    const facts = await page.locator('ld-interview-matrix-page dl').innerText();
    for (const fact of ['R001', 'Veilig Thuis', 'casusregisseur', 'Zuid-Limburg', 'Afgerond']) expect(facts).toContain(fact);
  });

  it('shows every cell’s value or mark, in the topic list’s order, as a table with headers', async () => {
    const table = await readHeatmap(page);
    expect(table.caption).toBe('Tevredenheid van respondent R001 Schaal van 1 tot en met 5');
    expect(table.head).toEqual([
      { text: 'Dimensie', scope: 'col' },
      { text: 'Individueel niveau', scope: 'col' },
      { text: 'Organisatieniveau', scope: 'col' },
      { text: 'Niveau van ketensamenwerking', scope: 'col' },
    ]);
    const dimensions = study.topicList.dimensions!;
    expect(table.rows.map((r) => r.th)).toEqual(dimensions.map((d) => (d.label as Record<string, string>).nl));
    expect(table.rows.every((r) => r.scope === 'row')).toBe(true);
    for (const [i, d] of dimensions.entries()) {
      const row = table.rows[i]!;
      expect(row.cells.map((c) => c.shown), d.id).toEqual(PLAN[d.id]!.map(shown));
      expect(row.cells.map((c) => c.status), d.id).toEqual(PLAN[d.id]!.map(status));
    }
    const cell = (dimension: string, level: number) => table.rows[dimensions.findIndex((d) => d.id === dimension)]!.cells[level]!;
    // Spoken in full, not as abbreviations.
    expect([cell('trust', 2).spoken, cell('joint_approach', 1).spoken, cell('interests', 0).spoken]).toEqual(['niet van toepassing', 'weet niet', 'niet gevraagd']);
    // Low and high values, and the three marks, all look different.
    const looks = [cell('clarity', 0), cell('trust', 0), cell('trust', 2), cell('joint_approach', 1), cell('interests', 0)].map((c) => c.background);
    expect(new Set(looks).size).toBe(5);
    // The legend names the marks and the scale's meaning.
    const legend = await page.locator('ld-matrix-heatmap .legend').innerText();
    for (const text of ['n.v.t.', 'niet van toepassing', 'w.n.', 'weet niet', 'niet gevraagd', 'Zeer ontevreden', 'Zeer tevreden']) expect(legend).toContain(text);
    expect(await sidewaysOverflow(page)).toBe(0);
    await saveScreenshot(page, 'matrix-heatmap-nl-1024', { fullPage: true });
  });

  it('fits a phone: the table scrolls in its own box, not the page', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await sidewaysOverflow(page)).toBe(0);
    await saveScreenshot(page, 'matrix-heatmap-nl-phone-390', { fullPage: true });
    await page.setViewportSize({ width: 1024, height: 768 });
  });

  it('prints with its colours and black text', async () => {
    await page.emulateMedia({ media: 'print' });
    const look = await page.locator('ld-matrix-heatmap td').first().evaluate((td) => ({
      adjust: getComputedStyle(td).printColorAdjust,
      header: getComputedStyle(td.closest('tr')!.cells[0]!).color,
    }));
    expect(look).toEqual({ adjust: 'exact', header: 'rgb(0, 0, 0)' });
    await saveScreenshot(page, 'matrix-heatmap-print-nl-1024', { fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  it('stays readable in dark mode', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const notAsked = await page.locator('ld-matrix-heatmap td[data-status="not_asked"]').evaluate((td) => [getComputedStyle(td).color, getComputedStyle(td).backgroundColor]);
    expect(notAsked[0]).not.toBe(notAsked[1]);
    await saveScreenshot(page, 'matrix-heatmap-dark-nl-1024');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('has no serious or critical axe violations', async () => {
    expect(await runAxe(page)).toEqual([]);
  });

  it('takes the shape of any topic list: 2 x 2, with a mean of two items', async () => {
    await page.goto(`${server.url}/interviews/${small.respondents[0]!.interviewId}/matrix`);
    await page.getByRole('heading', { level: 1, name: 'Tevredenheidsmatrix R001' }).waitFor();
    const table = await readHeatmap(page);
    expect(table.head.map((h) => h.text)).toEqual(['Dimensie', 'Individueel', 'Keten']);
    expect(table.rows.map((r) => [r.th, ...r.cells.map((c) => c.shown)])).toEqual([
      ['Vertrouwen', '4,5', '2'],
      ['Snelheid', 'w.n.', '—'],
    ]);
    expect(table.rows[0]!.cells[0]!.spoken).toBe(', gemiddelde van 2 vragen');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Satisfaction matrix R001' }).waitFor();
    const english = await readHeatmap(page);
    expect(english.rows.map((r) => [r.th, ...r.cells.map((c) => c.shown)])).toEqual([
      ['Trust', '4.5', '2'],
      ['Speed', 'DK', '—'],
    ]);
    await saveScreenshot(page, 'matrix-heatmap-small-en-1024');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
  });

  it('is linked from the interview page', async () => {
    await page.goto(`${server.url}/interviews/${study.respondents[0]!.interviewId}`);
    await page.getByRole('link', { name: 'Tevredenheidsmatrix bekijken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tevredenheidsmatrix R001' }).waitFor();
  });

  it('shows an interviewer their own respondent’s matrix, and another interviewer a plain refusal', async () => {
    for (const [persona, own] of [['interviewer', true], ['partner', false]] as const) {
      const other = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'nl-NL' });
      const otherWatch = await watchContext(other);
      await signInContext(other, server.url, persona);
      const tab = await other.newPage();
      await tab.goto(`${server.url}/interviews/${study.respondents[0]!.interviewId}/matrix`);
      if (own) {
        await tab.locator('ld-matrix-heatmap table').waitFor();
      } else {
        await tab.getByRole('alert').getByText('het is niet een van uw interviews').waitFor();
        expect(await tab.locator('ld-matrix-heatmap').count()).toBe(0);
        await saveScreenshot(tab, 'matrix-heatmap-refused-nl-1024');
      }
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
