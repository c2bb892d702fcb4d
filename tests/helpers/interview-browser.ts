// Arranging interview tests in the browser: a study with the pair, tablets paired through
// the API, and the study's topic list walked item by item.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { TopicListVersion } from '../../server/contract/api.ts';
import type { Item, Level, Topic } from '../../server/contract/topiclist.ts';
import { PASSWORD, PERSONAS, type PersonaName, signIn } from './personas.ts';
import type { TestServer } from './server.ts';

export const TOPICLIST = { id: 'ketensamenwerking-stalking', version: 1 };

export interface InterviewStudy {
  leadCookie: string;
  studyId: string;
  studyName: string;
  pairId: string;
  respondents: { id: string; code: string }[];
  topicList: TopicListVersion;
}

/** A study with interviewer + partner as members and a pair, and `respondentCount` respondents. */
export async function createInterviewStudy(server: TestServer, studyName: string, respondentCount = 1): Promise<InterviewStudy> {
  const leadCookie = await signIn(server.testApp, PERSONAS.lead.email);
  const call = async (method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const res = await server.testApp.app.inject({ method, url, headers: { cookie: leadCookie }, ...(payload === undefined ? {} : { payload: payload as object }) });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const study = await call('POST', '/api/studies', { name: studyName, topiclist: TOPICLIST });
  for (const p of ['interviewer', 'partner'] as const) await call('POST', `/api/studies/${study.id}/members`, { userId: server.users[p]!.id });
  const pair = await call('POST', `/api/studies/${study.id}/pairs`, { interviewerIds: [server.users.interviewer!.id, server.users.partner!.id] });
  const respondents = [];
  for (let i = 0; i < respondentCount; i++) {
    const r = await call('POST', `/api/studies/${study.id}/respondents`, { organisation: ['Veilig Thuis', 'Veiligheidshuis', 'Politie'][i % 3], role: 'casusregisseur', region: 'Zuid-Limburg' });
    respondents.push({ id: r.id, code: r.code });
  }
  const topicList = await call('GET', `/api/topiclists/${TOPICLIST.id}/versions/${TOPICLIST.version}`);
  return { leadCookie, studyId: study.id, studyName, pairId: pair.id, respondents, topicList };
}

/** Plans an interview for the pair through the API; answers its id. */
export async function planInterview(server: TestServer, s: InterviewStudy, respondentIndex: number): Promise<string> {
  const res = await server.testApp.app.inject({
    method: 'POST',
    url: `/api/studies/${s.studyId}/interviews`,
    headers: { cookie: s.leadCookie },
    payload: { respondentId: s.respondents[respondentIndex]!.id, pairId: s.pairId },
  });
  if (res.statusCode !== 201) throw new Error(`planning failed: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** The interview as the server holds it, read as the lead. */
export async function serverInterview(server: TestServer, s: InterviewStudy, interviewId: string) {
  const res = await server.testApp.app.inject({ method: 'GET', url: `/api/interviews/${interviewId}`, headers: { cookie: s.leadCookie } });
  if (res.statusCode !== 200) throw new Error(`reading the interview failed: ${res.statusCode} ${res.body}`);
  return res.json() as { status: string; answers: { itemId: string; value: unknown; note: string | null; revision: number }[]; consent: unknown };
}

/** Signs the context in the way a tablet is: a pairing code made by its interviewer, claimed. */
export async function pairTablet(context: BrowserContext, url: string, persona: PersonaName, deviceName: string): Promise<void> {
  const session = await context.request.post(`${url}/api/session`, { data: { email: PERSONAS[persona].email, password: PASSWORD } });
  if (!session.ok()) throw new Error(`sign-in of ${persona} failed: ${session.status()}`);
  const headers = { origin: url };
  const pairing = await context.request.post(`${url}/api/pairings`, { data: {}, headers });
  if (!pairing.ok()) throw new Error(`pairing code failed: ${pairing.status()} ${await pairing.text()}`);
  const { code } = (await pairing.json()) as { code: string };
  const claim = await context.request.post(`${url}/api/pairings/claim`, { data: { code, deviceName }, headers });
  if (!claim.ok()) throw new Error(`claiming failed: ${claim.status()} ${await claim.text()}`);
}

export interface Planned {
  level: Level;
  topic: Topic;
  item: Item;
  value: unknown;
  note?: string;
}

const SCALE_CYCLE: unknown[] = [1, 2, 3, 4, 5, 'na', 'dk'];

/** A valid answer for every item of the list, of every kind, with notes on some. */
export function planAnswers(list: TopicListVersion, tag: string): Planned[] {
  const planned: Planned[] = [];
  let n = 0;
  for (const level of list.levels) {
    for (const topic of level.topics) {
      for (const item of topic.items) {
        n++;
        const value = ((): unknown => {
          switch (item.type) {
            case 'open':
              return `${tag}: antwoord op ${item.id}, met "aanhalingstekens" en een tweede zin.`;
            case 'scale':
              return SCALE_CYCLE[n % SCALE_CYCLE.length];
            case 'choice':
              return item.options![n % item.options!.length]!.id;
            case 'multi':
              return [item.options![0]!.id, item.options![2]!.id];
            case 'number':
              return 3;
            case 'boolean':
              return n % 2 === 0;
            case 'date':
              return '2025-03-14';
          }
        })();
        planned.push({ level, topic, item, value, ...(n % 4 === 0 ? { note: `${tag}: notitie bij ${item.id}\nmet een tweede regel.` } : {}) });
      }
    }
  }
  return planned;
}

/** The Dutch text of a topic list label. */
export const nl = (label: unknown): string => (typeof label === 'string' ? label : ((label as Record<string, string>).nl ?? ''));

/** The card of an item on the page, found by its prompt. */
export const card = (page: Page, item: Item): Locator => page.getByRole('group', { name: nl(item.prompt), exact: true }).first();

/** Goes to a topic through the level tabs and the topic list. */
export async function openTopic(page: Page, level: Level, topic: Topic): Promise<void> {
  const tab = page.getByRole('tab', { name: new RegExp(`^${escape(nl(level.label))}`) });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  const nav = page.getByRole('navigation', { name: 'Onderwerpen' }).first();
  await nav.getByRole('button', { name: new RegExp(`^${escape(nl(topic.label))}`) }).click();
  await page.getByRole('heading', { level: 2, name: nl(topic.label), exact: true }).waitFor();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Answers one item through its controls the way a person would. */
export async function answer(page: Page, p: Planned): Promise<void> {
  const c = card(page, p.item);
  const { item, value } = p;
  switch (item.type) {
    case 'open':
      await c.getByRole('textbox', { name: /^Antwoord/ }).fill(value as string);
      break;
    case 'number':
      await c.getByRole('textbox', { name: /^Antwoord/ }).fill(String(value));
      break;
    case 'date':
      await c.getByLabel(/^Antwoord/).fill(value as string);
      break;
    case 'scale': {
      const name = value === 'na' ? /^n\.v\.t\./ : value === 'dk' ? /^weet niet/ : new RegExp(`^${value as number}\\b`);
      await c.getByRole('radio', { name }).click();
      break;
    }
    case 'boolean':
      await c.getByRole('radio', { name: value ? 'Ja' : 'Nee', exact: true }).click();
      break;
    case 'choice': {
      const option = item.options!.find((o) => o.id === value)!;
      await c.getByRole('radio', { name: nl(option.label), exact: true }).check();
      break;
    }
    case 'multi':
      for (const id of value as string[]) {
        const option = item.options!.find((o) => o.id === id)!;
        await c.getByRole('checkbox', { name: nl(option.label), exact: true }).check();
      }
      break;
  }
  if (p.note) await c.getByRole('textbox', { name: /^Notitie/ }).fill(p.note);
}

/** Waits until the status bar says every change is on the server. */
export async function waitUntilSaved(page: Page, timeout = 20_000): Promise<void> {
  await page.getByRole('status').filter({ hasText: 'Opgeslagen op de server' }).waitFor({ timeout });
}

/** Every planned value (and note) is on the server. */
export function expectOnServer(answers: { itemId: string; value: unknown; note: string | null }[], planned: Planned[]): string[] {
  const problems: string[] = [];
  const byId = new Map(answers.map((a) => [a.itemId, a]));
  for (const p of planned) {
    const a = byId.get(p.item.id);
    if (!a) problems.push(`${p.item.id}: missing`);
    else if (JSON.stringify(a.value) !== JSON.stringify(p.value)) problems.push(`${p.item.id}: ${JSON.stringify(a.value)} instead of ${JSON.stringify(p.value)}`);
    else if (p.note !== undefined && a.note !== p.note) problems.push(`${p.item.id}: note ${JSON.stringify(a.note)} instead of ${JSON.stringify(p.note)}`);
  }
  return problems;
}
