// Both students of a pair on the same interview, each on a tablet (two browser contexts):
// each sees the other's changes live and where the other is; a field with focus is never
// overwritten under the cursor; a real conflict is shown side by side and resolved in the
// UI. Then signing out: the outbox is flushed first (or a warning stops it), and nothing of
// the interview is left on the tablet.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/build-client.ts';
import { runAxe } from '../helpers/axe.ts';
import { launchBrowser, saveScreenshot, skipBrowserTests } from '../helpers/browser.ts';
import { type PageWatch, watchContext } from '../helpers/browser-page.ts';
import {
  card,
  createInterviewStudy,
  type InterviewStudy,

  openTopic,
  pairTablet,
  planAnswers,
  planInterview,
  serverInterview,
  waitUntilSaved,
} from '../helpers/interview-browser.ts';
import { PERSONAS } from '../helpers/personas.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

describe.skipIf(skipBrowserTests)('two tablets of a pair on one interview', () => {
  let server: TestServer;
  let browser: Browser;
  let daanContext: BrowserContext;
  let sanneContext: BrowserContext;
  let daan: Page;
  let sanne: Page;
  const watches: PageWatch[] = [];
  let study: InterviewStudy;
  let interviewId = '';

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startTestServer({ personas: ['lead', 'interviewer', 'partner'] });
    study = await createInterviewStudy(server, 'Ketensamenwerking duo', 1);
    interviewId = await planInterview(server, study, 0);
    browser = await launchBrowser();
    daanContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    sanneContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    for (const c of [daanContext, sanneContext]) watches.push(await watchContext(c));
    await pairTablet(daanContext, server.url, 'interviewer', 'Tablet Daan');
    await pairTablet(sanneContext, server.url, 'partner', 'Tablet Sanne');
    daan = await daanContext.newPage();
    sanne = await sanneContext.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const items = () => planAnswers(study.topicList, 'duo');
  const byId = (id: string) => items().find((p) => p.item.id === id)!;

  it('consent on one tablet opens the questions on the other', async () => {
    await daan.goto(`${server.url}/interviews/${interviewId}`);
    await sanne.goto(`${server.url}/interviews/${interviewId}`);
    await sanne.getByRole('heading', { name: 'Toestemming van de respondent' }).waitFor();
    await daan.getByRole('button', { name: 'Ja, de respondent geeft toestemming' }).click();
    await daan.getByRole('tab').first().waitFor();
    await sanne.getByRole('tab').first().waitFor({ timeout: 15_000 });
  });

  it('shows where the other interviewer is', async () => {
    const decisiveness = byId('decisiveness-open');
    const criminal = byId('criminal-law-open');
    await openTopic(daan, decisiveness.level, decisiveness.topic);
    await openTopic(sanne, criminal.level, criminal.topic);
    await daan.getByRole('status').filter({ hasText: `${PERSONAS.partner.name} is bij Kennis van strafrecht (Individueel niveau)` }).waitFor();
    await sanne.getByRole('status').filter({ hasText: `${PERSONAS.interviewer.name} is bij Daadkracht (Individueel niveau)` }).waitFor();
    // The partner's initials on their topic in the list.
    const topics = daan.getByRole('navigation', { name: 'Onderwerpen' });
    await topics.getByRole('button', { name: new RegExp(`^Kennis van strafrecht.*${PERSONAS.partner.name} is hier`) }).waitFor();
    expect(await topics.getByRole('button', { name: /Kennis van strafrecht/ }).textContent()).toContain('SK');
    await saveScreenshot(daan, 'runner-duo-presence-nl-1024');
  });

  it("each sees the other's changes live", async () => {
    const rating = byId('decisiveness-rating');
    await openTopic(sanne, rating.level, rating.topic);
    await card(daan, rating.item).getByRole('radio', { name: /^4\b/ }).click();
    await card(sanne, rating.item).getByRole('radio', { name: /^4\b/, checked: true }).waitFor({ timeout: 10_000 });
    await card(sanne, rating.item).getByRole('radio', { name: /^n\.v\.t\./ }).click();
    await card(daan, rating.item).getByRole('radio', { name: /^n\.v\.t\./, checked: true }).waitFor({ timeout: 10_000 });
    await waitUntilSaved(daan);
    await waitUntilSaved(sanne);
    const onServer = (await serverInterview(server, study, interviewId)).answers.find((a) => a.itemId === rating.item.id);
    expect(onServer?.value).toBe('na');
  });

  it('holds a remote change to a focused field until it loses focus, then says who changed it', async () => {
    const open = byId('decisiveness-open');
    const sanneField = card(sanne, open.item).getByRole('textbox', { name: /^Antwoord/ });
    await sanneField.focus();
    await card(daan, open.item).getByRole('textbox', { name: /^Antwoord/ }).fill('Daan schrijft: direct contact met de wijkagent.');
    await daan.keyboard.press('Tab');
    await waitUntilSaved(daan);
    // The server has it, and Sanne's tablet too, but her field keeps what she sees.
    await expect.poll(async () => (await serverInterview(server, study, interviewId)).answers.find((a) => a.itemId === open.item.id)?.value).toBe(
      'Daan schrijft: direct contact met de wijkagent.',
    );
    await sanne.waitForTimeout(1500);
    expect(await sanneField.inputValue()).toBe('');
    expect(await sanneField.evaluate((el) => el.matches(':focus'))).toBe(true);
    await sanne.keyboard.press('Tab');
    await expect.poll(() => sanneField.inputValue()).toBe('Daan schrijft: direct contact met de wijkagent.');
    await card(sanne, open.item).getByText('Gewijzigd door Daan').waitFor();
    await saveScreenshot(sanne, 'runner-duo-changed-by-nl-1024');
  });

  it('shows a real conflict side by side and resolves it through the UI', async () => {
    const open = byId('decisiveness-open');
    const rating = byId('decisiveness-rating');
    // Sanne's tablet loses the network; both change the same two items.
    await sanneContext.setOffline(true);
    await sanne.getByRole('status').filter({ hasText: /^Offline/ }).waitFor();
    await card(sanne, open.item).getByRole('textbox', { name: /^Antwoord/ }).fill('Sanne: eerst overleg met de casusregisseur.');
    await card(sanne, rating.item).getByRole('radio', { name: /^2\b/ }).click();
    await sanne.keyboard.press('Tab');
    await card(daan, open.item).getByRole('textbox', { name: /^Antwoord/ }).fill('Daan: meteen de politie gebeld.');
    await card(daan, rating.item).getByRole('radio', { name: /^5\b/ }).click();
    await daan.keyboard.press('Tab');
    await waitUntilSaved(daan);

    await sanneContext.setOffline(false);
    await sanne.getByRole('status').filter({ hasText: 'Conflict — kies een versie' }).waitFor({ timeout: 20_000 });
    const textConflict = card(sanne, open.item).getByRole('region', { name: 'Twee versies van dit antwoord' });
    await textConflict.getByRole('group', { name: 'Mijn versie (deze tablet)' }).getByText('Sanne: eerst overleg met de casusregisseur.').waitFor();
    const theirs = textConflict.getByRole('group', { name: `Versie van ${PERSONAS.interviewer.name}` });
    await theirs.getByText('Daan: meteen de politie gebeld.').waitFor();
    await theirs.getByText(/^opgeslagen /).waitFor();
    const scaleConflict = card(sanne, rating.item).getByRole('region', { name: 'Twee versies van dit antwoord' });
    await scaleConflict.getByText('2 · In geringe mate').waitFor();
    await scaleConflict.getByText('5 · In zeer grote mate').waitFor();
    await saveScreenshot(sanne, 'runner-duo-conflict-nl-1024');
    expect(await runAxe(sanne)).toEqual([]);

    // The text: merged in one field holding both. The scale: the other's version.
    await textConflict.getByRole('button', { name: 'Samenvoegen' }).click();
    const merged = textConflict.getByLabel('Samengevoegd antwoord');
    expect(await merged.inputValue()).toBe('Sanne: eerst overleg met de casusregisseur.\n\nDaan: meteen de politie gebeld.');
    await merged.fill('Eerst overleg met de casusregisseur, daarna de politie gebeld.');
    await saveScreenshot(sanne, 'runner-duo-merge-nl-1024');
    await textConflict.getByRole('button', { name: 'Samengevoegde versie opslaan' }).click();
    await scaleConflict.getByRole('button', { name: `Versie van ${PERSONAS.interviewer.name} houden` }).click();
    await waitUntilSaved(sanne, 20_000);

    const answers = (await serverInterview(server, study, interviewId)).answers;
    expect(answers.find((a) => a.itemId === open.item.id)?.value).toBe('Eerst overleg met de casusregisseur, daarna de politie gebeld.');
    expect(answers.find((a) => a.itemId === rating.item.id)?.value).toBe(5);
    // And Daan's tablet follows.
    await expect.poll(() => card(daan, open.item).getByRole('textbox', { name: /^Antwoord/ }).inputValue()).toBe(
      'Eerst overleg met de casusregisseur, daarna de politie gebeld.',
    );
  }, 90_000);

  it('signing out with answers only on the tablet warns first; then it flushes and wipes', async () => {
    const criminal = byId('criminal-law-need');
    await openTopic(sanne, criminal.level, criminal.topic);
    await sanneContext.setOffline(true);
    await sanne.getByRole('status').filter({ hasText: /^Offline/ }).waitFor();
    await card(sanne, criminal.item).getByRole('radio', { name: 'Ja', exact: true }).click();
    await sanne.getByRole('button', { name: 'Afmelden' }).click();
    const warning = sanne.getByRole('dialog', { name: 'Nog niet alles is verzonden' });
    await warning.getByText('1 antwoord staat nog alleen op deze tablet.').waitFor();
    await saveScreenshot(sanne, 'signout-pending-warning-nl-1024');
    await warning.getByRole('button', { name: 'Annuleren' }).click();
    expect(await sanne.getByRole('tab').count()).toBeGreaterThan(0);

    await sanneContext.setOffline(false);
    await sanne.getByRole('button', { name: 'Afmelden' }).click();
    await sanne.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    const answers = (await serverInterview(server, study, interviewId)).answers;
    expect(answers.find((a) => a.itemId === criminal.item.id)?.value).toBe(true);
    const local = await sanne.evaluate(async () => ({
      indexedDB: (await indexedDB.databases()).map((d) => d.name),
      localStorage: Object.keys(localStorage).filter((k) => k !== 'leidraad.locale'),
    }));
    expect(local).toEqual({ indexedDB: [], localStorage: [] });
  }, 60_000);

  it('logged no errors and no CSP violations', () => {
    for (const watch of watches) {
      expect(watch.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(e))).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    }
  });
});

