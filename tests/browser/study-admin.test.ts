// A research lead sets up a study in real Chromium: members, a pair, a respondent whose
// identity shows only on request; users and the audit log; an analyst's read-only view.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/build-client.ts';
import { launchBrowser, saveScreenshot, skipBrowserTests } from '../helpers/browser.ts';
import { overflowingElements, type PageWatch, sidewaysOverflow, watchContext } from '../helpers/browser-page.ts';
import { PASSWORD, PERSONAS } from '../helpers/personas.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const STUDY = 'Ketensamenwerking Zuid-Nederland';
/** An invented respondent; only the lead may ever see this name. */
const RESPONDENT_NAME = 'Inge Hoekstra';

describe.skipIf(skipBrowserTests)('a lead sets up a study', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watch: PageWatch;
  let studyPath = '';

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startTestServer({ personas: ['lead', 'interviewer', 'partner', 'analyst'] });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'nl-NL' });
    watch = await watchContext(context);
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signIn = async (tab: Page, persona: keyof typeof PERSONAS) => {
    await tab.getByLabel('E-mailadres').fill(PERSONAS[persona].email);
    await tab.getByLabel('Wachtwoord').fill(PASSWORD);
    await tab.getByRole('button', { name: 'Aanmelden' }).click();
    await tab.getByRole('heading', { level: 1, name: 'Onderzoeken' }).waitFor();
  };

  it('shows the sign-in page on any address until signed in', async () => {
    await page.goto(`${server.url}/studies`);
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await saveScreenshot(page, 'login-nl-1024');
    await signIn(page, 'lead');
    expect(new URL(page.url()).pathname).toBe('/studies');
  });

  it('creates a study on the study topic list, with code lists from the suggestions', async () => {
    await page.getByRole('button', { name: 'Nieuw onderzoek' }).click();
    const name = page.getByLabel('Naam van het onderzoek');
    expect(await name.evaluate((input) => input.matches(':focus'))).toBe(true);
    await name.fill(STUDY);
    const topiclist = page.getByLabel('Topiclijst');
    await topiclist.selectOption({ label: 'Ketensamenwerking bij ex-partnerstalking (versie 1)' });
    expect(await page.getByLabel('Drempel k').inputValue()).toBe('5');
    expect(await page.getByLabel('Regio').getAttribute('placeholder')).toContain('Westelijke Mijnstreek');
    await page.getByRole('button', { name: 'Voorbeelden invullen' }).click();
    expect(await page.getByLabel('Organisatie').inputValue()).toBe('Veilig Thuis\nVeiligheidshuis\nPolitie');
    await saveScreenshot(page, 'study-form-nl-1024', { fullPage: true });

    await page.getByRole('button', { name: 'Onderzoek aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: STUDY }).waitFor();
    studyPath = new URL(page.url()).pathname;
    expect(studyPath).toMatch(/^\/studies\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: 'Ketensamenwerking bij ex-partnerstalking' }).waitFor();
    await page.getByText("'s-Hertogenbosch, Zuidoost-Brabant, West-Brabant, Midden-Limburg, Parkstad, Westelijke Mijnstreek, Zuid-Limburg").waitFor();
  });

  it('adds two interviewers and an analyst as members and makes a pair', async () => {
    const members = page.getByRole('region', { name: 'Leden' });
    for (const persona of ['interviewer', 'partner', 'analyst'] as const) {
      const { name, role } = PERSONAS[persona];
      await members.getByLabel('Lid toevoegen').selectOption({ label: `${name} (${role === 'analyst' ? 'Analist' : 'Interviewer'})` });
      await members.getByRole('button', { name: 'Toevoegen' }).click();
      await members.getByRole('status').getByText(`${name} is toegevoegd.`).waitFor();
      await members.getByRole('listitem').filter({ hasText: name }).waitFor();
    }

    const pairs = page.getByRole('region', { name: "Duo's" });
    await pairs.getByLabel('Eerste interviewer').selectOption({ label: PERSONAS.interviewer.name });
    await pairs.getByLabel('Tweede interviewer').selectOption({ label: PERSONAS.partner.name });
    await pairs.getByRole('button', { name: 'Duo maken' }).click();
    await pairs.getByRole('status').getByText('Duo P01 gemaakt').waitFor();
    await pairs.getByRole('listitem').filter({ hasText: `${PERSONAS.interviewer.name} en ${PERSONAS.partner.name}` }).waitFor();
  });

  it('adds a respondent with an identity that shows only after "Toon identiteit"', async () => {
    const form = page.getByRole('form', { name: 'Respondent toevoegen' });
    // The study has code lists, so the coded fields are menus.
    await form.getByLabel('Organisatie').selectOption('Veilig Thuis');
    await form.getByLabel('Functie').selectOption('Casusregisseur');
    await form.getByLabel('Regio').selectOption('Parkstad');
    await page.getByRole('group', { name: 'Identiteit (versleuteld, alleen zichtbaar voor de onderzoeksleider)' }).waitFor();
    await form.getByLabel('Naam').fill(RESPONDENT_NAME);
    await form.getByLabel('E-mailadres').fill('i.hoekstra@example.org');
    await form.getByRole('button', { name: 'Respondent toevoegen' }).click();
    await page.getByRole('status').getByText('Respondent R001 is toegevoegd.').waitFor();
    // The form forgets the identity once it is stored.
    expect(await form.getByLabel('Naam').inputValue()).toBe('');

    const table = page.getByRole('table', { name: 'Respondenten per code' });
    const row = table.getByRole('row').filter({ hasText: 'R001' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Veilig Thuis');
    expect(await page.getByText(RESPONDENT_NAME).count()).toBe(0);
    await page.getByText('wordt dat vastgelegd in de auditlog').waitFor();

    const show = row.getByRole('button', { name: 'Toon identiteit' });
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    await show.click();
    await table.getByText(RESPONDENT_NAME).waitFor();
    expect(await row.getByRole('button', { name: 'Verberg identiteit' }).getAttribute('aria-expanded')).toBe('true');
    await saveScreenshot(page, 'study-lead-nl-1024', { fullPage: true });

    await row.getByRole('button', { name: 'Verberg identiteit' }).click();
    expect(await page.getByText(RESPONDENT_NAME).count()).toBe(0);
  });

  it('creates a user, changes the role and deactivates the account', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    const form = page.getByRole('form', { name: 'Gebruiker toevoegen' });
    const joris = PERSONAS.otherInterviewer;
    await form.getByLabel('Naam').fill(joris.name);
    await form.getByLabel('E-mailadres').fill(joris.email);
    await form.getByLabel('Rol').selectOption({ label: 'Interviewer' });
    await form.getByLabel('Eerste wachtwoord').fill(PASSWORD);
    await form.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByRole('status').getByText(`Account voor ${joris.name} aangemaakt.`).waitFor();

    const card = page.locator('ld-user-card').filter({ hasText: joris.email });
    await card.getByLabel('Rol').selectOption({ label: 'Analist' });
    await card.getByRole('button', { name: 'Rol wijzigen' }).click();
    const dialog = page.getByRole('dialog', { name: `Rol van ${joris.name} wijzigen?` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Rol wijzigen' }).click();
    await page.getByRole('status').getByText(`${joris.name} heeft nu de rol Analist.`).waitFor();

    await card.getByRole('button', { name: 'Deactiveren' }).click();
    const confirm = page.getByRole('dialog', { name: `${joris.name} deactiveren?` });
    // Cancel has the focus, so a stray Enter does no harm.
    expect(await confirm.getByRole('button', { name: 'Annuleren' }).evaluate((b) => b.matches(':focus'))).toBe(true);
    await confirm.getByRole('button', { name: 'Deactiveren' }).click();
    await card.getByText('Gedeactiveerd').waitFor();
    await card.getByRole('button', { name: 'Activeren' }).waitFor();
    await saveScreenshot(page, 'users-nl-1024', { fullPage: true });
  });

  it('shows the audit log, filters it by action and pages back in time', async () => {
    // Enough entries for a second page.
    for (let i = 0; i < 55; i++) await context.request.post(`${server.url}/api/pairings`, { data: {} });
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Auditlog' }).click();
    await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
    const table = page.getByRole('table', { name: 'Gebeurtenissen, nieuwste eerst' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(51);
    await page.getByRole('button', { name: 'Oudere gebeurtenissen' }).click();
    await page.getByText('Begin van de log bereikt.').waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(60);

    await page.getByLabel('Soort actie').selectOption({ label: 'Identiteiten' });
    await page.getByRole('button', { name: 'Filteren' }).click();
    await table.getByRole('cell', { name: 'Identiteit bekeken' }).waitFor();
    expect(await table.getByRole('row').count()).toBe(2);
    expect(await table.getByRole('row').nth(1).textContent()).toContain(PERSONAS.lead.name);

    await page.getByLabel('Soort actie').selectOption({ label: 'Accounts' });
    await page.getByRole('button', { name: 'Filteren' }).click();
    await table.getByRole('cell', { name: 'Account gedeactiveerd' }).waitFor();
    await saveScreenshot(page, 'audit-nl-1024', { fullPage: true });

    // A day range that ends before it starts is caught before asking the server.
    await page.getByLabel('Vanaf').fill('2030-01-02');
    await page.getByLabel('Tot en met').fill('2030-01-01');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.getByText('Deze datum ligt vóór de begindatum.').waitFor();
    await page.getByLabel('Tot en met').fill('2030-01-03');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.getByText('Geen gebeurtenissen gevonden.').waitFor();
  });

  it('fits a phone and a tablet in portrait without the page scrolling sideways', async () => {
    for (const [name, viewport] of [
      ['phone-320', { width: 320, height: 640 }],
      ['tablet-768', { width: 768, height: 1024 }],
    ] as const) {
      await page.setViewportSize(viewport);
      for (const path of [studyPath, '/users', '/audit', '/']) {
        await page.goto(`${server.url}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        // Every part loaded (a page can load several at once).
        await expect.poll(() => page.locator('ld-status[kind="loading"]').count()).toBe(0);
        const overflow = await sidewaysOverflow(page);
        expect(overflow, `${path} at ${name}: ${overflow > 0 ? (await overflowingElements(page)).join(', ') : ''}`).toBeLessThanOrEqual(0);
      }
      await page.goto(`${server.url}${studyPath}`);
      await page.getByRole('table', { name: 'Respondenten per code' }).waitFor();
      await saveScreenshot(page, `study-lead-nl-${name}`, { fullPage: true });
    }
    await page.setViewportSize({ width: 1024, height: 768 });
  });

  it('lets an analyst read the respondents, without any identity controls', async () => {
    const analyst = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const analystWatch = await watchContext(analyst);
    const tab = await analyst.newPage();
    await tab.goto(`${server.url}/`);
    await signIn(tab, 'analyst');
    await tab.getByRole('link', { name: STUDY }).click();
    await tab.getByRole('heading', { level: 1, name: STUDY }).waitFor();
    await tab.getByRole('table', { name: 'Respondenten per code' }).getByRole('row').filter({ hasText: 'R001' }).waitFor();
    expect(await tab.getByRole('button', { name: 'Toon identiteit' }).count()).toBe(0);
    expect(await tab.getByText('Identiteit (versleuteld').count()).toBe(0);
    expect(await tab.getByRole('button', { name: 'Toevoegen' }).count()).toBe(0);
    const nav = tab.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Onderzoeken', 'Topiclijsten']);
    await saveScreenshot(tab, 'study-analyst-nl-1024', { fullPage: true });
    expect(analystWatch.errors).toEqual([]);
    expect(analystWatch.cspViolations).toEqual([]);
    await analyst.close();
  });

  it('logged no errors and no CSP violations', () => {
    expect(watch.errors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
});
