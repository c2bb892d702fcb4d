// The offline interview engine in real Chromium against the real server: saving on the
// tablet first, chained edits while offline, a reload with no network, a pair of tablets
// with live changes, presence and a forced conflict, backoff, a locked interview, the wipe.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, skipBrowserTests } from '../helpers/browser.ts';
import { signInContext } from '../helpers/browser-page.ts';
import { createFixtureStudy, type FixtureStudy, json } from '../helpers/fixture-study.ts';
import { call, engineBundle, look, openEngine, serveEngine, waitFor } from '../helpers/offline-engine.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const OPEN = 'decisiveness-open';
const TRUST = 'individual-trust';
const RATING = 'decisiveness-rating';

describe.skipIf(skipBrowserTests)('offline interview engine', () => {
  let server: TestServer;
  let f: FixtureStudy;
  let browser: Browser;
  let daanContext: BrowserContext;
  let sanneContext: BrowserContext;
  let daan: Page;
  let sanne: Page;
  const errors: string[] = [];

  const serverAnswers = async () => {
    const res = await json(server.testApp, 'GET', `/api/interviews/${f.interviewId}`, f.people.lead.cookie);
    return res.json() as { status: string; answers: { itemId: string; value: unknown; note: string | null; revision: number }[]; timing: { topicId: string; seconds: number }[] };
  };
  const onServer = async (itemId: string) => (await serverAnswers()).answers.find((a) => a.itemId === itemId);
  const openAs = (page: Page, who: 'interviewer' | 'partner') => openEngine(page, server.url, f.interviewId, { userId: f.people[who].id, deviceId: null });

  beforeAll(async () => {
    await engineBundle();
    server = await startTestServer();
    f = await createFixtureStudy(server.testApp);
    browser = await launchBrowser();
    daanContext = await browser.newContext();
    sanneContext = await browser.newContext();
    for (const [context, who] of [[daanContext, 'interviewer'], [sanneContext, 'partner']] as const) {
      await serveEngine(context);
      await signInContext(context, server.url, who);
      context.on('page', (p) => p.on('pageerror', (e) => errors.push(e.message)));
    }
    daan = await daanContext.newPage();
    sanne = await sanneContext.newPage();
    daan.on('pageerror', (e) => errors.push(e.message));
    sanne.on('pageerror', (e) => errors.push(e.message));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens from the server, records consent, and saves answers there', async () => {
    await openAs(daan, 'interviewer');
    expect(await look(daan)).toMatchObject({ state: 'saved', pendingCount: 0, status: 'planned' });
    expect(await call(daan, 'setAnswer', OPEN, 'x')).toEqual({ error: 'interview.consent_required' });
    await call(daan, 'recordConsent', true, 'v1');
    await call(daan, 'setAnswer', OPEN, 'Eerst de wijkagent bellen.');
    await call(daan, 'setAnswer', TRUST, 4, 'na overleg');
    expect((await call(daan, 'flush')).value).toBe(0);
    expect(await look(daan, [OPEN])).toMatchObject({ state: 'saved', status: 'in_progress', answers: { [OPEN]: { value: 'Eerst de wijkagent bellen.', revision: 1, pending: false } } });
    expect(await onServer(TRUST)).toMatchObject({ value: 4, note: 'na overleg', revision: 1 });
  });

  it('refuses a value the server would refuse, before it enters the outbox', async () => {
    expect(await call(daan, 'setAnswer', TRUST, 7)).toEqual({ error: 'answer.invalid_value' });
    expect(await call(daan, 'setAnswer', 'no-such-item', 1)).toEqual({ error: 'answer.unknown_item' });
    expect((await look(daan)).pendingCount).toBe(0);
  });

  it('offline: every edit is kept on the tablet, chained, and survives a reload', async () => {
    await daanContext.setOffline(true);
    await waitFor(daan, `window.session.state === 'offline'`);
    for (const text of ['Eerst', 'Eerst bellen', 'Eerst bellen, dan mailen']) await call(daan, 'setAnswer', OPEN, text);
    await call(daan, 'setNote', OPEN, 'lachte erbij');
    await call(daan, 'setAnswer', TRUST, 5);
    expect(await look(daan)).toMatchObject({ state: 'offline', pendingCount: 2 });

    await openAs(daan, 'interviewer'); // a reload, still offline
    expect(await look(daan, [OPEN, TRUST])).toMatchObject({
      state: 'offline',
      pendingCount: 2,
      answers: { [OPEN]: { value: 'Eerst bellen, dan mailen', note: 'lachte erbij', revision: 1, pending: true }, [TRUST]: { value: 5, note: 'na overleg', pending: true } },
    });
    expect((await onServer(OPEN))?.value).toBe('Eerst de wijkagent bellen.');

    await daanContext.setOffline(false);
    await waitFor(daan, `window.session.state === 'saved'`);
    expect(await onServer(OPEN)).toMatchObject({ value: 'Eerst bellen, dan mailen', note: 'lachte erbij', revision: 2 });
    expect(await onServer(TRUST)).toMatchObject({ value: 5, note: 'na overleg', revision: 2 });
    expect((await look(daan)).conflicts).toEqual([]);
  });

  it('rescues an edit whose write is still running when the page goes', async () => {
    const rescued = await daan.evaluate(() => {
      void (window as any).session.setAnswer('self-efficacy-open', 'Gered bij het sluiten');
      window.dispatchEvent(new Event('pagehide')); // in the same task: the IndexedDB write has not completed
      return Object.keys(localStorage).filter((k) => k.startsWith('leidraad.unsaved.'));
    });
    expect(rescued).toEqual([`leidraad.unsaved.${f.interviewId}`]);
    await openAs(daan, 'interviewer');
    expect((await look(daan, ['self-efficacy-open'])).answers['self-efficacy-open']).toMatchObject({ value: 'Gered bij het sluiten' });
    expect(await daan.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('leidraad.unsaved.')))).toEqual([]);
    await waitFor(daan, `window.session.state === 'saved'`);
    expect((await onServer('self-efficacy-open'))?.value).toBe('Gered bij het sluiten');
  });

  it('chains an edit behind one in flight: no conflict with itself', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let seen = 0;
    await daan.route('**/sync', async (route) => {
      if (++seen === 1) await held;
      await route.continue();
    });
    await call(daan, 'setAnswer', RATING, 2);
    await expect.poll(() => seen, { timeout: 5000 }).toBe(1);
    await call(daan, 'setAnswer', RATING, 3);
    await call(daan, 'setAnswer', RATING, 4);
    release();
    expect((await call(daan, 'flush')).value).toBe(0);
    await daan.unroute('**/sync');
    expect(await onServer(RATING)).toMatchObject({ value: 4, revision: 2 });
    expect(await look(daan, [RATING])).toMatchObject({ state: 'saved', conflicts: [], answers: { [RATING]: { value: 4, revision: 2, pending: false } } });
  });

  it('retries with backoff when the server fails, and gets there', async () => {
    let failures = 0;
    await daan.route('**/sync', (route) => (++failures <= 2 ? route.fulfill({ status: 503, body: '' }) : route.continue()));
    const started = Date.now();
    await call(daan, 'setAnswer', RATING, 5);
    await waitFor(daan, `window.session.state === 'saved'`, 15_000);
    await daan.unroute('**/sync');
    expect(failures).toBe(3);
    expect(Date.now() - started).toBeGreaterThan(1000); // ~0.75-1 s, then ~1.5-2 s
    expect((await onServer(RATING))?.value).toBe(5);
  });

  it('a batch the server refuses as invalid stays queued, is logged once, and is not retried in a hot loop', async () => {
    let calls = 0;
    const body = JSON.stringify({ error: { code: 'answer.invalid_value', message: 'Some values do not fit their items.' } });
    await daan.route('**/sync', (route) => (++calls, route.fulfill({ status: 422, contentType: 'application/json', body })));
    const logged: string[] = [];
    daan.on('console', (m) => m.type() === 'error' && m.text().startsWith('leidraad:') && logged.push(m.text()));
    await call(daan, 'setAnswer', RATING, 1);
    await waitFor(daan, `window.session.blockedBy === 'answer.invalid_value'`);
    await new Promise((r) => setTimeout(r, 2500));
    expect(calls).toBe(1);
    expect(logged).toHaveLength(1);
    expect(await look(daan, [RATING])).toMatchObject({ state: 'pending', pendingCount: 1, answers: { [RATING]: { value: 1, pending: true } } });
    await daan.unroute('**/sync');
    expect((await call(daan, 'flush')).value).toBe(0);
    expect(await look(daan)).toMatchObject({ state: 'saved', blockedBy: null });
  });

  it('two tablets: live changes arrive as remote, and presence shows who is where', async () => {
    await openAs(sanne, 'partner');
    expect(await look(sanne, [OPEN])).toMatchObject({ state: 'saved', answers: { [OPEN]: { value: 'Eerst bellen, dan mailen', pending: false } } });
    await daan.evaluate(() => (window as any).session.setTopic('decisiveness'));
    await waitFor(sanne, `window.session.presence.some((p) => p.topicId === 'decisiveness')`);
    expect((await look(sanne)).presence).toEqual([expect.objectContaining({ user: { id: f.people.interviewer.id, name: 'Daan Mulder' }, topicId: 'decisiveness' })]);
    await waitFor(daan, `window.session.presence.some((p) => p.user.name === 'Sanne Kuipers')`);

    await call(daan, 'setAnswer', OPEN, 'Live getypt');
    await waitFor(sanne, `window.session.answer('${OPEN}')?.value === 'Live getypt'`);
    const log = await sanne.evaluate(() => (window as any).log.filter((e: any) => e.name === 'answers'));
    expect(log.at(-1).detail).toEqual({ itemIds: [OPEN], remote: true });
  });

  it('a forced conflict: nothing is overwritten, under the cursor or on the server; the interviewer decides', async () => {
    await call(daan, 'flush');
    // Sanne types while her change is on its way; Daan's change to the same item lands first.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await sanne.route('**/sync', async (route) => (await held, route.continue()));
    await call(sanne, 'setAnswer', TRUST, 2, 'twijfelde');
    await call(daan, 'setAnswer', TRUST, 3);
    await call(daan, 'flush');
    // Daan's change reaches Sanne's tablet, and must not replace what she typed.
    await new Promise((r) => setTimeout(r, 700));
    expect((await look(sanne, [TRUST])).answers[TRUST]).toMatchObject({ value: 2, note: 'twijfelde', pending: true });
    release();
    await waitFor(sanne, `window.session.state === 'conflict'`);
    await sanne.unroute('**/sync');
    const { conflicts, answers } = await look(sanne, [TRUST]);
    expect(conflicts).toEqual([{ itemId: TRUST, mine: { value: 2, note: 'twijfelde' }, theirs: expect.objectContaining({ value: 3, note: 'na overleg', revision: 3, updatedBy: f.people.interviewer.id }) }]);
    expect(answers[TRUST]).toMatchObject({ value: 2, pending: true });
    expect(await onServer(TRUST)).toMatchObject({ value: 3, revision: 3 });

    await call(sanne, 'resolveConflict', TRUST, { value: 2, note: 'twijfelde (Daan: 3)' });
    expect((await call(sanne, 'flush')).value).toBe(0);
    expect(await look(sanne)).toMatchObject({ state: 'saved', conflicts: [] });
    expect(await onServer(TRUST)).toMatchObject({ value: 2, note: 'twijfelde (Daan: 3)', revision: 4 });
    await waitFor(daan, `window.session.answer('${TRUST}')?.value === 2`);
  });

  it('reports time per topic, also for a topic open when the tab went, offline', async () => {
    await daan.evaluate(() => (window as any).session.setTopic('self-efficacy'));
    await new Promise((r) => setTimeout(r, 1300));
    await daanContext.setOffline(true);
    await daan.evaluate(() => (window as any).session.setTopic('criminal-law'));
    await new Promise((r) => setTimeout(r, 1300));
    await openAs(daan, 'interviewer'); // the tab goes while criminal-law is open
    await daanContext.setOffline(false);
    await waitFor(daan, `window.session.state === 'saved'`);
    await call(daan, 'flush');
    const timing = (await serverAnswers()).timing;
    expect(timing.find((t) => t.topicId === 'decisiveness')?.seconds).toBeGreaterThan(0);
    expect(timing.find((t) => t.topicId === 'self-efficacy')?.seconds).toBeGreaterThanOrEqual(1);
    expect(timing.find((t) => t.topicId === 'criminal-law')?.seconds).toBeGreaterThanOrEqual(1);
  });

  it('a completed interview stops the outbox until the lead reopens it', async () => {
    await daanContext.setOffline(true);
    await waitFor(daan, `window.session.state === 'offline'`);
    await call(daan, 'setAnswer', OPEN, 'Na afsluiten getypt');
    const done = await json(server.testApp, 'POST', `/api/interviews/${f.interviewId}/status`, f.people.partner.cookie, { status: 'completed' });
    expect(done.statusCode).toBe(200);
    await daanContext.setOffline(false);
    await waitFor(daan, `window.session.blockedBy === 'interview.locked'`);
    // The refusal makes the tablet read the interview again: it learns that it was completed.
    await waitFor(daan, `window.session.interview.status === 'completed'`);
    expect(await look(daan)).toMatchObject({ status: 'completed', pendingCount: 1, state: 'pending' });
    expect(await call(daan, 'setAnswer', TRUST, 1)).toEqual({ error: 'interview.locked' });

    await json(server.testApp, 'POST', `/api/interviews/${f.interviewId}/status`, f.people.lead.cookie, { status: 'in_progress' });
    await waitFor(daan, `window.session.state === 'saved'`);
    expect(await look(daan)).toMatchObject({ status: 'in_progress', blockedBy: null });
    expect((await onServer(OPEN))?.value).toBe('Na afsluiten getypt');
  });

  it('closes its database when local data is wiped, so the wipe is not blocked', async () => {
    await daan.evaluate(() => (window as any).engine.wipeLocalData());
    expect(await daan.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
