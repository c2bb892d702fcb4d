// The topic list pages in real Chromium against the full app with the study's topic list,
// for a signed-in research lead.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/build-client.ts';
import { launchBrowser, saveScreenshot, skipBrowserTests } from '../helpers/browser.ts';
import { type PageWatch, signInContext, watchContext } from '../helpers/browser-page.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const LEVELS_NL = ['Individueel niveau', 'Organisatieniveau', 'Niveau van ketensamenwerking'];
// The study's list; the file's title is "Ketensamenwerking bij ex-partnerstalking".
const TITLE_NL = /samenwerking bij ex-partnerstalking/i;

describe.skipIf(skipBrowserTests)('topic list pages', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startTestServer({ personas: ['lead'] });
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

  it('lists the study topic list in Dutch by default and opens it', async () => {
    await page.goto(`${server.url}/topiclists`);
    await page.getByRole('heading', { level: 1, name: 'Topiclijsten' }).waitFor();
    const link = page.getByRole('link', { name: TITLE_NL });
    await link.waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await saveScreenshot(page, 'topiclists-nl-1024');

    await link.click();
    await page.waitForURL(`${server.url}/topiclists/ketensamenwerking-stalking`);
    await page.getByRole('heading', { level: 1, name: TITLE_NL }).waitFor();
  });

  it('shows the three levels as an ARIA tablist', async () => {
    const tablist = page.getByRole('tablist', { name: 'Niveaus' });
    await tablist.waitFor();
    const tabs = tablist.getByRole('tab');
    expect(await tabs.count()).toBe(3);
    for (const [i, label] of LEVELS_NL.entries()) {
      expect(await tabs.nth(i).textContent()).toContain(label);
    }
    const first = page.getByRole('tab', { name: LEVELS_NL[0] });
    expect(await first.getAttribute('aria-selected')).toBe('true');
    // The panel's content is slotted: in the accessibility tree it sits inside the tabpanel,
    // in the DOM it does not, so these lookups are not scoped to the tabpanel element.
    expect(await page.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(await first.getAttribute('id'));
    await page.getByRole('heading', { level: 3, name: 'Daadkracht' }).waitFor();
    await saveScreenshot(page, 'topiclist-individual-nl-1024');
  });

  it('switches levels by click and by arrow keys', async () => {
    await page.getByRole('tab', { name: LEVELS_NL[1] }).click();
    expect(await page.getByRole('tab', { name: LEVELS_NL[1] }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('heading', { level: 2, name: LEVELS_NL[1] }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Bevoegdheden' }).waitFor();
    expect(new URL(page.url()).searchParams.get('level')).toBe('organisation');
    await saveScreenshot(page, 'topiclist-organisation-nl-1024');

    await page.keyboard.press('ArrowRight');
    const chain = page.getByRole('tab', { name: LEVELS_NL[2] });
    expect(await chain.getAttribute('aria-selected')).toBe('true');
    expect(await chain.evaluate((tab) => tab.matches(':focus'))).toBe(true);
    await page.getByRole('heading', { level: 2, name: LEVELS_NL[2] }).waitFor();

    await page.keyboard.press('Home');
    expect(await page.getByRole('tab', { name: LEVELS_NL[0] }).getAttribute('aria-selected')).toBe('true');
  });

  it('switches the language to English and keeps it after a reload', async () => {
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('tab', { name: 'Individual level' }).waitFor();
    await page.getByRole('tab', { name: 'Chain level' }).click();
    await page.getByRole('heading', { level: 2, name: 'Chain level' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await saveScreenshot(page, 'topiclist-chain-en-1024');

    await page.reload();
    await page.getByRole('tab', { name: 'Chain level', selected: true }).waitFor();
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    await page.getByRole('tab', { name: LEVELS_NL[2], selected: true }).waitFor();
  });

  it('fits a tablet in portrait and a phone', async () => {
    for (const [name, viewport] of [
      ['tablet-768', { width: 768, height: 1024 }],
      ['phone-390', { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto(`${server.url}/topiclists/ketensamenwerking-stalking?level=individual`);
      await page.getByRole('tab', { name: LEVELS_NL[0], selected: true }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `topiclist-individual-nl-${name}`);
    }
  });

  it('shows an error for an unknown topic list', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${server.url}/topiclists/does-not-exist`);
    await page.getByRole('alert').getByText('Deze topiclijst bestaat niet.').waitFor();
  });

  it('logged no errors and no CSP violations in the browser console', () => {
    // The unknown list's 404 is logged by Chromium as a refused request; nothing else.
    expect(watch.errors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.refused.every((line) => line.includes('404'))).toBe(true);
  });
});
