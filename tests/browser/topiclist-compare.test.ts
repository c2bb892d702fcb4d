// Comparing topic list versions and moving a study to a newer one, in real Chromium, for a
// research lead. Version 2 of the study's list drops the answer option "Beide" (breaking).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/build-client.ts';
import { createStudy } from '../../server/services/studies.ts';
import { storeTopicList } from '../../server/services/topiclists.ts';
import { parseTopicList } from '../../server/topiclist/parse.ts';
import { runAxe } from '../helpers/axe.ts';
import { launchBrowser, saveScreenshot, skipBrowserTests } from '../helpers/browser.ts';
import { type PageWatch, sidewaysOverflow, signInContext, watchContext } from '../helpers/browser-page.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { studyYaml } from '../helpers/topiclist-fixtures.ts';

const LIST = 'ketensamenwerking-stalking';

describe.skipIf(skipBrowserTests)('comparing topic list versions', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watch: PageWatch;
  let studyId: string;

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startTestServer({ personas: ['lead'] });
    const db = server.testApp.database.db;
    const parsed = parseTopicList(studyYaml, 'yaml');
    if (!parsed.ok) throw new Error('the study topic list does not parse');
    const v2 = structuredClone(parsed.topicList);
    const focus = v2.levels.flatMap((l) => l.topics.flatMap((t) => t.items)).find((i) => i.id === 'organisation-focus')!;
    focus.options = focus.options!.filter((o) => o.id !== 'both');
    await storeTopicList(db, JSON.stringify(v2), 'json');
    const lead = server.users.lead!;
    studyId = (await createStudy(db, { id: lead.id, role: 'lead', name: lead.name }, { name: 'Versiestudie', topiclist: { id: LIST, version: 1 } })).id;
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    watch = await watchContext(context);
    await signInContext(context, server.url, 'lead');
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('links from the topic list to the comparison, which marks the breaking change in words', async () => {
    await page.goto(`${server.url}/topiclists/${LIST}`);
    await page.getByRole('link', { name: 'Versies vergelijken' }).click();
    await page.waitForURL(`${server.url}/topiclists/${LIST}/compare?from=1&to=2`);
    await page.getByRole('heading', { level: 2, name: 'Van versie 1 naar versie 2' }).waitFor();
    expect(await page.getByLabel('Van versie', { exact: true }).inputValue()).toBe('1');
    expect(await page.getByLabel('Naar versie', { exact: true }).inputValue()).toBe('2');

    const change = page.getByRole('listitem').filter({ hasText: 'Antwoordoptie ‘Beide’ verwijderd' });
    await change.waitFor();
    expect(await change.textContent()).toContain('Breekt vergelijkbaarheid');
    expect(await change.textContent()).toContain('Waar ligt de focus van uw organisatie bij ex-partnerstalking?');
    await page.getByText('1 wijziging, waarvan 1 de vergelijkbaarheid breekt.').waitFor();
    await saveScreenshot(page, 'topiclist-compare-nl-1024');
    expect(await runAxe(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('shows the topic list texts in English when the UI is English, and compares what is picked', async () => {
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    const change = page.getByRole('listitem').filter({ hasText: 'Answer option ‘Both’ removed' });
    await change.waitFor();
    expect(await change.textContent()).toContain('Breaks comparability');
    expect(await change.textContent()).toContain("Where does your organisation's focus lie in ex-partner stalking?");

    await page.getByLabel('From version', { exact: true }).selectOption('2');
    await page.getByText('No differences between these versions.').waitFor();
    expect(new URL(page.url()).search).toBe('?from=2&to=2');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
  });

  it('moves a study to the newer version only after showing what breaks and a confirmation', async () => {
    await page.goto(`${server.url}/studies/${studyId}`);
    await page.getByRole('heading', { level: 2, name: 'Versie van de topiclijst' }).waitFor();
    await page.getByRole('button', { name: 'Naar versie 2' }).click();
    await page.getByRole('heading', { level: 3, name: 'Overstappen van versie 1 naar versie 2' }).waitFor();
    await page.getByText('Deze versie heeft wijzigingen die de vergelijkbaarheid breken.', { exact: false }).waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: 'Antwoordoptie ‘Beide’ verwijderd' }).textContent()).toContain('Breekt vergelijkbaarheid');
    await saveScreenshot(page, 'study-topiclist-move-nl-1024', { fullPage: true });
    expect(await runAxe(page)).toEqual([]);

    await page.getByRole('button', { name: 'Niet overstappen' }).click();
    const study = async () => (await context.request.get(`${server.url}/api/studies/${studyId}`)).json();
    expect((await study()).topiclist.version).toBe(1);

    await page.getByRole('button', { name: 'Naar versie 2' }).click();
    await page.getByRole('button', { name: 'Toch overstappen naar versie 2' }).click();
    await page.getByRole('status').filter({ hasText: 'Het onderzoek gebruikt nu versie 2.' }).waitFor();
    await page.getByText('(versie 2)').waitFor();
    expect((await study()).topiclist.version).toBe(2);
    expect(await page.getByRole('button', { name: /Naar versie/ }).count()).toBe(0);
  });

  it('logged no errors and no CSP violations in the browser console', () => {
    expect(watch.errors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
});
