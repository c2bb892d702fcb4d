// A whole interview on a tablet at 1024x768, in real Chromium: the lead plans it, the
// interviewer records consent and answers every item of the study's topic list (every item
// type, notes on some), completes it, and the lead reviews it. The server must hold every
// answer with the right value. Also: refused consent, phone and portrait layouts, axe.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/build-client.ts';
import { runAxe } from '../helpers/axe.ts';
import { launchBrowser, saveScreenshot, skipBrowserTests } from '../helpers/browser.ts';
import { overflowingElements, type PageWatch, sidewaysOverflow, signInContext, watchContext } from '../helpers/browser-page.ts';
import {
  answer,
  card,
  createInterviewStudy,
  expectOnServer,
  type InterviewStudy,
  nl,
  openTopic,
  pairTablet,
  planAnswers,
  planInterview,
  serverInterview,
  waitUntilSaved,
} from '../helpers/interview-browser.ts';
import { PERSONAS } from '../helpers/personas.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const STUDY = 'Ketensamenwerking Limburg';
const DOSSIER = 'VT-2024-000123';

describe.skipIf(skipBrowserTests)('conducting an interview on a tablet', () => {
  let server: TestServer;
  let browser: Browser;
  let leadContext: BrowserContext;
  let tabletContext: BrowserContext;
  let lead: Page;
  let tablet: Page;
  let leadWatch: PageWatch;
  let tabletWatch: PageWatch;
  let study: InterviewStudy;
  let interviewId = '';

  beforeAll(async () => {
    await ensureClientBuilt();
    server = await startTestServer({ personas: ['lead', 'interviewer', 'partner'] });
    study = await createInterviewStudy(server, STUDY, 3);
    browser = await launchBrowser();
    leadContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    tabletContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    leadWatch = await watchContext(leadContext);
    tabletWatch = await watchContext(tabletContext);
    await signInContext(leadContext, server.url, 'lead');
    await pairTablet(tabletContext, server.url, 'interviewer', 'Tablet 1');
    lead = await leadContext.newPage();
    tablet = await tabletContext.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the lead plans an interview for the pair on the study page', async () => {
    await lead.goto(`${server.url}/studies/${study.studyId}`);
    await lead.getByRole('heading', { level: 1, name: STUDY }).waitFor();
    const section = lead.getByRole('region', { name: 'Interviews' });
    await section.getByText('Nog geen interviews gepland.').waitFor();
    await section.getByRole('button', { name: 'Interview plannen' }).click();
    const form = lead.getByRole('form', { name: 'Interview plannen' });
    expect(await form.getByLabel('Respondent').evaluate((el) => el.matches(':focus'))).toBe(true);
    await form.getByRole('button', { name: 'Interview plannen' }).click();
    await form.getByText('Dit veld is verplicht.').first().waitFor();
    await form.getByLabel('Respondent').selectOption({ label: 'R001 · Veilig Thuis · casusregisseur · Zuid-Limburg' });
    await form.getByLabel('Duo', { exact: true }).selectOption({ label: `P01: ${PERSONAS.interviewer.name} en ${PERSONAS.partner.name}` });
    await form.getByLabel(/Dossierreferentie/).fill(DOSSIER);
    await saveScreenshot(lead, 'interview-plan-nl-1024', { fullPage: true });
    await form.getByRole('button', { name: 'Interview plannen' }).click();
    await section.getByRole('status').getByText('Interview met respondent R001 gepland.').waitFor();
    const row = section.getByRole('listitem').filter({ hasText: 'R001' });
    await row.getByText('Gepland').waitFor();
    await row.getByText('0 antwoorden').waitFor();
    interviewId = new URL(await row.getByRole('link').getAttribute('href').then((h) => `${server.url}${h}`)).pathname.split('/')[2]!;
    expect(interviewId).toMatch(/^[0-9a-f-]{36}$/);
    // One interviewer alone, too.
    await section.getByRole('button', { name: 'Interview plannen' }).click();
    await form.getByLabel('Respondent').selectOption({ label: 'R002 · Veiligheidshuis · casusregisseur · Zuid-Limburg' });
    await form.getByLabel('Een of twee interviewers').check();
    await form.getByLabel('Interviewer', { exact: true }).selectOption({ label: PERSONAS.interviewer.name });
    await form.getByRole('button', { name: 'Interview plannen' }).click();
    await section.getByRole('status').getByText('Interview met respondent R002 gepland.').waitFor();
    await saveScreenshot(lead, 'study-interviews-lead-nl-1024', { fullPage: true });
  });

  it("the interviewer's start page lists their interviews by status", async () => {
    await tablet.goto(server.url);
    await tablet.getByRole('heading', { level: 1, name: 'Interviews' }).waitFor();
    const nav = tablet.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Interviews', 'Onderzoeken', 'Topiclijsten', 'Tablet koppelen']);
    const planned = tablet.getByRole('region', { name: /^Gepland/ });
    await planned.getByRole('listitem').filter({ hasText: 'R001' }).waitFor();
    await planned.getByRole('listitem').filter({ hasText: 'R002' }).waitFor();
    await tablet.getByRole('region', { name: /^Bezig/ }).getByText('Geen interviews.').waitFor();
    await saveScreenshot(tablet, 'interviews-interviewer-nl-1024', { fullPage: true });
  });

  it('asks for consent before any question, with the text version', async () => {
    await tablet.getByRole('region', { name: /^Gepland/ }).getByRole('link', { name: 'Starten interview R001' }).click();
    await tablet.getByRole('heading', { level: 1, name: /Interview R001/ }).waitFor();
    await tablet.getByRole('heading', { level: 2, name: 'Toestemming van de respondent' }).waitFor();
    await tablet.getByText('Versie van deze tekst: toestemming-v1').waitFor();
    await tablet.getByText(`Dossier ${DOSSIER}`).waitFor();
    expect(await tablet.getByRole('tab').count()).toBe(0);
    await saveScreenshot(tablet, 'runner-consent-nl-1024', { fullPage: true });
    await tablet.getByRole('button', { name: 'Ja, de respondent geeft toestemming' }).click();
    await tablet.getByRole('tab', { name: /^Individueel niveau/ }).waitFor();
    const consent = (await serverInterview(server, study, interviewId)).consent as { given: boolean; version: string };
    expect(consent).toMatchObject({ given: true, version: 'toestemming-v1' });
  });

  const planned = () => planAnswers(study.topicList, 'R001');

  it('answers every item of every level with a value of its type, notes on some', async () => {
    const all = planned();
    let shotLevel = '';
    for (const p of all) {
      const heading = tablet.getByRole('heading', { level: 2, name: nl(p.topic.label), exact: true });
      if (!(await heading.isVisible())) await openTopic(tablet, p.level, p.topic);
      await answer(tablet, p);
      if (p.level.id !== shotLevel && p.topic === p.level.topics[0] && p.item === p.topic.items[p.topic.items.length - 1]) {
        shotLevel = p.level.id;
        await tablet.keyboard.press('Tab');
        await saveScreenshot(tablet, `runner-${p.level.id}-nl-1024`);
      }
    }
    await tablet.locator('body').click({ position: { x: 5, y: 5 } });
    await waitUntilSaved(tablet);
    await tablet.getByText(`${all.length} van ${all.length} beantwoord`).first().waitFor();
    const onServer = await serverInterview(server, study, interviewId);
    expect(expectOnServer(onServer.answers, all)).toEqual([]);
    expect(onServer.status).toBe('in_progress');
  }, 300_000);

  it('shows progress per level and per topic, and the topic timer', async () => {
    for (const name of ['Individueel niveau', 'Organisatieniveau', 'Niveau van ketensamenwerking']) {
      const tab = tablet.getByRole('tab', { name: new RegExp(`^${name}`) });
      expect(await tab.textContent()).toMatch(/(\d+) van \1 beantwoord/);
    }
    const timer = tablet.getByRole('timer', { name: 'Tijd bij dit onderwerp' });
    expect(await timer.textContent()).toMatch(/^\d\d:\d\d$/);
    const topics = tablet.getByRole('navigation', { name: 'Onderwerpen' }).first();
    expect(await topics.getByRole('button').first().textContent()).toContain('✓');
  });

  it('moves through a scale with the arrow keys, saving each choice', async () => {
    const p = planned().find((x) => x.item.id === 'decisiveness-rating')!;
    await openTopic(tablet, p.level, p.topic);
    const group = card(tablet, p.item).getByRole('radiogroup');
    const chosen = group.getByRole('radio', { checked: true });
    await chosen.focus();
    await tablet.keyboard.press('Home');
    await group.getByRole('radio', { name: /^1\b/, checked: true }).waitFor();
    await tablet.keyboard.press('ArrowRight');
    await group.getByRole('radio', { name: /^2\b/, checked: true }).waitFor();
    expect(await group.getByRole('radio', { name: /^2\b/ }).evaluate((el) => el.matches(':focus'))).toBe(true);
    await tablet.keyboard.press('End');
    await group.getByRole('radio', { name: /^weet niet/, checked: true }).waitFor();
    await waitUntilSaved(tablet);
    expect((await serverInterview(server, study, interviewId)).answers.find((a) => a.itemId === p.item.id)?.value).toBe('dk');
    // Back to the planned answer, so the checks further on hold.
    await answer(tablet, p);
    await waitUntilSaved(tablet);
  });

  it('keeps a change of a text at once and a number only when valid', async () => {
    const p = planned().find((x) => x.item.type === 'number')!;
    await openTopic(tablet, p.level, p.topic);
    const field = card(tablet, p.item).getByRole('textbox', { name: /^Antwoord/ });
    await field.fill('-2');
    await card(tablet, p.item).getByRole('alert').getByText('Het getal is minimaal 0.').waitFor();
    await field.fill('drie');
    await card(tablet, p.item).getByRole('alert').getByText('Vul een getal in').waitFor();
    await saveScreenshot(tablet, 'runner-invalid-number-nl-1024');
    await field.fill('3');
    await field.blur();
    await waitUntilSaved(tablet);
    const a = (await serverInterview(server, study, interviewId)).answers.find((x) => x.itemId === p.item.id)!;
    expect(a.value).toBe(3);
  });

  it('completes the interview after listing unanswered questions; then it is read-only', async () => {
    // Clear one answer, so the list has something to say.
    const p = planned().find((x) => x.item.type === 'choice')!;
    await openTopic(tablet, p.level, p.topic);
    await card(tablet, p.item).getByRole('button', { name: 'Antwoord wissen' }).click();
    await waitUntilSaved(tablet);
    await tablet.getByRole('button', { name: 'Interview afronden' }).first().click();
    const dialog = tablet.getByRole('dialog', { name: 'Interview afronden?' });
    await dialog.getByText('Eén vraag is nog niet beantwoord:').waitFor();
    await dialog.getByText(nl(p.level.label) + ': 1 vraag').waitFor();
    await dialog.getByText(nl(p.item.prompt)).waitFor();
    await saveScreenshot(tablet, 'runner-complete-dialog-nl-1024');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await answer(tablet, p);
    await waitUntilSaved(tablet);
    await tablet.getByRole('button', { name: 'Interview afronden' }).first().click();
    await dialog.getByText('Alle vragen zijn beantwoord.').waitFor();
    await dialog.getByRole('button', { name: 'Afronden' }).click();
    await tablet.getByText('Dit interview is afgerond. De antwoorden zijn alleen nog te lezen').waitFor();
    expect(await tablet.getByRole('button', { name: 'Interview afronden' }).count()).toBe(0);
    expect(await card(tablet, p.item).getByRole('radio').first().isDisabled()).toBe(true);
    await saveScreenshot(tablet, 'runner-completed-nl-1024');
    expect((await serverInterview(server, study, interviewId)).status).toBe('completed');
    expect(expectOnServer((await serverInterview(server, study, interviewId)).answers, planned())).toEqual([]);
  });

  it('the lead reviews: has issues needs a comment; approve; reopen', async () => {
    await lead.goto(`${server.url}/interviews/${interviewId}`);
    const review = lead.getByRole('region', { name: 'Beoordeling door de onderzoeksleider' });
    await review.waitFor();
    await review.getByRole('button', { name: 'Opmerkingen vastleggen' }).click();
    await review.getByRole('button', { name: 'Opmerkingen vastleggen' }).click();
    await review.getByText('Schrijf wat er aan het interview schort.').waitFor();
    await saveScreenshot(lead, 'runner-review-lead-nl-1024');
    await review.getByLabel('Opmerking voor de interviewers').fill('De notities bij het ketenniveau ontbreken.');
    await review.getByRole('button', { name: 'Opmerkingen vastleggen' }).click();
    await lead.getByText('De opmerkingen zijn vastgelegd.').waitFor();
    await lead.getByText('Opmerking: De notities bij het ketenniveau ontbreken.').waitFor();
    expect((await serverInterview(server, study, interviewId)).status).toBe('has_issues');
    // The interviewer's tablet hears it live.
    await tablet.getByText('De onderzoeksleider heeft opmerkingen bij dit interview.').waitFor();
    await review.getByRole('button', { name: 'Goedkeuren' }).click();
    await lead.getByText('Het interview is goedgekeurd.').waitFor();
    expect((await serverInterview(server, study, interviewId)).status).toBe('approved');
    await review.getByRole('button', { name: 'Heropenen' }).click();
    await lead.getByText('Het interview is heropend.').waitFor();
    expect((await serverInterview(server, study, interviewId)).status).toBe('in_progress');
    await tablet.getByRole('button', { name: 'Interview afronden' }).first().waitFor();
  });

  it('a refused consent ends the interview with a clear message', async () => {
    await tablet.goto(server.url);
    await tablet.getByRole('region', { name: /^Gepland/ }).getByRole('link', { name: 'Starten interview R002' }).click();
    await tablet.getByRole('button', { name: 'Nee, geen toestemming' }).click();
    const dialog = tablet.getByRole('dialog', { name: 'Geen toestemming vastleggen?' });
    await dialog.getByRole('button', { name: 'Geen toestemming' }).click();
    await tablet.getByText('De respondent heeft geen toestemming gegeven. Het interview is hier beëindigd').waitFor();
    expect(await tablet.getByRole('tab').count()).toBe(0);
    await saveScreenshot(tablet, 'runner-consent-refused-nl-1024');
  });

  it('switches to English, topic list labels included', async () => {
    await tablet.goto(`${server.url}/interviews/${interviewId}`);
    await tablet.getByRole('tab', { name: /^Individueel niveau/ }).waitFor();
    await tablet.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'EN', exact: true }).click();
    await tablet.getByRole('tab', { name: /^Individual level/ }).waitFor();
    await tablet.getByText('Saved on the server').waitFor();
    await tablet.getByRole('button', { name: 'Complete interview' }).first().waitFor();
    await saveScreenshot(tablet, 'runner-individual-en-1024');
    await tablet.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'NL', exact: true }).click();
    await tablet.getByRole('tab', { name: /^Individueel niveau/ }).waitFor();
  });

  it('fits a tablet in portrait and a phone, with 44px touch targets', async () => {
    for (const [width, height, name] of [
      [768, 1024, 'tablet-768'],
      [320, 640, 'phone-320'],
    ] as const) {
      await tablet.setViewportSize({ width, height });
      await tablet.goto(`${server.url}/interviews/${interviewId}`);
      await tablet.getByRole('tab', { name: /^Individueel niveau/ }).waitFor();
      expect(await overflowingElements(tablet)).toEqual([]);
      expect(await sidewaysOverflow(tablet)).toBeLessThanOrEqual(0);
      const small = await smallTargets(tablet);
      expect(small).toEqual([]);
      await saveScreenshot(tablet, `runner-individual-nl-${name}`);
    }
    await tablet.setViewportSize({ width: 1024, height: 768 });
  });

  it('has no serious or critical axe violations on the runner and its start page', async () => {
    for (const path of [`/interviews/${interviewId}`, '/']) {
      await tablet.goto(`${server.url}${path}`);
      await tablet.getByRole('heading', { level: 1 }).first().waitFor();
      if (path !== '/') await tablet.getByRole('tab').first().waitFor();
      const violations = await runAxe(tablet);
      expect(violations).toEqual([]);
    }
  });

  it('logged no errors and no CSP violations', () => {
    for (const watch of [leadWatch, tabletWatch]) {
      expect(watch.errors).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    }
  });
});

/** Visible buttons, links, inputs smaller than 44x44 px (inline links in text excepted). */
export const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [role="radio"], [role="tab"]'))) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
          const label = el.closest('label')?.getBoundingClientRect();
          if (label && label.height >= 44) continue;
        }
        if (el.classList.contains('skip')) continue;
        if (box.height < 43.5 || box.width < 43.5) found.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`);
      }
      for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    return found.slice(0, 10);
  });
