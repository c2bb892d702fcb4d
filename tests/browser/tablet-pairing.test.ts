// A tablet is paired with a code from the lead, works as its interviewer, and is revoked:
// its next request signs it out and removes every local copy of data. Real Chromium, two
// browser contexts (the lead's computer and the tablet).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/build-client.ts';
import { launchBrowser, saveScreenshot, skipBrowserTests } from '../helpers/browser.ts';
import { type PageWatch, signInContext, watchContext } from '../helpers/browser-page.ts';
import { PERSONAS, signIn } from '../helpers/personas.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const OWN_STUDY = 'Ketensamenwerking Limburg';
const OTHER_STUDY = 'Pilot Brabant';
/** A name the wipe knows (see client/src/local-data.ts); the tablet stores something there. */
const DATABASE = 'leidraad-interviews';

describe.skipIf(skipBrowserTests)('pairing and revoking a tablet', () => {
  let server: TestServer;
  let browser: Browser;
  let leadContext: BrowserContext;
  let tabletContext: BrowserContext;
  let lead: Page;
  let tablet: Page;
  let leadWatch: PageWatch;
  let tabletWatch: PageWatch;

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startTestServer({ personas: ['lead', 'interviewer', 'partner'] });
    // Two studies, only the first with the interviewer in it.
    const cookie = await signIn(server.testApp, PERSONAS.lead.email);
    const inject = (url: string, payload: unknown) =>
      server.testApp.app.inject({ method: 'POST', url, headers: { cookie }, payload: payload as object });
    const topiclist = { id: 'ketensamenwerking-stalking', version: 1 };
    const own = (await inject('/api/studies', { name: OWN_STUDY, topiclist })).json() as { id: string };
    await inject('/api/studies', { name: OTHER_STUDY, topiclist });
    for (const persona of ['interviewer', 'partner'] as const) await inject(`/api/studies/${own.id}/members`, { userId: server.users[persona]!.id });
    await inject(`/api/studies/${own.id}/pairs`, { interviewerIds: [server.users.interviewer!.id, server.users.partner!.id] });

    browser = await launchBrowser();
    leadContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    tabletContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    leadWatch = await watchContext(leadContext);
    tabletWatch = await watchContext(tabletContext);
    await signInContext(leadContext, server.url, 'lead');
    lead = await leadContext.newPage();
    tablet = await tabletContext.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The lead makes a code for the interviewer; answers the pairing URL the server gave. */
  const makeCode = async (): Promise<string> => {
    await lead.goto(`${server.url}/pairing`);
    await lead.getByRole('heading', { level: 1, name: 'Een tablet koppelen' }).waitFor();
    await lead.getByLabel('Voor wie is de tablet?').selectOption({ label: `${PERSONAS.interviewer.name} (Interviewer)` });
    const answer = lead.waitForResponse((r) => r.url().endsWith('/api/pairings') && r.request().method() === 'POST');
    await lead.getByRole('button', { name: 'Koppelcode maken' }).click();
    const pairing = (await (await answer).json()) as { code: string; url: string };
    await lead.getByText(pairing.code, { exact: true }).waitFor();
    return pairing.url;
  };

  /** Puts interview-like data in every local store the wipe must empty. */
  const plantLocalData = () =>
    tablet.evaluate(async (database) => {
      localStorage.setItem('leidraad.draft', '{"answer":"..."}');
      sessionStorage.setItem('leidraad.step', '3');
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(database, 1);
        open.onupgradeneeded = () => open.result.createObjectStore('answers');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('answers', 'readwrite');
          tx.objectStore('answers').put({ note: 'planted' }, 'R001');
          tx.oncomplete = () => (open.result.close(), resolve());
        };
      });
      const cache = await caches.open('leidraad-pages');
      await cache.put('/offline-check', new Response('planted'));
    }, DATABASE);

  const localData = () =>
    tablet.evaluate(async () => ({
      localStorage: Object.keys(localStorage).filter((k) => k !== 'leidraad.locale'),
      sessionStorage: Object.keys(sessionStorage),
      indexedDB: (await indexedDB.databases()).map((d) => d.name),
      // The service worker's app shell (index.html and /assets) holds no one's data.
      caches: (await caches.keys()).filter((k) => !k.startsWith('leidraad-shell-')),
    }));

  const revokeTablet = async (deviceName: string) => {
    await lead.goto(`${server.url}/devices`);
    const row = lead.getByRole('listitem').filter({ hasText: deviceName }).filter({ has: lead.getByRole('button', { name: 'Intrekken' }) });
    await row.getByRole('button', { name: 'Intrekken' }).click();
    const dialog = lead.getByRole('dialog', { name: `${deviceName} intrekken?` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Intrekken' }).click();
    await lead.getByRole('status').getByText(`${deviceName} is ingetrokken.`).waitFor();
  };

  it('the lead makes a pairing code: QR image, the code in large letters, a countdown', async () => {
    await makeCode();
    const qr = lead.getByRole('img', { name: `QR-code om een tablet te koppelen voor ${PERSONAS.interviewer.name}` });
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const timer = lead.getByRole('timer');
    expect(await timer.textContent()).toMatch(/Geldig tot \d\d:\d\d \(nog (10:00|9:5\d)\)/);
    await lead.getByRole('status').getByText(`Koppelcode voor ${PERSONAS.interviewer.name} gemaakt.`).waitFor();
    await saveScreenshot(lead, 'pairing-nl-1024', { fullPage: true });
  });

  it('the tablet opens the code link, is named and lands signed in as the interviewer', async () => {
    const url = await makeCode();
    expect(url).toMatch(/\/pair#code=[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await tablet.goto(url);
    await tablet.getByRole('heading', { level: 1, name: 'Deze tablet koppelen' }).waitFor();
    const code = url.split('#code=')[1]!;
    expect(await tablet.getByLabel('Koppelcode').inputValue()).toBe(code);
    // The code leaves the address bar (and the history) once read.
    expect(new URL(tablet.url()).hash).toBe('');
    await tablet.getByLabel('Naam van de tablet').fill('Tablet 1');
    await saveScreenshot(tablet, 'pair-nl-1024');
    await tablet.getByRole('button', { name: 'Koppelen' }).click();

    // An interviewer's start page is their interviews.
    await tablet.getByRole('heading', { level: 1, name: 'Interviews' }).waitFor();
    expect(new URL(tablet.url()).pathname).toBe('/');
    await tablet.getByRole('banner').getByText(PERSONAS.interviewer.name).waitFor();
    await tablet.getByRole('banner').getByText('Interviewer op Tablet 1').waitFor();
    const nav = tablet.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Interviews', 'Onderzoeken', 'Topiclijsten', 'Tablet koppelen']);
    await nav.getByRole('link', { name: 'Onderzoeken' }).click();
    await tablet.getByRole('heading', { level: 1, name: 'Onderzoeken' }).waitFor();
    await tablet.getByRole('link', { name: OWN_STUDY }).waitFor();
    expect(await tablet.getByRole('link', { name: OTHER_STUDY }).count()).toBe(0);
    await saveScreenshot(tablet, 'studies-interviewer-nl-1024');
  });

  it('the interviewer sees the study, its topic list and their own pair, no respondents', async () => {
    await tablet.getByRole('link', { name: OWN_STUDY }).click();
    await tablet.getByRole('heading', { level: 1, name: OWN_STUDY }).waitFor();
    await tablet.getByRole('link', { name: 'Ketensamenwerking bij ex-partnerstalking' }).waitFor();
    const pair = tablet.getByRole('region', { name: 'Uw duo' });
    await pair.getByText(`${PERSONAS.interviewer.name} en ${PERSONAS.partner.name}`).waitFor();
    await pair.getByText('P01').waitFor();
    expect(await tablet.getByRole('heading', { name: 'Respondenten' }).count()).toBe(0);
    expect(await tablet.getByRole('heading', { name: 'Leden' }).count()).toBe(0);
    await saveScreenshot(tablet, 'study-interviewer-nl-1024');
  });

  it('the lead sees the tablet in the device list', async () => {
    await lead.goto(`${server.url}/devices`);
    const row = lead.getByRole('listitem').filter({ hasText: `Tablet 1 · ${PERSONAS.interviewer.name}` });
    await row.waitFor();
    expect(await row.textContent()).toContain('laatst gezien');
    await saveScreenshot(lead, 'devices-nl-1024');
  });

  it('after revocation, a reload shows the signed-out message and no local data is left', async () => {
    await plantLocalData();
    expect(await localData()).toEqual({
      localStorage: expect.arrayContaining(['leidraad.draft', 'leidraad.session']),
      sessionStorage: ['leidraad.step'],
      indexedDB: [DATABASE],
      caches: ['leidraad-pages'],
    });
    await revokeTablet('Tablet 1');

    await tablet.reload();
    await tablet.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await tablet.getByRole('status').getByText('Dit apparaat is afgemeld en de gegevens van leidraad erop zijn gewist.').waitFor();
    expect(await localData()).toEqual({ localStorage: [], sessionStorage: [], indexedDB: [], caches: [] });
    await saveScreenshot(tablet, 'login-device-signed-out-nl-1024');
  });

  it('after revocation, the next in-app navigation signs out and the client wipes by itself', async () => {
    const url = await makeCode();
    await tablet.goto(url);
    await tablet.getByLabel('Naam van de tablet').fill('Tablet 2');
    await tablet.getByRole('button', { name: 'Koppelen' }).click();
    await tablet.getByRole('heading', { level: 1, name: 'Interviews' }).waitFor();
    await plantLocalData();
    await revokeTablet('Tablet 2');

    // The server also answers Clear-Site-Data, and Chromium obeys it. Without that header
    // (older browsers, proxies that drop it) the client's own wipe must do the whole job.
    const answers: string[] = [];
    await tablet.route('**/api/**', async (route) => {
      const response = await route.fetch();
      const { 'clear-site-data': dropped, ...headers } = response.headers();
      answers.push(`${response.status()} ${dropped ? 'with' : 'without'} Clear-Site-Data`);
      await route.fulfill({ response, headers });
    });
    await tablet.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Topiclijsten' }).click();
    await tablet.getByRole('status').getByText('Dit apparaat is afgemeld').waitFor();
    await tablet.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(answers).toContain('401 with Clear-Site-Data');
    expect(await localData()).toEqual({ localStorage: [], sessionStorage: [], indexedDB: [], caches: [] });
    await tablet.unroute('**/api/**');
  });

  it('an interviewer pairs a tablet for themself', async () => {
    const own = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const ownWatch = await watchContext(own);
    await signInContext(own, server.url, 'interviewer');
    const page = await own.newPage();
    await page.goto(`${server.url}/pairing`);
    await page.getByText(`De tablet wordt aangemeld als ${PERSONAS.interviewer.name}.`).waitFor();
    expect(await page.getByLabel('Voor wie is de tablet?').count()).toBe(0);
    await page.getByRole('button', { name: 'Koppelcode maken' }).click();
    await page.getByRole('timer').waitFor();
    // Their own tablets, revoked ones included, and nobody else's.
    await page.getByRole('heading', { name: 'Uw gekoppelde tablets' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Tablet 1' }).getByText('Ingetrokken').waitFor();
    await saveScreenshot(page, 'pairing-interviewer-nl-1024', { fullPage: true });
    expect(ownWatch.errors).toEqual([]);
    expect(ownWatch.cspViolations).toEqual([]);
    await own.close();
  });

  it('fits a tablet in portrait', async () => {
    await tablet.setViewportSize({ width: 768, height: 1024 });
    await tablet.goto(`${server.url}/pair`);
    await tablet.getByRole('heading', { level: 1, name: 'Deze tablet koppelen' }).waitFor();
    expect(await tablet.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await saveScreenshot(tablet, 'pair-nl-tablet-768');
  });

  it('logged no errors and no CSP violations', () => {
    for (const watch of [leadWatch, tabletWatch]) {
      expect(watch.errors).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    }
  });
});
