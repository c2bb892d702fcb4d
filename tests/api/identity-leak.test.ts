// The identity key of a respondent must appear in no response but the lead's identity view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { createFixtureStudy, type FixtureStudy, json, PLANTED_IDENTITY } from '../helpers/fixture-study.ts';

let t: TestApp;
let f: FixtureStudy;
beforeAll(async () => {
  t = await startTestApp({ studyTopicList: true, limits: { signIn: { max: 1000, timeWindow: 60_000 } } });
  f = await createFixtureStudy(t);
});
afterAll(() => t?.close());

const planted = Object.values(PLANTED_IDENTITY).flatMap((v) => [v, v.toLowerCase(), v.split(/[\s-]/)[0]!]).filter((v) => v.length >= 5);

describe('identity never leaks', () => {
  it('is absent from every other response, for every role', async () => {
    const S = `/api/studies/${f.studyId}`;
    const urls = [
      '/api/session',
      '/api/users',
      '/api/devices',
      '/api/studies',
      S,
      `${S}/pairs`,
      `${S}/respondents`,
      `${S}/respondents/${f.respondentId}`,
      '/api/audit?limit=1000',
      '/api/topiclists',
      '/api/interviews',
      `${S}/interviews`,
      `/api/interviews/${f.interviewId}`,
    ];
    let checked = 0;
    for (const person of Object.values(f.people)) {
      for (const url of urls) {
        const res = await json(t, 'GET', url, person.cookie);
        for (const value of planted) expect(res.body, `${person.name} GET ${url}`).not.toContain(value);
        checked++;
      }
    }
    // The creation response and an update response do not echo it either.
    const created = await json(t, 'POST', `${S}/respondents`, f.people.lead.cookie, {
      organisation: 'Politie',
      role: 'r',
      region: 'x',
      identity: PLANTED_IDENTITY,
    });
    for (const value of planted) expect(created.body).not.toContain(value);
    expect(checked).toBe(65);
  });

  it('is readable by the lead through the identity view only', async () => {
    const view = await json(t, 'GET', `/api/studies/${f.studyId}/respondents/${f.respondentId}/identity`, f.people.lead.cookie);
    expect(view.body).toContain(PLANTED_IDENTITY.name);
    for (const p of ['analyst', 'interviewer', 'otherInterviewer'] as const) {
      const res = await json(t, 'GET', `/api/studies/${f.studyId}/respondents/${f.respondentId}/identity`, f.people[p].cookie);
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toContain(PLANTED_IDENTITY.name);
    }
  });
});
