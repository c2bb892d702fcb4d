// The tablet loses its network half-way through an interview, keeps answering, is reloaded
// while offline, and comes back: every answer must reach the server with its value. Real
// Chromium with the service worker and IndexedDB of the built client.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/build-client.ts';
import { launchBrowser, saveScreenshot, skipBrowserTests } from '../helpers/browser.ts';
import { type PageWatch, watchContext } from '../helpers/browser-page.ts';
import {
  answer,
  createInterviewStudy,
  expectOnServer,
  type InterviewStudy,
  nl,
  openTopic,
  pairTablet,
  type Planned,
  planAnswers,
  planInterview,
  serverInterview,
  waitUntilSaved,
} from '../helpers/interview-browser.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

describe.skipIf(skipBrowserTests)('an interview that goes offline half-way', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let tablet: Page;
  let watch: PageWatch;
  let study: InterviewStudy;
  let interviewId = '';
  let all: Planned[] = [];

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startTestServer({ personas: ['lead', 'interviewer', 'partner'] });
    study = await createInterviewStudy(server, 'Ketensamenwerking offline', 1);
    interviewId = await planInterview(server, study, 0);
    all = planAnswers(study.topicList, 'offline');
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    watch = await watchContext(context);
    await pairTablet(context, server.url, 'interviewer', 'Tablet offline');
    tablet = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const answerAll = async (list: Planned[]) => {
    for (const p of list) {
      const heading = tablet.getByRole('heading', { level: 2, name: nl(p.topic.label), exact: true });
      if (!(await heading.isVisible())) await openTopic(tablet, p.level, p.topic);
      await answer(tablet, p);
    }
    // Leave the last field, so its typing pause is over.
    await tablet.keyboard.press('Tab');
  };

  it('answers the first half online', async () => {
    await tablet.goto(`${server.url}/interviews/${interviewId}`);
    await tablet.getByRole('button', { name: 'Ja, de respondent geeft toestemming' }).click();
    await tablet.getByRole('tab').first().waitFor();
    // The app shell must be cached before the network goes.
    expect(await tablet.evaluate(async () => Boolean(await navigator.serviceWorker.ready))).toBe(true);
    await answerAll(all.slice(0, 20));
    await waitUntilSaved(tablet);
    expect(expectOnServer((await serverInterview(server, study, interviewId)).answers, all.slice(0, 20))).toEqual([]);
  }, 120_000);

  it('keeps answering offline, saying so, and the answers stay on the tablet', async () => {
    await context.setOffline(true);
    await tablet.getByRole('status').filter({ hasText: 'Offline — antwoorden blijven op deze tablet' }).waitFor();
    await answerAll(all.slice(20, 40));
    await tablet.getByText('40 van 57 beantwoord').first().waitFor();
    await saveScreenshot(tablet, 'runner-offline-nl-1024');
    expect((await serverInterview(server, study, interviewId)).answers.length).toBe(20);
  }, 120_000);

  it('reloads while offline and still has every answer', async () => {
    await tablet.reload();
    await tablet.getByRole('tab').first().waitFor({ timeout: 20_000 });
    await tablet.getByText('40 van 57 beantwoord').first().waitFor();
    await tablet.getByRole('status').filter({ hasText: /^Offline/ }).waitFor();
    const p = all[25]!;
    await openTopic(tablet, p.level, p.topic);
    await saveScreenshot(tablet, 'runner-offline-reloaded-nl-1024');
    await answerAll(all.slice(40));
    await tablet.getByText('57 van 57 beantwoord').first().waitFor();
  }, 120_000);

  it('sends everything once the network is back', async () => {
    await context.setOffline(false);
    await waitUntilSaved(tablet, 30_000);
    const onServer = await serverInterview(server, study, interviewId);
    expect(expectOnServer(onServer.answers, all)).toEqual([]);
    expect(onServer.answers.length).toBe(all.length);
    await saveScreenshot(tablet, 'runner-back-online-nl-1024');
  }, 60_000);

  it('logged no errors and no CSP violations', () => {
    // Requests that fail while offline are expected; anything else is not.
    expect(watch.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(e))).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
});
