import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loginSchema, sessionSchema, userSchema } from '../contract/accounts.ts';
import { errorBodySchema } from '../contract/api.ts';
import { clearSessionCookie, setSessionCookie, WIPE_HEADER } from '../plugins/auth.ts';
import { login } from '../services/accounts.ts';
import { endSession } from '../services/sessions.ts';

const tags = ['session'];

const routes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/session',
    {
      config: { access: 'public', rateLimit: app.limits.signIn },
      schema: {
        summary: 'Sign in with e-mail address and password; sets an HttpOnly session cookie',
        tags,
        body: loginSchema,
        response: { 200: z.object({ user: userSchema }), 401: errorBodySchema, 429: errorBodySchema },
      },
    },
    async (req, reply) => {
      const { user, token, expiresAt } = await login(app.database.db, req.body.email, req.body.password, req.ip);
      setSessionCookie(req, reply, token, expiresAt);
      return { user };
    },
  );

  app.get(
    '/session',
    { schema: { summary: 'The signed-in user (and paired device)', tags, response: { 200: sessionSchema, 401: errorBodySchema } } },
    (req) => ({ user: req.auth!.user, device: req.auth!.device, expiresAt: req.auth!.expiresAt.toISOString() }),
  );

  app.delete(
    '/session',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Sign out; a paired tablet is unpaired. Answers Clear-Site-Data so the browser wipes local interview data',
        tags,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      if (req.auth) await endSession(app.database.db, req.auth.tokenHash, req.auth.device?.id);
      clearSessionCookie(req, reply);
      return reply.header(...WIPE_HEADER).code(204).send(null);
    },
  );
};
export default routes;
