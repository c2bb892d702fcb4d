// Studies whose respondents have answered the satisfaction matrix, arranged through the API
// (as tests/api/matrices.test.ts does) for the browser tests of the matrix pages.
import { readFileSync } from 'node:fs';
import type { TopicListVersion } from '../../server/contract/api.ts';
import { PERSONAS, signIn } from './personas.ts';
import type { TestServer } from './server.ts';

/** A matrix item's answer: a scale point, n.v.t., weet niet, or "-" for never asked. */
export type CellAnswer = number | 'na' | 'dk' | '-';

export interface MatrixItem {
  itemId: string;
  dimension: string;
  level: string;
}

export interface PlannedRespondent {
  organisation: string;
  region: string;
  role?: string;
  /** Per matrix item id; items left out are not asked. */
  answers: Record<string, CellAnswer>;
  /** Completed (counts as final) or left in progress. */
  final?: boolean;
}

export interface MatrixStudy {
  studyId: string;
  topicList: TopicListVersion;
  items: MatrixItem[];
  respondents: { code: string; interviewId: string }[];
}

type Inject = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string, payload?: unknown) => Promise<any>;

function caller(server: TestServer): Inject {
  return async (method, url, cookie, payload) => {
    const res = await server.testApp.app.inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload: payload as object }) });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
}

/** Loads tests/fixtures/matrix.yaml (2 dimensions x 2 levels) as the lead. */
export async function loadMatrixFixture(server: TestServer): Promise<{ id: string; version: number }> {
  const cookie = await signIn(server.testApp, PERSONAS.lead.email);
  const yaml = readFileSync(new URL('../fixtures/matrix.yaml', import.meta.url), 'utf8');
  const res = await server.testApp.app.inject({ method: 'POST', url: '/api/topiclists', payload: yaml, headers: { 'content-type': 'application/yaml', cookie } });
  if (res.statusCode >= 300) throw new Error(`loading matrix.yaml: ${res.statusCode} ${res.body}`);
  return { id: 'matrix-test', version: 1 };
}

/** A stored topic list version, read as the lead. */
export async function readTopicList(server: TestServer, topiclist: { id: string; version: number }): Promise<TopicListVersion> {
  const lead = await signIn(server.testApp, PERSONAS.lead.email);
  return caller(server)('GET', `/api/topiclists/${topiclist.id}/versions/${topiclist.version}`, lead);
}

/** The matrix items of a topic list, in the list's order. */
export function matrixItems(list: TopicListVersion): MatrixItem[] {
  return list.levels.flatMap((level) =>
    level.topics.flatMap((topic) => topic.items.filter((item) => item.dimension).map((item) => ({ itemId: item.id, dimension: item.dimension!, level: level.id }))),
  );
}

/**
 * A study on the topic list with the interviewer, partner and analyst as members (those
 * personas must exist), and one interview per respondent, conducted by the interviewer
 * alone: consent, the answers through the outbox, then completed unless `final: false`.
 */
export async function createMatrixStudy(
  server: TestServer,
  options: { name: string; topiclist: { id: string; version: number }; minGroupSize?: number; respondents: PlannedRespondent[] },
): Promise<MatrixStudy> {
  const call = caller(server);
  const lead = await signIn(server.testApp, PERSONAS.lead.email);
  const interviewer = await signIn(server.testApp, PERSONAS.interviewer.email);
  const study = await call('POST', '/api/studies', lead, { name: options.name, topiclist: options.topiclist, minGroupSize: options.minGroupSize ?? 5 });
  for (const p of ['interviewer', 'partner', 'analyst'] as const) {
    const user = server.users[p];
    if (user) await call('POST', `/api/studies/${study.id}/members`, lead, { userId: user.id });
  }
  const topicList = await readTopicList(server, options.topiclist);
  const respondents = [];
  for (const [n, planned] of options.respondents.entries()) {
    const r = await call('POST', `/api/studies/${study.id}/respondents`, lead, { organisation: planned.organisation, role: planned.role ?? 'casusregisseur', region: planned.region });
    const iv = await call('POST', `/api/studies/${study.id}/interviews`, lead, { respondentId: r.id, interviewerIds: [server.users.interviewer!.id] });
    await call('POST', `/api/interviews/${iv.id}/consent`, interviewer, { given: true, version: 'v1' });
    const ops = Object.entries(planned.answers)
      .filter(([, value]) => value !== '-')
      .map(([itemId, value], i) => ({ opId: `matrix-${n}-${i}`, itemId, value }));
    if (ops.length) await call('POST', `/api/interviews/${iv.id}/sync`, interviewer, { ops });
    if (planned.final !== false) await call('POST', `/api/interviews/${iv.id}/status`, interviewer, { status: 'completed' });
    respondents.push({ code: r.code as string, interviewId: iv.id as string });
  }
  return { studyId: study.id, topicList, items: matrixItems(topicList), respondents };
}
