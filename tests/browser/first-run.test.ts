// First run, signing in and out, in real Chromium against the full app.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/build-client.ts';
import { launchBrowser, saveScreenshot, skipBrowserTests } from '../helpers/browser.ts';
import { type PageWatch, watchContext } from '../helpers/browser-page.ts';
import { PASSWORD, PERSONAS } from '../helpers/personas.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const lead = PERSONAS.lead;

describe.skipIf(skipBrowserTests)('first run and signing in', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startTestServer({ firstRun: true });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    watch = await watchContext(context);
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const fillSetup = async (token: string) => {
    await page.getByLabel('Setupcode').fill(token);
    await page.getByLabel('Naam', { exact: true }).fill(lead.name);
    await page.getByLabel('E-mailadres').fill(lead.email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Herhaal het wachtwoord').fill(PASSWORD);
  };

  it('offers to create the research lead account, with the strict CSP in place', async () => {
    const response = await page.goto(`${server.url}/`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    await page.getByRole('heading', { level: 1, name: 'Account van de onderzoeksleider aanmaken' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
    await saveScreenshot(page, 'setup-nl-1024');
  });

  it('checks the fields before sending: token required, password of 10 characters, repeated', async () => {
    await fillSetup('');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('kort');
    await page.getByRole('button', { name: 'Account aanmaken en aanmelden' }).click();
    await page.getByRole('alert').getByText('2 velden zijn nog niet goed ingevuld').waitFor();
    const token = page.getByLabel('Setupcode');
    expect(await token.getAttribute('aria-invalid')).toBe('true');
    expect(await token.evaluate((input) => input.matches(':focus'))).toBe(true);
    await page.getByText('Het wachtwoord moet minstens 10 tekens hebben.').waitFor();
  });

  it('refuses a wrong token with a clear error on the token field', async () => {
    await fillSetup('not-the-token');
    await page.getByRole('button', { name: 'Account aanmaken en aanmelden' }).click();
    await page.getByRole('alert').getByText('De setupcode klopt niet of is verlopen').waitFor();
    expect(await page.getByLabel('Setupcode').getAttribute('aria-invalid')).toBe('true');
    await saveScreenshot(page, 'setup-wrong-token-nl-1024');
  });

  it('creates the account with the printed token and signs in', async () => {
    expect(server.setupToken).toBeTruthy();
    await fillSetup(server.setupToken!);
    await page.getByRole('button', { name: 'Account aanmaken en aanmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Onderzoeken' }).waitFor();
    const header = page.getByRole('banner');
    await header.getByText(lead.name).waitFor();
    await header.getByText('Onderzoeksleider').waitFor();
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    for (const link of ['Onderzoeken', 'Topiclijsten', 'Tablet koppelen', 'Gebruikers', 'Apparaten', 'Auditlog']) {
      await nav.getByRole('link', { name: link }).waitFor();
    }
    await page.getByText('Er zijn nog geen onderzoeken.').waitFor();
    await saveScreenshot(page, 'studies-empty-lead-nl-1024');
  });

  it('signs out to the sign-in page, keeping only the language choice', async () => {
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Studies' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByRole('status').getByText('You have signed out.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    // The server's Clear-Site-Data emptied storage; the client put the language back.
    expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({ 'leidraad.locale': 'en' });
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await saveScreenshot(page, 'login-signed-out-nl-1024');
  });

  it('shows a wrong password as an error and then signs in', async () => {
    await page.getByLabel('E-mailadres').fill(lead.email);
    await page.getByLabel('Wachtwoord').fill('not the password');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('alert').getByText('Het e-mailadres of wachtwoord klopt niet.').waitFor();
    await saveScreenshot(page, 'login-error-nl-1024');

    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Onderzoeken' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('says so when an account is locked after too many failed attempts', async () => {
    const other = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const otherWatch = await watchContext(other);
    const tab = await other.newPage();
    const email = 'onbekend@example.org';
    for (let i = 0; i < 10; i++) {
      await other.request.post(`${server.url}/api/session`, { data: { email, password: 'wrong password' } });
    }
    await tab.goto(`${server.url}/login`);
    await tab.getByLabel('E-mailadres').fill(email);
    await tab.getByLabel('Wachtwoord').fill('wrong password');
    await tab.getByRole('button', { name: 'Aanmelden' }).click();
    await tab.getByRole('alert').getByText('Te veel pogingen.').waitFor();
    expect(otherWatch.errors).toEqual([]);
    expect(otherWatch.refused.some((line) => line.includes('429'))).toBe(true);
    await other.close();
  });

  it('fits a phone', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'studies-empty-lead-nl-phone-320');
    await page.setViewportSize({ width: 1024, height: 768 });
  });

  it('logged no errors and no CSP violations', () => {
    expect(watch.errors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
});
