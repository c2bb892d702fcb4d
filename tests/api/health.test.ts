import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { driver } from '../helpers/db.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('health, docs and unknown routes', () => {
  it('reports ok with the database kind and the version', async () => {
    const res = await t.app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: driver, version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('sends the security headers, a strict CSP among them, on API answers and errors alike', async () => {
    for (const res of [await t.app.inject('/api/health'), await t.app.inject('/api/nothing-here')]) {
      const csp = String(res.headers['content-security-policy']);
      for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cross-origin-opener-policy': 'same-origin' });
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('serves the OpenAPI description with the public paths', async () => {
    const res = await t.app.inject('/docs/json');
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/health', '/api/topiclists', '/api/topiclists/{id}', '/api/topiclists/{id}/versions/{version}']),
    );
    expect((await t.app.inject('/docs')).statusCode).toBeLessThan(400);
  });

  it('answers unknown API paths with 404 in the error shape', async () => {
    const res = await t.app.inject('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'route.not_found', message: 'There is no GET /api/nothing-here.' } });
    const del = await t.app.inject({ method: 'DELETE', url: '/api/topiclists' });
    expect(del.statusCode).toBe(404);
  });
});
