// Every endpoint, called as every kind of caller, with the exact status expected.
// A new endpoint without a row here fails the test: access is decided, never defaulted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { createFixtureStudy, type FixtureStudy, json } from '../helpers/fixture-study.ts';
import { signIn } from '../helpers/personas.ts';
import { miniYaml } from '../helpers/topiclist-fixtures.ts';

type Caller = 'anonymous' | 'analyst' | 'otherInterviewer' | 'interviewer' | 'lead';
// Lead last, so a lead's successful change cannot alter what the others are refused.
const CALLERS: Caller[] = ['anonymous', 'analyst', 'otherInterviewer', 'interviewer', 'lead'];

interface Row {
  method: string;
  path: string;
  url: (f: FixtureStudy, n: number) => string;
  body?: (f: FixtureStudy, n: number) => unknown;
  raw?: { payload: string; type: string };
  /** Sign in afresh for this call (for endpoints that end the caller's session). */
  fresh?: boolean;
  /** An event stream: called over HTTP and closed once the status is known. */
  stream?: boolean;
  expect: Record<Caller, number>;
}

const all = (status: number) => ({ anonymous: status, analyst: status, otherInterviewer: status, interviewer: status, lead: status });
const signedIn = (status: number) => ({ ...all(status), anonymous: 401 });
const leadOnly = (status: number) => ({ ...all(403), anonymous: 401, lead: status });
const studyMembers = (status: number) => ({ ...signedIn(status), otherInterviewer: 404 });
const leadAndAnalyst = (status: number) => ({ ...leadOnly(status), analyst: status });

const workers = (status: number) => ({ ...signedIn(status), analyst: 403 });
const interviewWorkers = (status: number) => ({ ...workers(status), otherInterviewer: 404 });

const S = (f: FixtureStudy) => `/api/studies/${f.studyId}`;
const IV = (f: FixtureStudy) => `/api/interviews/${f.interviewId}`;
const R = (f: FixtureStudy) => `${S(f)}/respondents/${f.respondentId}`;
let userSeq = 0;
const newUser = () => ({ email: `throwaway${++userSeq}@example.org`, name: `Throwaway ${userSeq}`, role: 'interviewer', password: 'a long enough password' });

