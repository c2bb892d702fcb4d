// Whatever a client sends, the answer is a 4xx in the error shape, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { createFixtureStudy, type FixtureStudy } from '../helpers/fixture-study.ts';

let t: TestApp;
let f: FixtureStudy;
beforeAll(async () => {
  t = await startTestApp({ studyTopicList: true, limits: { signIn: { max: 1000, timeWindow: 60_000 } } });
  f = await createFixtureStudy(t);
});
afterAll(() => t?.close());

// [body, content type, may a valid request look like this?]
const BODIES: [string, string | undefined, boolean?][] = [
  ['not json', 'application/json'],
  ['{"a":', 'application/json'],
  ['[]', 'application/json'],
  ['null', 'application/json'],
  ['"text"', 'application/json'],
  ['{"value": 1e999, "opId": "xxxxxxxxxx"}', 'application/json', true],
  ['{"__proto__": {"admin": true}}', 'application/json', true],
  ['<xml/>', 'application/xml'],
  ['a=b', 'application/x-www-form-urlencoded'],
  ['', 'application/json'],
  ['{}', undefined, true],
];

describe('bad input never causes a 500', () => {
  it('on every write endpoint, with every kind of broken body', async () => {
    const S = `/api/studies/${f.studyId}`;
    const I = `/api/interviews/${f.interviewId}`;
    const targets: [string, string][] = [
      ['POST', '/api/session'],
      ['POST', '/api/setup'],
      ['POST', '/api/users'],
      ['PATCH', `/api/users/${f.people.analyst.id}`],
      ['POST', '/api/pairings'],
      ['POST', '/api/pairings/claim'],
      ['POST', '/api/studies'],
      ['PATCH', S],
      ['POST', `${S}/members`],
      ['POST', `${S}/pairs`],
      ['POST', `${S}/respondents`],
      ['PUT', `${S}/respondents/${f.respondentId}/identity`],
      ['POST', `${S}/interviews`],
      ['POST', `${I}/consent`],
      ['POST', `${I}/status`],
      ['PUT', `${I}/answers/decisiveness-open`],
      ['POST', `${I}/sync`],
      ['POST', `${I}/timings`],
      ['POST', `${I}/presence`],
    ];
    const seen = new Map<number, number>();
    for (const [method, url] of targets) {
      for (const [payload, type, mayBeValid] of BODIES) {
        const res = await t.app.inject({
          method: method as 'POST',
          url,
          payload,
          headers: { cookie: f.people.lead.cookie, ...(type ? { 'content-type': type } : {}) },
        });
        expect(res.statusCode, `${method} ${url} with ${JSON.stringify(payload)} (${type}): ${res.body}`).toBeLessThan(500);
        if (mayBeValid && res.statusCode < 400) continue;
        expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload)} ${type}: ${res.body.slice(0, 80)}`).toBeGreaterThanOrEqual(400);
        expect(res.json().error.code, res.body).toMatch(/^[a-z_]+(\.[a-z_]+)+$/);
        seen.set(res.statusCode, (seen.get(res.statusCode) ?? 0) + 1);
      }
    }
    expect([...seen.keys()].sort()).toEqual(expect.arrayContaining([400, 415, 422]));
  });

  it('on odd addresses and parameters', async () => {
    for (const url of [
      '/api/studies/not-a-uuid',
      '/api/interviews/00000000-0000-0000-0000-000000000000',
      `/api/interviews/${f.interviewId}/answers/%00`,
      '/api/topiclists/%E0%A4%A',
      '/api/audit?limit=999999',
      '/api/audit?since=2026-13-45T99:99:99Z',
      `/api/studies/${f.studyId}/matrix?by[]=x`,
      '/api/topiclists/ketensamenwerking-stalking/versions/99999999999999999999',
    ]) {
      for (const method of ['GET', 'PUT', 'DELETE']) {
        const res = await t.app.inject({ method: method as 'GET', url, headers: { cookie: f.people.lead.cookie } });
        expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(500);
      }
    }
  });
});
