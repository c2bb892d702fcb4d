// A paired tablet opens the app with no network: the service worker (client/public/sw.js)
// keeps the app shell, and never an API answer. Real Chromium, the built app.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/build-client.ts';
import { launchBrowser, saveScreenshot, skipBrowserTests } from '../helpers/browser.ts';
import { type PageWatch, watchContext } from '../helpers/browser-page.ts';
import { PERSONAS, signIn } from '../helpers/personas.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

/** What Chromium logs for a request made with no network; expected while offline. */
const NO_NETWORK = /net::ERR_INTERNET_DISCONNECTED/;

describe.skipIf(skipBrowserTests)('the app shell offline', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let tablet: Page;
  let watch: PageWatch;

  const signedIn = () => tablet.getByRole('banner').getByText('Interviewer op Tablet 1').waitFor();
  const cached = () =>
    tablet.evaluate(async () => {
      const out: Record<string, string[]> = {};
      for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort();
      return out;
    });

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startTestServer({ personas: ['interviewer'] });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    watch = await watchContext(context);
    // Paired as a tablet, the way the interviewer's own pairing page does it.
    const cookie = await signIn(server.testApp, PERSONAS.interviewer.email);
    const pairing = (await server.testApp.app.inject({ method: 'POST', url: '/api/pairings', headers: { cookie }, payload: {} })).json() as { code: string };
    const claimed = await context.request.post(`${server.url}/api/pairings/claim`, { data: { code: pairing.code, deviceName: 'Tablet 1' } });
    expect(claimed.status()).toBe(200);
    tablet = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('installs the service worker, which keeps index.html and its assets, never the API', async () => {
    await tablet.goto(server.url);
    await signedIn();
    await tablet.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await tablet.reload();
    await signedIn();
    expect(await tablet.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${server.url}/sw.js`);

    const caches = await cached();
    const names = Object.keys(caches);
    expect(names).toEqual([expect.stringMatching(/^leidraad-shell-[0-9a-f]{8}$/)]);
    const entries = caches[names[0]!]!;
    expect(entries).toEqual(expect.arrayContaining(['/index.html', '/favicon.svg', expect.stringMatching(/^\/assets\/index-.+\.js$/), expect.stringMatching(/^\/assets\/index-.+\.css$/)]));
    expect(entries.filter((path) => !path.startsWith('/assets/') && path !== '/index.html' && path !== '/favicon.svg')).toEqual([]);
  });

  it('with no network, a reload (on any app path) still opens the app, signed in as the tablet', async () => {
    await context.setOffline(true);
    await tablet.goto(`${server.url}/studies`);
    await tablet.getByRole('banner').getByText('leidraad', { exact: true }).waitFor();
    // The session cannot be checked offline; a paired tablet goes on with the one it remembers.
    await signedIn();
    await saveScreenshot(tablet, 'offline-shell-nl-1024');

    await context.setOffline(false);
    await tablet.reload();
    await signedIn();
  });

  it('keeps the API out of the cache, and the docs too', async () => {
    await tablet.evaluate(() => fetch('/api/session').then((r) => r.status));
    const all = Object.values(await cached()).flat();
    expect(all.filter((path) => path.startsWith('/api') || path.startsWith('/docs'))).toEqual([]);
  });

  it('logged no errors but the expected offline ones, and no CSP violations', () => {
    expect(watch.errors.filter((e) => !NO_NETWORK.test(e))).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
});
