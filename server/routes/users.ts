import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createUserSchema, updateUserSchema, userAdminSchema, userSchema, uuidParams } from '../contract/accounts.ts';
import { errorBodySchema } from '../contract/api.ts';
import { actorOf } from '../plugins/auth.ts';
import * as accounts from '../services/accounts.ts';

const tags = ['users'];
const lead = { roles: ['lead' as const] };
const failures = { 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema };

const routes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/users',
    { config: lead, schema: { summary: 'Create a user (lead only)', tags, body: createUserSchema, response: { 201: userSchema, ...failures } } },
    async (req, reply) => reply.code(201).send(await accounts.createUser(app.database.db, actorOf(req), req.body)),
  );

  app.get(
    '/users',
    { config: lead, schema: { summary: 'Every user (lead only)', tags, response: { 200: z.array(userAdminSchema) } } },
    () => accounts.listUsers(app.database.db),
  );

  app.patch(
    '/users/:id',
    {
      config: lead,
      schema: {
        summary: 'Change name, role, password or active (lead only); ends the user’s sessions on role, password or deactivation',
        tags,
        params: uuidParams,
        body: updateUserSchema,
        response: { 200: userAdminSchema, ...failures },
      },
    },
    (req) => accounts.updateUser(app.database.db, actorOf(req), req.params.id, req.body),
  );
};
export default routes;
