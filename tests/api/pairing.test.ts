import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { openPostgres, queryRows } from '../../server/db/database.ts';
import { startTestApp, TEST_IDENTITY_KEY, type TestApp } from '../helpers/app.ts';
import { driver } from '../helpers/db.ts';
import { json } from '../helpers/fixture-study.ts';
import { createPersonas, sessionCookie, type SignedIn } from '../helpers/personas.ts';

let t: TestApp;
let people: Record<'lead' | 'interviewer' | 'partner' | 'analyst', SignedIn>;
beforeAll(async () => {
  t = await startTestApp({ limits: { signIn: { max: 1000, timeWindow: 60_000 } } });
  people = await createPersonas(t, ['lead', 'interviewer', 'partner', 'analyst']);
});
afterAll(() => t?.close());

const claim = (code: string, deviceName = 'Tablet 1') =>
  t.app.inject({ method: 'POST', url: '/api/pairings/claim', payload: { code, deviceName } });

describe('tablet pairing', () => {
  it('signs a tablet in as the interviewer with a code the lead made, once', async () => {
    const pairing = await json(t, 'POST', '/api/pairings', people.lead.cookie, { userId: people.interviewer.id });
    expect(pairing.statusCode).toBe(201);
    const body = pairing.json();
    expect(body.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(body.url).toBe(`http://localhost:80/pair#code=${body.code}`);
    expect(body.qrSvg).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(body.qrSvg.split(',')[1], 'base64').toString()).toContain('<svg');
    expect(new Date(body.expiresAt).getTime() - Date.now()).toBeGreaterThan(9 * 60_000);

    // Typed on a tablet: lower case, without the dash.
    const res = await claim(body.code.toLowerCase().replace('-', ''), 'Tablet Oost');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { id: people.interviewer.id, role: 'interviewer' }, device: { name: 'Tablet Oost' } });
    const tablet = sessionCookie(res.headers['set-cookie']);
    expect((await json(t, 'GET', '/api/session', tablet)).json()).toMatchObject({ user: { id: people.interviewer.id }, device: { name: 'Tablet Oost' } });

    const again = await claim(body.code);
    expect(again.statusCode).toBe(401);
    expect(again.json().error.code).toBe('pairing.invalid_code');
  });

  it('refuses an expired code', async () => {
    const { code } = (await json(t, 'POST', '/api/pairings', people.partner.cookie, {})).json();
    await queryRows(t.database.db, sql`update pairing_codes set expires_at = now() - interval '1 second'`);
    expect((await claim(code)).statusCode).toBe(401);
  });

  it('lets an interviewer pair only their own tablet, and nobody pair an analyst', async () => {
    expect((await json(t, 'POST', '/api/pairings', people.interviewer.cookie, { userId: people.partner.id })).statusCode).toBe(403);
    const analyst = await json(t, 'POST', '/api/pairings', people.lead.cookie, { userId: people.analyst.id });
    expect(analyst.statusCode).toBe(422);
    expect(analyst.json().error.code).toBe('pairing.not_interviewer');
  });

  it('lists devices (all for the lead, own for an interviewer) and revokes one: the tablet is told to wipe', async () => {
    const { code } = (await json(t, 'POST', '/api/pairings', people.partner.cookie, {})).json();
    const res = await claim(code, 'Tablet West');
    const tablet = sessionCookie(res.headers['set-cookie']);
    const deviceId = res.json().device.id;

    const leadView = (await json(t, 'GET', '/api/devices', people.lead.cookie)).json();
    expect(leadView.map((d: { name: string }) => d.name).sort()).toEqual(['Tablet Oost', 'Tablet West']);
    const ownView = (await json(t, 'GET', '/api/devices', people.partner.cookie)).json();
    expect(ownView.map((d: { name: string }) => d.name)).toEqual(['Tablet West']);
    expect((await json(t, 'DELETE', `/api/devices/${deviceId}`, people.interviewer.cookie)).statusCode).toBe(404);

    expect((await json(t, 'DELETE', `/api/devices/${deviceId}`, people.lead.cookie)).statusCode).toBe(204);
    const after = await json(t, 'GET', '/api/session', tablet);
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('session.revoked');
    expect(after.headers['clear-site-data']).toBe('"cache", "storage"');
    expect((await json(t, 'GET', '/api/devices', people.lead.cookie)).json().find((d: { id: string }) => d.id === deviceId).revokedAt).not.toBeNull();

    const audit = (await json(t, 'GET', '/api/audit?action=device', people.lead.cookie)).json();
    expect(audit.map((a: { action: string }) => a.action)).toContain('device.revoked');
  });

  it('unpairs a tablet whose interviewer signs out', async () => {
    const { code } = (await json(t, 'POST', '/api/pairings', people.interviewer.cookie, {})).json();
    const res = await claim(code, 'Tablet Noord');
    const tablet = sessionCookie(res.headers['set-cookie']);
    expect((await json(t, 'DELETE', '/api/session', tablet)).headers['clear-site-data']).toBe('"cache", "storage"');
    const devices = (await json(t, 'GET', '/api/devices', people.interviewer.cookie)).json();
    expect(devices.find((d: { name: string }) => d.name === 'Tablet Noord').revokedAt).not.toBeNull();
  });

  it.runIf(driver === 'postgres')('refuses a tablet revoked through one server instance on the other at once, cached or not', async () => {
    const second = await openPostgres((t.database as unknown as { url: string }).url);
    const appB = await buildApp({ database: second, identityKey: TEST_IDENTITY_KEY });
    await appB.ready();
    try {
      const { code } = (await json(t, 'POST', '/api/pairings', people.partner.cookie, {})).json();
      const res = await claim(code, 'Tablet Zuid');
      const tablet = sessionCookie(res.headers['set-cookie']);
      const onB = () => appB.inject({ method: 'GET', url: '/api/session', headers: { cookie: tablet } });
      expect((await onB()).statusCode).toBe(200); // now in B's cache
      expect((await json(t, 'DELETE', `/api/devices/${res.json().device.id}`, people.lead.cookie)).statusCode).toBe(204);
      // Well inside the cache's lifetime: B heard of the change, it did not wait for the entry to age.
      const until = Date.now() + 1000;
      let after = await onB();
      while (after.statusCode === 200 && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 20));
        after = await onB();
      }
      expect(after.statusCode).toBe(401);
      expect(after.json().error.code).toBe('session.revoked');
    } finally {
      await appB.close();
      await second.close();
    }
  });
});
