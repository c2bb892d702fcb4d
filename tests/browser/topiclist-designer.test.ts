// The designer end to end in real Chromium, as a research lead who has never seen YAML:
// start an empty list, build it, reload mid-edit, preview it in the runner, publish it,
// and conduct an interview on it; then a second version whose breaking change must be
// confirmed before it is published.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/build-client.ts';
import { runAxe } from '../helpers/axe.ts';
import { launchBrowser, saveScreenshot, skipBrowserTests } from '../helpers/browser.ts';
import { type PageWatch, signInContext, watchContext } from '../helpers/browser-page.ts';
import { pairTablet } from '../helpers/interview-browser.ts';
import { PERSONAS, signIn } from '../helpers/personas.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

describe.skipIf(skipBrowserTests)('designing a topic list in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watch: PageWatch;
  let leadCookie: string;
  const apiCalls: string[] = [];

  const api = async (method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const res = await server.testApp.app.inject({ method, url, headers: { cookie: leadCookie }, ...(payload === undefined ? {} : { payload: payload as object }) });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const saved = () => page.getByRole('status').filter({ hasText: 'Bewaard op de server' }).waitFor();
  const level = (n: number) => page.locator('ld-editor-level').nth(n);

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startTestServer({ personas: ['lead', 'interviewer'] });
    leadCookie = await signIn(server.testApp, PERSONAS.lead.email);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    watch = await watchContext(context);
    await signInContext(context, server.url, 'lead');
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('request', (r) => apiCalls.push(`${r.method()} ${new URL(r.url()).pathname}`));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('starts an empty topic list from the menu', async () => {
    await page.goto(server.url);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Ontwerpen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Topiclijsten ontwerpen' }).waitFor();
    await page.getByText('Er zijn nog geen concepten.').waitFor();
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'designer-drafts-nl-1024', { fullPage: true });
    await page.getByRole('button', { name: 'Lege topiclijst' }).click();
    await page.waitForURL(/\/designer\/[0-9a-f-]{36}$/);
    await page.getByText(/problemen voordat dit concept gepubliceerd kan worden/).waitFor();
    expect(await page.getByRole('button', { name: 'Publiceren' }).isDisabled()).toBe(true);
  });

  it('builds levels, topics and questions; every edit is kept, also across a reload', async () => {
    await page.getByRole('textbox', { name: 'Id', exact: true }).first().fill('pilot-zuid');
    const title = page.getByRole('group', { name: 'Titel', exact: true });
    await title.getByRole('textbox', { name: 'Titel nl (standaard)' }).fill('Pilot Zuid');
    await title.getByRole('textbox', { name: 'Titel en' }).fill('Pilot South');

    await page.getByRole('button', { name: 'Dimensie toevoegen', exact: true }).click();
    await page.keyboard.type('Vertrouwen');

    await page.getByRole('button', { name: 'Niveau toevoegen', exact: true }).click();
    await page.keyboard.type('Keten');
    await level(0).getByRole('textbox', { name: 'Naam en' }).first().fill('Chain');
    await level(0).getByRole('button', { name: 'Topic toevoegen', exact: true }).click();
    await page.keyboard.type('Regie');
    const topic = level(0).locator('ld-editor-topic').first();
    await topic.getByRole('button', { name: 'Vraag toevoegen', exact: true }).click();
    await page.keyboard.type('Wie voert de regie?');
    await topic.getByRole('button', { name: 'Vraag toevoegen', exact: true }).click();
    await page.keyboard.type('Hoe tevreden bent u over het vertrouwen?');
    const scaleItem = topic.locator('ld-editor-item').nth(1);
    await scaleItem.getByRole('combobox', { name: 'Soort vraag' }).selectOption({ label: 'Schaal' });
    await scaleItem.getByRole('combobox', { name: 'Dimensie', exact: true }).selectOption({ label: 'Vertrouwen' });
    await scaleItem.getByRole('textbox', { name: 'Vraag en' }).fill('How satisfied are you with trust?');

    // Reloaded at once, before the pause after typing: the edit was kept on this device.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Pilot Zuid' }).waitFor();
    await saved();
    await page.getByText('Geen problemen: dit concept kan gepubliceerd worden.').waitFor();
    const drafts = await api('GET', '/api/topiclist-drafts');
    expect(drafts).toHaveLength(1);
    const draft = await api('GET', `/api/topiclist-drafts/${drafts[0].id}`);
    expect(draft.issues).toEqual([]);
    expect(draft.content.levels[0].topics[0].items.map((i: { type: string }) => i.type)).toEqual(['open', 'scale']);
    expect(draft.content.levels[0].topics[0].items[1]).toMatchObject({ type: 'scale', scale: 'satisfaction', dimension: 'vertrouwen' });
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'designer-edit-nl-1024', { fullPage: true });
  });

  it('shows a problem next to its field as soon as it is made', async () => {
    const prompt = level(0).locator('ld-editor-item').first().getByRole('textbox', { name: 'Vraag nl (standaard)' });
    await prompt.fill('');
    expect(await prompt.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('1 probleem voordat dit concept gepubliceerd kan worden. Ze staan bij de velden.').waitFor();
    expect(await page.getByRole('button', { name: 'Publiceren' }).isDisabled()).toBe(true);
    await prompt.fill('Wie voert de regie?');
    await page.getByText('Geen problemen: dit concept kan gepubliceerd worden.').waitFor();
    await saved();
  });

  it('previews the draft in the runner the tablets use, in either language, storing nothing', async () => {
    apiCalls.length = 0;
    await page.getByRole('navigation', { name: 'Weergave' }).getByRole('link', { name: 'Voorbeeld' }).click();
    await page.getByRole('tab', { name: /^Keten/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Regie' }).waitFor();
    await page.getByText('Hoe tevreden bent u over het vertrouwen?').waitFor();
    const scale = page.getByRole('radiogroup').first();
    await scale.getByRole('radio', { name: /^4/ }).click();
    expect(await scale.getByRole('radio', { name: /^4/ }).getAttribute('aria-checked')).toBe('true');
    await page.getByText('1 van 2 beantwoord').first().waitFor();
    await saveScreenshot(page, 'designer-preview-nl-1024', { fullPage: true });

    await page.getByLabel('Taal van de vragen').selectOption({ label: 'Engels' });
    await page.getByRole('tab', { name: /^Chain/ }).waitFor();
    await page.getByText('How satisfied are you with trust?').waitFor();
    await page.getByLabel('Scherm').selectOption({ label: 'Tablet staand (768 px)' });
    expect(await page.locator('ld-designer-preview .frame').evaluate((el) => el.clientWidth)).toBe(768);
    expect(apiCalls.filter((c) => c.includes('/api/interviews') || c.startsWith('PUT'))).toEqual([]);
  });

  it('publishes it as version 1 and a study conducts an interview on it', async () => {
    await page.getByRole('button', { name: 'Publiceren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publiceren als pilot-zuid versie 1' });
    await dialog.waitFor();
    expect(await dialog.getByRole('alert').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Publiceren' }).click();
    await page.waitForURL(`${server.url}/topiclists/pilot-zuid`);
    await page.getByRole('heading', { level: 1, name: 'Pilot Zuid' }).waitFor();
    expect(await api('GET', '/api/topiclist-drafts')).toEqual([]);

    const study = await api('POST', '/api/studies', { name: 'Pilot Zuid', topiclist: { id: 'pilot-zuid', version: 1 } });
    await api('POST', `/api/studies/${study.id}/members`, { userId: server.users.interviewer!.id });
    const respondent = await api('POST', `/api/studies/${study.id}/respondents`, { organisation: 'Politie', role: 'procesregisseur', region: 'Parkstad' });
    const interview = await api('POST', `/api/studies/${study.id}/interviews`, { respondentId: respondent.id, interviewerIds: [server.users.interviewer!.id] });

    const tabletContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    await pairTablet(tabletContext, server.url, 'interviewer', 'Tablet Zuid');
    const tablet = await tabletContext.newPage();
    await tablet.goto(`${server.url}/interviews/${interview.id}`);
    await tablet.getByRole('button', { name: 'Ja, de respondent geeft toestemming' }).click();
    await tablet.getByRole('tab', { name: /^Keten/ }).waitFor();
    await tablet.getByText('Wie voert de regie?').waitFor();
    await tablet.getByRole('radiogroup').first().getByRole('radio', { name: /^5/ }).click();
    await tablet.getByRole('status').filter({ hasText: 'Opgeslagen op de server' }).first().waitFor();
    const onServer = await api('GET', `/api/interviews/${interview.id}`);
    expect(onServer.topiclist).toEqual({ id: 'pilot-zuid', version: 1 });
    expect(onServer.answers.map((a: { itemId: string; value: unknown }) => [a.itemId, a.value])).toEqual([['hoe-tevreden-bent-u-over-het-vertrouwen', 5]]);
    await tabletContext.close();
  });

  it('asks for confirmation before publishing a change that breaks comparison', async () => {
    await page.goto(`${server.url}/designer`);
    await page.getByLabel('Topiclijst en versie').selectOption({ label: 'Pilot Zuid, versie 1' });
    await page.getByRole('button', { name: 'Kopie maken' }).click();
    await page.waitForURL(/\/designer\/[0-9a-f-]{36}$/);
    const scaleItem = level(0).locator('ld-editor-item').nth(1);
    await scaleItem.getByRole('combobox', { name: 'Soort vraag' }).selectOption({ label: 'Open vraag' });
    await saved();

    await page.getByRole('navigation', { name: 'Weergave' }).getByRole('link', { name: 'Wijzigingen' }).click();
    await page.getByText('Ten opzichte van pilot-zuid versie 1').waitFor();
    await page.locator('ld-version-diff').getByText(/onvergelijkbaar|breekt|niet vergelijkbaar/i).first().waitFor();

    await page.getByRole('button', { name: 'Publiceren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publiceren als pilot-zuid versie 2' });
    await dialog.getByRole('alert').getByText(/1 wijziging maakt antwoorden onvergelijkbaar/).waitFor();
    const publish = dialog.getByRole('button', { name: 'Publiceren' });
    expect(await publish.isDisabled()).toBe(true);
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'designer-publish-breaking-nl-1024');
    await dialog.getByLabel(/Ik begrijp dat deze antwoorden niet te vergelijken zijn/).check();
    await publish.click();
    await page.waitForURL(`${server.url}/topiclists/pilot-zuid`);
    const versions = await api('GET', '/api/topiclists/pilot-zuid/versions');
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect({ errors: watch.errors, csp: watch.cspViolations }).toEqual({ errors: [], csp: [] });
  });
});
