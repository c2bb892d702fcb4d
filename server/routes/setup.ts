import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { setupSchema, setupStateSchema, userSchema } from '../contract/accounts.ts';
import { errorBodySchema } from '../contract/api.ts';
import { setSessionCookie } from '../plugins/auth.ts';
import { completeSetup, setupNeeded } from '../services/accounts.ts';

const tags = ['setup'];

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/setup',
    { config: { access: 'public' }, schema: { summary: 'Whether the first research lead account is still to be made', tags, response: { 200: setupStateSchema } } },
    async () => ({ needed: await setupNeeded(app.database.db) }),
  );

  app.post(
    '/setup',
    {
      config: { access: 'public', rateLimit: app.limits.signIn },
      schema: {
        summary: 'Create the first research lead with the setup token printed at start; signs in',
        tags,
        body: setupSchema,
        response: { 201: z.object({ user: userSchema }), 403: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema },
      },
    },
    async (req, reply) => {
      const { user, token, expiresAt } = await completeSetup(app.database.db, req.body, req.ip);
      setSessionCookie(req, reply, token, expiresAt);
      return reply.code(201).send({ user });
    },
  );
};
export default routes;
