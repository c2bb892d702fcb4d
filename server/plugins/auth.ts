// Who is asking. Secure by default: every /api route needs a session unless its config says
// `access: 'public'`; `roles` narrows it further. Also refuses cross-site writes (CSRF).
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Role } from '../contract/accounts.ts';
import { errors } from '../errors.ts';
import type { Actor } from '../services/actor.ts';
import { SESSIONS_CHANNEL } from '../queries/sessions.ts';
import { forgetSessions } from '../services/session-cache.ts';
import { resolveSession, type SessionState } from '../services/sessions.ts';

export const SESSION_COOKIE = 'leidraad_session';
/** Tells the browser to drop cached pages and local storage of interview data. */
export const WIPE_HEADER = ['clear-site-data', '"cache", "storage"'] as const;

type Auth = Extract<SessionState, { ok: true }>;

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
  interface FastifyContextConfig {
    /** `public`: no session needed. */
    access?: 'public';
    /** Roles allowed; any signed-in role when left out. */
    roles?: Role[];
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export default fp(async (app: FastifyInstance) => {
  await app.register(cookie);
  app.decorateRequest('auth', null);

  // Sessions are cached for a moment; a change committed through any instance clears them.
  let unlisten: (() => Promise<void>) | undefined;
  app.addHook('onReady', async () => {
    unlisten = await app.database.listen(SESSIONS_CHANNEL, () => forgetSessions(app.database.db));
  });
  app.addHook('onClose', async () => {
    await unlisten?.().catch(() => {});
  });

  app.addHook('onRequest', async (req, reply) => {
    if (UNSAFE.has(req.method)) checkSameOrigin(req);
    const token = req.cookies[SESSION_COOKIE];
    let failure: Exclude<SessionState, { ok: true }>['reason'] | undefined;
    if (token) {
      const state = await resolveSession(app.database.db, token);
      if (state.ok) req.auth = state;
      else {
        failure = state.reason;
        clearSessionCookie(req, reply);
      }
    }
    const config = req.routeOptions.config;
    if (!req.routeOptions.url?.startsWith('/api/') || config.access === 'public') return;
    if (!req.auth) {
      if (failure === 'revoked') {
        reply.header(...WIPE_HEADER);
        throw errors.sessionRevoked();
      }
      throw failure === 'expired' ? errors.sessionExpired() : errors.sessionRequired();
    }
    if (config.roles && !config.roles.includes(req.auth.user.role)) throw errors.forbidden();
  });
});

/** Browsers send Origin on cross-site writes; scripts without one are not browsers riding a cookie. */
function checkSameOrigin(req: FastifyRequest) {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site') throw errors.crossOrigin();
  const origin = req.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw errors.crossOrigin();
  }
  // Default ports are left out of Origin but may stand in Host.
  const bare = (h: string) => h.toLowerCase().replace(/:(80|443)$/, '');
  if (bare(host) !== bare(req.host)) throw errors.crossOrigin();
}

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.protocol === 'https',
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: req.protocol === 'https', path: '/' });
}

/** The signed-in user as services see them; only called on routes that need a session. */
export function actorOf(req: FastifyRequest): Actor {
  const auth = req.auth;
  if (!auth) throw errors.sessionRequired();
  return { id: auth.user.id, role: auth.user.role, name: auth.user.name, ip: req.ip, deviceId: auth.device?.id ?? null };
}