const ROWS: Row[] = [
  { method: 'GET', path: '/api/health', url: () => '/api/health', expect: all(200) },
  { method: 'GET', path: '/api/setup', url: () => '/api/setup', expect: all(200) },
  { method: 'POST', path: '/api/setup', url: () => '/api/setup', body: () => ({ token: 'x', email: 'x@example.org', name: 'X', password: 'long enough password' }), expect: all(409) },
  { method: 'POST', path: '/api/session', url: () => '/api/session', body: (f) => ({ email: f.people.lead.email, password: 'wrong password' }), expect: all(401) },
  { method: 'GET', path: '/api/session', url: () => '/api/session', expect: signedIn(200) },
  { method: 'DELETE', path: '/api/session', url: () => '/api/session', fresh: true, expect: all(204) },
  { method: 'POST', path: '/api/users', url: () => '/api/users', body: () => newUser(), expect: leadOnly(201) },
  { method: 'GET', path: '/api/users', url: () => '/api/users', expect: leadOnly(200) },
  { method: 'PATCH', path: '/api/users/{id}', url: (f) => `/api/users/${f.people.otherInterviewer.id}`, body: () => ({ name: 'Joris Verbeek' }), expect: leadOnly(200) },
  { method: 'POST', path: '/api/pairings', url: () => '/api/pairings', body: () => ({}), expect: { ...signedIn(201), analyst: 403 } },
  { method: 'POST', path: '/api/pairings/claim', url: () => '/api/pairings/claim', body: () => ({ code: 'AAAA-BBBB', deviceName: 'Tablet' }), expect: all(401) },
  { method: 'GET', path: '/api/devices', url: () => '/api/devices', expect: { ...signedIn(200), analyst: 403 } },
  { method: 'DELETE', path: '/api/devices/{id}', url: () => `/api/devices/${deviceId}`, expect: { anonymous: 401, analyst: 403, otherInterviewer: 404, interviewer: 204, lead: 204 } },
  { method: 'GET', path: '/api/topiclists', url: () => '/api/topiclists', expect: signedIn(200) },
  { method: 'POST', path: '/api/topiclists', url: () => '/api/topiclists', raw: { payload: miniYaml, type: 'application/yaml' }, expect: leadOnly(201) },
  { method: 'GET', path: '/api/topiclists/{id}', url: () => '/api/topiclists/ketensamenwerking-stalking', expect: signedIn(200) },
  { method: 'GET', path: '/api/topiclists/{id}/versions', url: () => '/api/topiclists/ketensamenwerking-stalking/versions', expect: signedIn(200) },
  { method: 'GET', path: '/api/topiclists/{id}/versions/{version}', url: () => '/api/topiclists/ketensamenwerking-stalking/versions/1', expect: signedIn(200) },
  { method: 'GET', path: '/api/topiclists/{id}/versions/{version}/download', url: (_f, n) => `/api/topiclists/ketensamenwerking-stalking/versions/1/download?format=${n % 2 ? 'xlsx' : 'yaml'}`, expect: signedIn(200) },
  { method: 'GET', path: '/api/topiclists/{id}/compare', url: () => '/api/topiclists/ketensamenwerking-stalking/compare?from=1&to=1', expect: signedIn(200) },
  { method: 'GET', path: '/api/topiclist-drafts', url: () => '/api/topiclist-drafts', expect: leadOnly(200) },
  { method: 'POST', path: '/api/topiclist-drafts', url: () => '/api/topiclist-drafts', body: () => ({ from: 'blank' }), expect: leadOnly(201) },
  { method: 'POST', path: '/api/topiclist-drafts/import', url: () => '/api/topiclist-drafts/import', raw: { payload: miniYaml, type: 'application/yaml' }, expect: leadOnly(201) },
  { method: 'GET', path: '/api/topiclist-drafts/{id}', url: () => `/api/topiclist-drafts/${spareDraftId}`, expect: leadOnly(200) },
  { method: 'PUT', path: '/api/topiclist-drafts/{id}', url: () => `/api/topiclist-drafts/${spareDraftId}`, body: () => ({ content: { id: 'ontwerp' }, baseRevision: 1 }), expect: leadOnly(200) },
  // A blank draft breaks rules: the lead's publish is refused, the others never get that far.
  { method: 'POST', path: '/api/topiclist-drafts/{id}/publish', url: () => `/api/topiclist-drafts/${spareDraftId}/publish`, body: () => ({}), expect: leadOnly(422) },
  { method: 'DELETE', path: '/api/topiclist-drafts/{id}', url: () => `/api/topiclist-drafts/${spareDraftId}`, expect: leadOnly(204) },
  { method: 'POST', path: '/api/studies', url: () => '/api/studies', body: () => ({ name: 'Nieuw', topiclist: { id: 'ketensamenwerking-stalking', version: 1 } }), expect: leadOnly(201) },
  { method: 'GET', path: '/api/studies', url: () => '/api/studies', expect: signedIn(200) },
  { method: 'GET', path: '/api/studies/{id}', url: (f) => S(f), expect: studyMembers(200) },
  { method: 'PATCH', path: '/api/studies/{id}', url: (f) => S(f), body: () => ({ minGroupSize: 5 }), expect: leadOnly(200) },
  { method: 'POST', path: '/api/studies/{id}/members', url: (f) => `${S(f)}/members`, body: () => ({ userId: spareMemberId }), expect: leadOnly(201) },
  { method: 'DELETE', path: '/api/studies/{id}/members/{userId}', url: (f) => `${S(f)}/members/${spareMemberId}`, expect: leadOnly(204) },
  { method: 'POST', path: '/api/studies/{id}/pairs', url: (f) => `${S(f)}/pairs`, body: (f) => ({ interviewerIds: [f.people.partner.id, f.people.interviewer.id] }), expect: leadOnly(201) },
  { method: 'DELETE', path: '/api/studies/{id}/pairs/{pairId}', url: (f) => `${S(f)}/pairs/${sparePairId}`, expect: leadOnly(204) },
  { method: 'GET', path: '/api/studies/{id}/pairs', url: (f) => `${S(f)}/pairs`, expect: studyMembers(200) },
  // The study's own version: the lead gets past access to the 409 "not newer", and nothing changes.
  { method: 'POST', path: '/api/studies/{studyId}/topiclist', url: (f) => `${S(f)}/topiclist`, body: () => ({ version: 1 }), expect: leadOnly(409) },
  { method: 'POST', path: '/api/studies/{studyId}/respondents', url: (f) => `${S(f)}/respondents`, body: () => ({ organisation: 'Politie', role: 'procesregisseur', region: 'Parkstad' }), expect: leadOnly(201) },
  { method: 'GET', path: '/api/studies/{studyId}/respondents', url: (f) => `${S(f)}/respondents`, expect: leadAndAnalyst(200) },
  { method: 'GET', path: '/api/studies/{studyId}/respondents/{respondentId}', url: (f) => R(f), expect: leadAndAnalyst(200) },
  { method: 'GET', path: '/api/studies/{studyId}/respondents/{respondentId}/identity', url: (f) => `${R(f)}/identity`, expect: leadOnly(200) },
  { method: 'PUT', path: '/api/studies/{studyId}/respondents/{respondentId}/identity', url: (f) => `${R(f)}/identity`, body: () => ({ name: 'Mirjam Zwanenburg-Oudshoorn' }), expect: leadOnly(200) },
  { method: 'POST', path: '/api/studies/{studyId}/interviews', url: (f) => `${S(f)}/interviews`, body: (f) => ({ respondentId: f.respondentId, pairId: f.pairId }), expect: leadOnly(201) },
  { method: 'GET', path: '/api/studies/{studyId}/interviews', url: (f) => `${S(f)}/interviews`, expect: { ...workers(200), otherInterviewer: 404 } },
  { method: 'GET', path: '/api/interviews', url: () => '/api/interviews', expect: workers(200) },
  { method: 'GET', path: '/api/interviews/{id}', url: (f) => IV(f), expect: interviewWorkers(200) },
  { method: 'POST', path: '/api/interviews/{id}/consent', url: (f) => `${IV(f)}/consent`, body: () => ({ given: true, version: 'v1' }), expect: interviewWorkers(200) },
  { method: 'PUT', path: '/api/interviews/{id}/answers/{itemId}', url: (f) => `${IV(f)}/answers/decisiveness-open`, body: (_f, n) => ({ opId: `matrix-put-${n}`, value: 'Tekst' }), expect: interviewWorkers(200) },
  { method: 'POST', path: '/api/interviews/{id}/sync', url: (f) => `${IV(f)}/sync`, body: (_f, n) => ({ ops: [{ opId: `matrix-sync-${n}`, itemId: 'individual-trust', value: 3 }] }), expect: interviewWorkers(200) },
  { method: 'POST', path: '/api/interviews/{id}/timings', url: (f) => `${IV(f)}/timings`, body: () => ({ intervals: [{ topicId: 'decisiveness', openedAt: '2026-11-02T10:00:00Z', closedAt: '2026-11-02T10:05:00Z' }] }), expect: interviewWorkers(200) },
  { method: 'POST', path: '/api/interviews/{id}/presence', url: (f) => `${IV(f)}/presence`, body: () => ({ topicId: 'decisiveness' }), expect: interviewWorkers(204) },
  // The interviewer completes it, the lead reopens it.
  { method: 'POST', path: '/api/interviews/{id}/status', url: (f) => `${IV(f)}/status`, body: (_f, n) => ({ status: CALLERS[n] === 'lead' ? 'in_progress' : 'completed' }), expect: interviewWorkers(200) },
  { method: 'GET', path: '/api/interviews/{id}/events', url: (f) => `${IV(f)}/events`, stream: true, expect: interviewWorkers(200) },
  { method: 'GET', path: '/api/interviews/{id}/matrix', url: (f) => `${IV(f)}/matrix`, expect: { ...signedIn(200), otherInterviewer: 404 } },
  { method: 'GET', path: '/api/studies/{studyId}/matrix', url: (f) => `${S(f)}/matrix?by=region`, expect: leadAndAnalyst(200) },
  { method: 'GET', path: '/api/studies/{studyId}/export', url: (f) => `${S(f)}/export?format=json`, expect: leadAndAnalyst(200) },
  { method: 'GET', path: '/api/studies/{studyId}/export/preview', url: (f) => `${S(f)}/export/preview`, expect: leadOnly(200) },
  { method: 'GET', path: '/api/studies/{studyId}/redaction-terms', url: (f) => `${S(f)}/redaction-terms`, expect: leadOnly(200) },
  { method: 'POST', path: '/api/studies/{studyId}/redaction-terms', url: (f) => `${S(f)}/redaction-terms`, body: () => ({ term: 'Kees Bakker', category: 'persoon' }), expect: leadOnly(201) },
  { method: 'DELETE', path: '/api/studies/{studyId}/redaction-terms/{termId}', url: (f) => `${S(f)}/redaction-terms/${spareTermId}`, expect: leadOnly(204) },
  { method: 'GET', path: '/api/audit', url: () => '/api/audit', expect: leadOnly(200) },
];

