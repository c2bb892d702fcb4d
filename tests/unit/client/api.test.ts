import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, onSessionLost, request } from '../../../client/src/api.ts';

const answer = (status: number, body: unknown) =>
  vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));

describe('client api wrapper', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('answers the JSON body on 2xx', async () => {
    vi.stubGlobal('fetch', answer(200, [{ id: 'a' }]));
    await expect(request('/api/topiclists')).resolves.toEqual([{ id: 'a' }]);
  });

  it('turns the stable error body into an ApiError', async () => {
    const body = {
      error: { code: 'topiclist.invalid', message: 'bad file', issues: [{ path: 'levels[0].id', line: 3, column: 7, message: 'x' }] },
    };
    vi.stubGlobal('fetch', answer(422, body));
    const error = await request('/api/topiclists').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'topiclist.invalid', message: 'bad file', issues: body.error.issues });
  });

  it('still throws an ApiError for a body that is not the error shape', async () => {
    vi.stubGlobal('fetch', answer(502, '<html>bad gateway</html>'));
    await expect(request('/api/x')).rejects.toMatchObject({ status: 502, code: 'http.502' });
  });

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(request('/api/x')).rejects.toMatchObject({ status: 0, code: 'network.unreachable' });
  });
});

describe('client api wrapper and lost sessions', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    onSessionLost(undefined);
  });

  const error401 = (code: string) => answer(401, { error: { code, message: 'x' } });

  it('tells the session listener when the server says the session is gone', async () => {
    const heard: string[] = [];
    onSessionLost((e) => heard.push(e.code));
    for (const code of ['session.required', 'session.expired', 'session.revoked']) {
      vi.stubGlobal('fetch', error401(code));
      await expect(request('/api/studies')).rejects.toMatchObject({ status: 401, code });
    }
    expect(heard).toEqual(['session.required', 'session.expired', 'session.revoked']);
  });

  it('keeps quiet about a wrong password or pairing code', async () => {
    const heard: string[] = [];
    onSessionLost((e) => heard.push(e.code));
    for (const code of ['session.invalid_credentials', 'pairing.invalid_code']) {
      vi.stubGlobal('fetch', error401(code));
      await expect(request('/api/session', { method: 'POST', body: {} })).rejects.toMatchObject({ code });
    }
    expect(heard).toEqual([]);
  });
});
