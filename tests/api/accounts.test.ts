import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../server/db/database.ts';
import { prepareFirstLead } from '../../server/services/accounts.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { json } from '../helpers/fixture-study.ts';
import { PASSWORD, PERSONAS, sessionCookie, signIn } from '../helpers/personas.ts';

let t: TestApp;
const quiet = { info: () => {} };
beforeAll(async () => {
  t = await startTestApp({ limits: { signIn: { max: 1000, timeWindow: 60_000 } } });
});
afterAll(() => t?.close());

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/session', payload: { email, password }, headers });

describe('first run', () => {
  let token: string;
  it('prints a one-time setup token while no user exists, and no default password', async () => {
    expect((await t.app.inject('/api/setup')).json()).toEqual({ needed: true });
    const printed: string[] = [];
    ({ setupToken: token } = (await prepareFirstLead(t.database.db, {}, (l) => printed.push(l), quiet)) as { setupToken: string });
    expect(printed.join('\n')).toContain(token);
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    // Nothing can sign in yet.
    expect((await login('admin@example.org', 'admin')).statusCode).toBe(401);
  });

  it('refuses a wrong token, creates the lead with the right one, and signs them in', async () => {
    const body = { email: PERSONAS.lead.email, name: PERSONAS.lead.name, password: PASSWORD };
    const wrong = await t.app.inject({ method: 'POST', url: '/api/setup', payload: { ...body, token: 'guess' } });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('setup.invalid_token');

    const right = await t.app.inject({ method: 'POST', url: '/api/setup', payload: { ...body, token } });
    expect(right.statusCode).toBe(201);
    expect(right.json().user).toMatchObject({ email: PERSONAS.lead.email, role: 'lead' });
    const cookie = sessionCookie(right.headers['set-cookie']);
    expect((await json(t, 'GET', '/api/session', cookie)).json().user.role).toBe('lead');
  });

  it('is over once a user exists: the same token and new tokens are refused', async () => {
    expect((await t.app.inject('/api/setup')).json()).toEqual({ needed: false });
    const again = await t.app.inject({ method: 'POST', url: '/api/setup', payload: { token: 'x', email: 'b@example.org', name: 'B', password: PASSWORD } });
    expect(again.statusCode).toBe(409);
    expect(await prepareFirstLead(t.database.db, {}, () => {}, quiet)).toEqual({});
  });

  it('stores passwords hashed with scrypt, never as given', async () => {
    const rows = await queryRows<{ password_hash: string }>(t.database.db, sql`select password_hash from users`);
    expect(rows[0]!.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(rows[0]!.password_hash).not.toContain(PASSWORD);
  });
});

describe('sessions', () => {
  let lead: string;
  beforeAll(async () => {
    lead = await signIn(t, PERSONAS.lead.email);
    for (const p of ['interviewer', 'analyst'] as const) await json(t, 'POST', '/api/users', lead, { ...PERSONAS[p], password: PASSWORD });
  });

  it('sets an HttpOnly, SameSite=Strict cookie, Secure behind HTTPS', async () => {
    const plain = await login(PERSONAS.analyst.email, PASSWORD);
    const cookie = String(plain.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    expect(plain.json()).toEqual({ user: { id: expect.any(String), email: PERSONAS.analyst.email, name: PERSONAS.analyst.name, role: 'analyst' } });

    const proxied = await startTestApp({ trustProxy: true });
    try {
      const { createUser } = await import('../../server/services/accounts.ts');
      await createUser(proxied.database.db, null, { ...PERSONAS.analyst, password: PASSWORD });
      const https = await proxied.app.inject({ method: 'POST', url: '/api/session', payload: { email: PERSONAS.analyst.email, password: PASSWORD }, headers: { 'x-forwarded-proto': 'https' } });
      expect(String(https.headers['set-cookie'])).toMatch(/; Secure/);
    } finally {
      await proxied.close();
    }
  });

  it('answers wrong passwords and unknown addresses alike', async () => {
    const wrong = await login(PERSONAS.analyst.email, 'not the password');
    const unknown = await login('nobody@example.org', 'not the password');
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('expires a session after its idle time and after its absolute lifetime', async () => {
    const idle = await signIn(t, PERSONAS.analyst.email);
    const absolute = await signIn(t, PERSONAS.analyst.email);
    expect((await json(t, 'GET', '/api/session', idle)).statusCode).toBe(200);
    const hash = (cookie: string) => cookie.split('=')[1]!;
    const { sha256 } = await import('../../server/auth/tokens.ts');
    await queryRows(t.database.db, sql`update sessions set last_seen_at = now() - interval '8 hours 1 minute' where token_hash = ${sha256(hash(idle))}`);
    await queryRows(t.database.db, sql`update sessions set expires_at = now() - interval '1 second' where token_hash = ${sha256(hash(absolute))}`);
    // Sessions are cached for CACHE_MS: a change made behind the app's back shows within that time.
    const { CACHE_MS } = await import('../../server/services/session-cache.ts');
    for (const cookie of [idle, absolute]) {
      const until = Date.now() + CACHE_MS + 1000;
      let res = await json(t, 'GET', '/api/session', cookie);
      while (res.statusCode === 200 && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 100));
        res = await json(t, 'GET', '/api/session', cookie);
      }
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('session.expired');
    }
  });

  it('keeps a session alive while it is used', async () => {
    const cookie = await signIn(t, PERSONAS.analyst.email);
    const { sha256 } = await import('../../server/auth/tokens.ts');
    await queryRows(t.database.db, sql`update sessions set last_seen_at = now() - interval '7 hours' where token_hash = ${sha256(cookie.split('=')[1]!)}`);
    expect((await json(t, 'GET', '/api/session', cookie)).statusCode).toBe(200);
    const [row] = await queryRows<{ fresh: boolean }>(t.database.db, sql`select last_seen_at > now() - interval '1 minute' as fresh from sessions where token_hash = ${sha256(cookie.split('=')[1]!)}`);
    expect(row!.fresh).toBe(true);
  });

  it('signs out: the cookie no longer works and the browser is told to wipe local data', async () => {
    const cookie = await signIn(t, PERSONAS.analyst.email);
    const out = await json(t, 'DELETE', '/api/session', cookie);
    expect(out.statusCode).toBe(204);
    expect(out.headers['clear-site-data']).toBe('"cache", "storage"');
    expect((await json(t, 'GET', '/api/session', cookie)).json().error.code).toBe('session.required');
  });

  it('refuses writes from another site (CSRF) but not from its own page or scripts', async () => {
    const headers = (h: Record<string, string>) => ({ method: 'POST' as const, url: '/api/users', payload: { ...PERSONAS.partner, password: PASSWORD }, headers: { cookie: lead, ...h } });
    const evil = await t.app.inject(headers({ origin: 'https://evil.example' }));
    expect(evil.statusCode).toBe(403);
    expect(evil.json().error.code).toBe('request.cross_origin');
    expect((await t.app.inject(headers({ 'sec-fetch-site': 'cross-site' }))).statusCode).toBe(403);
    expect((await t.app.inject(headers({ origin: 'http://localhost:80', host: 'localhost:80' }))).statusCode).toBe(201);
  });

  it('ends every session of a user whose role changes, and audits the change', async () => {
    const analystCookie = await signIn(t, PERSONAS.analyst.email);
    const analystId = (await json(t, 'GET', '/api/session', analystCookie)).json().user.id;
    const res = await json(t, 'PATCH', `/api/users/${analystId}`, lead, { role: 'interviewer' });
    expect(res.json()).toMatchObject({ role: 'interviewer' });
    expect((await json(t, 'GET', '/api/session', analystCookie)).statusCode).toBe(401);
    const audit = (await json(t, 'GET', `/api/audit?action=user.role_changed&targetId=${analystId}`, lead)).json();
    expect(audit[0]).toMatchObject({ action: 'user.role_changed', details: { from: 'analyst', to: 'interviewer' }, actor: { name: PERSONAS.lead.name } });
  });

  it('keeps at least one active research lead', async () => {
    const leadId = (await json(t, 'GET', '/api/session', lead)).json().user.id;
    const res = await json(t, 'PATCH', `/api/users/${leadId}`, lead, { role: 'analyst' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('user.last_lead');
  });

  it('refuses a second user with the same e-mail address, in any case', async () => {
    const res = await json(t, 'POST', '/api/users', lead, { ...PERSONAS.interviewer, email: PERSONAS.interviewer.email.toUpperCase(), password: PASSWORD });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('user.email_taken');
  });

  it('never writes a password to the audit log or the response', async () => {
    const audit = JSON.stringify((await json(t, 'GET', '/api/audit?limit=1000', lead)).json());
    expect(audit).not.toContain(PASSWORD);
    expect(audit).not.toContain('not the password');
  });
});

describe('sign-in rate limits', () => {
  it('blocks an account after 10 failures within 15 minutes, even with the right password, and audits it', async () => {
    const limited = await startTestApp({ limits: { signIn: { max: 1000, timeWindow: 60_000 } } });
    try {
      const { createUser } = await import('../../server/services/accounts.ts');
      await createUser(limited.database.db, null, { ...PERSONAS.interviewer, password: PASSWORD });
      const attempt = (password: string) =>
        limited.app.inject({ method: 'POST', url: '/api/session', payload: { email: PERSONAS.interviewer.email, password } });
      for (let i = 0; i < 10; i++) expect((await attempt('wrong password')).statusCode).toBe(401);
      const blocked = await attempt(PASSWORD);
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error.code).toBe('session.rate_limited');
      // Failures older than the window no longer count.
      await queryRows(limited.database.db, sql`update audit_log set at = at - interval '16 minutes' where action = 'login.failed'`);
      expect((await attempt(PASSWORD)).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('limits sign-in attempts per address', async () => {
    const limited = await startTestApp({ limits: { signIn: { max: 5, timeWindow: 60_000 } } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 7; i++) {
        const res = await limited.app.inject({ method: 'POST', url: '/api/session', payload: { email: `n${i}@example.org`, password: 'whatever it is' } });
        codes.push(res.statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 401, 401, 429, 429]);
      const claim = await limited.app.inject({ method: 'POST', url: '/api/pairings/claim', payload: { code: 'AAAA-BBBB' } });
      expect(claim.statusCode).toBe(401);
    } finally {
      await limited.close();
    }
  });
});

describe('scripted set-up', () => {
  it('creates the first lead from LEIDRAAD_ADMIN_EMAIL and LEIDRAAD_ADMIN_PASSWORD', async () => {
    const fresh = await startTestApp();
    try {
      const printed: string[] = [];
      await prepareFirstLead(fresh.database.db, { email: 'Lead@Example.org', password: PASSWORD }, (l) => printed.push(l), quiet);
      expect(printed).toEqual([]);
      const res = await fresh.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'lead@example.org', password: PASSWORD } });
      expect(res.json().user.role).toBe('lead');
    } finally {
      await fresh.close();
    }
  });
});