let t: TestApp;
let f: FixtureStudy;
let deviceId: string;
let baseUrl: string;
let spareMemberId: string;
let sparePairId: string;
let spareTermId: string;
let spareDraftId: string;

beforeAll(async () => {
  t = await startTestApp({ studyTopicList: true, limits: { signIn: { max: 10_000, timeWindow: 60_000 } } });
  f = await createFixtureStudy(t);
  const pairing = await json(t, 'POST', '/api/pairings', f.people.interviewer.cookie, {});
  const claim = await t.app.inject({ method: 'POST', url: '/api/pairings/claim', payload: { code: pairing.json().code, deviceName: 'Tablet A' } });
  deviceId = claim.json().device.id;
  const spare = await json(t, 'POST', '/api/users', f.people.lead.cookie, { email: 'spare@example.org', name: 'Spare Member', role: 'analyst', password: 'a long enough password' });
  spareMemberId = spare.json().id;
  sparePairId = (await json(t, 'POST', `/api/studies/${f.studyId}/pairs`, f.people.lead.cookie, { interviewerIds: [f.people.partner.id, f.people.interviewer.id] })).json().id;
  spareTermId = (await json(t, 'POST', `/api/studies/${f.studyId}/redaction-terms`, f.people.lead.cookie, { term: 'Heerlerbaan', category: 'plaats' })).json()[0].id;
  spareDraftId = (await json(t, 'POST', '/api/topiclist-drafts', f.people.lead.cookie, { from: 'blank' })).json().id;
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(() => t?.close());

describe('authorisation matrix', () => {
  it('has a row for every endpoint in the API description', async () => {
    const doc = (await t.app.inject('/docs/json')).json() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const covered = ROWS.map((r) => `${r.method} ${r.path}`);
    expect(documented.filter((e) => e.startsWith('GET ') || e.includes('/api/')).sort()).toEqual([...new Set(covered)].sort());
  });

  it.each(ROWS.map((r) => [`${r.method} ${r.path}`, r] as const))('%s', async (_name, row) => {
    const seen: Record<string, number> = {};
    for (const [n, caller] of CALLERS.entries()) {
      let cookie = caller === 'anonymous' ? '' : f.people[caller].cookie;
      if (row.fresh && caller !== 'anonymous') cookie = await signIn(t, f.people[caller].email);
      if (row.stream) {
        const controller = new AbortController();
        const res = await fetch(`${baseUrl}${row.url(f, n)}`, { headers: { cookie }, signal: controller.signal });
        seen[caller] = res.status;
        controller.abort();
        continue;
      }
      const res = await t.app.inject({
        method: row.method as 'GET',
        url: row.url(f, n),
        headers: { cookie, ...(row.raw ? { 'content-type': row.raw.type } : {}) },
        ...(row.raw ? { payload: row.raw.payload } : row.body ? { payload: row.body(f, n) as object } : {}),
      });
      seen[caller] = res.statusCode;
      if (res.statusCode >= 400) expect(res.json().error.code, `${caller}: ${res.body}`).toMatch(/^[a-z_]+(\.[a-z_]+)+$/);
    }
    expect(seen).toEqual(row.expect);
  });

  it('refuses an interviewer pairing a tablet for someone else', async () => {
    const res = await json(t, 'POST', '/api/pairings', f.people.otherInterviewer.cookie, { userId: f.people.interviewer.id });
    expect(res.statusCode).toBe(403);
  });
});
