import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../server/db/database.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { createFixtureStudy, type FixtureStudy, json, PLANTED_IDENTITY } from '../helpers/fixture-study.ts';

let t: TestApp;
let f: FixtureStudy;
let lead: string;
beforeAll(async () => {
  t = await startTestApp({ studyTopicList: true, limits: { signIn: { max: 1000, timeWindow: 60_000 } } });
  f = await createFixtureStudy(t);
  lead = f.people.lead.cookie;
});
afterAll(() => t?.close());

describe('studies', () => {
  it('creates a study bound to a stored topic list version, and refuses an unknown one', async () => {
    const study = (await json(t, 'GET', `/api/studies/${f.studyId}`, lead)).json();
    expect(study).toMatchObject({ name: 'Ketensamenwerking Zuid', topiclist: { id: 'ketensamenwerking-stalking', version: 1 }, minGroupSize: 5 });
    expect(study.members.map((m: { name: string }) => m.name)).toEqual(['Daan Mulder', 'Noor Bakker', 'Sanne Kuipers']);
    expect(study.pairs).toEqual([{ id: f.pairId, code: 'P01', interviewers: [{ id: f.people.interviewer.id, name: 'Daan Mulder' }, { id: f.people.partner.id, name: 'Sanne Kuipers' }] }]);

    const bad = await json(t, 'POST', '/api/studies', lead, { name: 'X', topiclist: { id: 'ketensamenwerking-stalking', version: 7 } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('study.unknown_topiclist');
    const invalid = await json(t, 'POST', '/api/studies', lead, { name: '', topiclist: { id: 'Bad Id' } });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['name', 'topiclist.id', 'topiclist.version']);
  });

  it('shows each user only their own studies', async () => {
    const names = async (cookie: string) => (await json(t, 'GET', '/api/studies', cookie)).json().map((s: { name: string }) => s.name);
    expect(await names(lead)).toEqual(['Ketensamenwerking Zuid', 'Andere studie']);
    expect(await names(f.people.interviewer.cookie)).toEqual(['Ketensamenwerking Zuid']);
    expect(await names(f.people.otherInterviewer.cookie)).toEqual(['Andere studie']);
  });

  it('pairs only two interviewers who are members', async () => {
    const notMember = await json(t, 'POST', `/api/studies/${f.studyId}/pairs`, lead, { interviewerIds: [f.people.interviewer.id, f.people.otherInterviewer.id] });
    expect(notMember.statusCode).toBe(422);
    const analyst = await json(t, 'POST', `/api/studies/${f.studyId}/pairs`, lead, { interviewerIds: [f.people.interviewer.id, f.people.analyst.id] });
    expect(analyst.json().error.message).toBe('Noor Bakker is not an interviewer.');
    const removing = await json(t, 'DELETE', `/api/studies/${f.studyId}/members/${f.people.partner.id}`, lead);
    expect(removing.statusCode).toBe(409);
  });

  it('deletes a pair made by mistake, but not one an interview was planned for', async () => {
    const extra = (await json(t, 'POST', `/api/studies/${f.studyId}/pairs`, lead, { interviewerIds: [f.people.partner.id, f.people.interviewer.id] })).json();
    expect((await json(t, 'DELETE', `/api/studies/${f.studyId}/pairs/${extra.id}`, lead)).statusCode).toBe(204);
    expect((await json(t, 'DELETE', `/api/studies/${f.studyId}/pairs/${extra.id}`, lead)).statusCode).toBe(404);
    const used = await json(t, 'DELETE', `/api/studies/${f.studyId}/pairs/${f.pairId}`, lead);
    expect(used.statusCode).toBe(409);
    expect(used.json().error.code).toBe('conflict.in_use');
    expect((await json(t, 'GET', `/api/studies/${f.studyId}/pairs`, lead)).json().map((p: { id: string }) => p.id)).toContain(f.pairId);
  });
});

describe('respondents', () => {
  it('assigns codes R001, R002, ... without gaps or duplicates under concurrent creation', async () => {
    const study = (await json(t, 'POST', '/api/studies', lead, { name: 'Druk', topiclist: { id: 'ketensamenwerking-stalking', version: 1 } })).json();
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => json(t, 'POST', `/api/studies/${study.id}/respondents`, lead, { organisation: 'Politie', role: 'regisseur', region: `Regio ${i % 3}` })),
    );
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    const codes = results.map((r) => r.json().code).sort();
    expect(codes).toEqual(Array.from({ length: 25 }, (_, i) => `R${String(i + 1).padStart(3, '0')}`));
  });

  it("holds coded fields to the study's code lists when it has them", async () => {
    const res = await json(t, 'POST', `/api/studies/${f.studyId}/respondents`, lead, { organisation: 'Gemeente', role: 'x', region: 'y' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'respondent.code_not_allowed', issues: [{ path: 'organisation' }] });
  });

  it('seals the identity: not readable in the database, shown only to the lead, every read audited', async () => {
    const rows = await queryRows<Record<string, string>>(t.database.db, sql`select * from respondent_identities`);
    const stored = JSON.stringify(rows);
    for (const value of Object.values(PLANTED_IDENTITY)) expect(stored).not.toContain(value);

    const view = await json(t, 'GET', `/api/studies/${f.studyId}/respondents/${f.respondentId}/identity`, lead);
    expect(view.json()).toEqual({ respondent: { id: f.respondentId, code: 'R001' }, identity: PLANTED_IDENTITY });
    expect(view.headers['cache-control']).toBe('no-store');

    const audit = (await json(t, 'GET', `/api/audit?action=identity.read&targetId=${f.respondentId}`, lead)).json();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: { id: f.people.lead.id }, studyId: f.studyId });
  });

  it('refuses an identity moved to another respondent row (bound to its row)', async () => {
    const other = (await json(t, 'POST', `/api/studies/${f.studyId}/respondents`, lead, { organisation: 'Politie', role: 'r', region: 'x', identity: { name: 'Iemand Anders' } })).json();
    await queryRows(
      t.database.db,
      sql`update respondent_identities set ciphertext = (select ciphertext from respondent_identities where respondent_id = ${f.respondentId}),
        iv = (select iv from respondent_identities where respondent_id = ${f.respondentId}),
        tag = (select tag from respondent_identities where respondent_id = ${f.respondentId})
        where respondent_id = ${other.id}`,
    );
    const res = await json(t, 'GET', `/api/studies/${f.studyId}/respondents/${other.id}/identity`, lead);
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('internal');
    expect(res.body).not.toContain('Mirjam');
  });
});

describe('audit log', () => {
  it('records who did what, filterable by action family, study and time, paged', async () => {
    const all = (await json(t, 'GET', '/api/audit?limit=1000', lead)).json();
    const actions = new Set(all.map((a: { action: string }) => a.action));
    for (const a of ['login.ok', 'user.created', 'study.created', 'study.member_added', 'study.pair_created', 'respondent.created', 'identity.read']) {
      expect(actions).toContain(a);
    }
    const study = (await json(t, 'GET', `/api/audit?studyId=${f.studyId}&action=study`, lead)).json();
    expect(study.every((a: { action: string; studyId: string }) => a.action.startsWith('study.') && a.studyId === f.studyId)).toBe(true);

    const page1 = (await json(t, 'GET', '/api/audit?limit=3', lead)).json();
    const page2 = (await json(t, 'GET', `/api/audit?limit=3&before=${page1[2].id}`, lead)).json();
    expect(page2[0].id).toBeLessThan(page1[2].id);
    const future = (await json(t, 'GET', `/api/audit?since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`, lead)).json();
    expect(future).toEqual([]);
    expect((await json(t, 'GET', '/api/audit?since=yesterday', lead)).statusCode).toBe(400);
  });
});
