import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { claimPairingSchema, createPairingSchema, deviceSchema, pairingSchema, userSchema, uuidParams } from '../contract/accounts.ts';
import { errorBodySchema } from '../contract/api.ts';
import { actorOf, setSessionCookie } from '../plugins/auth.ts';
import * as pairing from '../services/pairing.ts';

const tags = ['tablet pairing'];
const pairers = { roles: ['lead' as const, 'interviewer' as const] };

const routes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/pairings',
    {
      config: pairers,
      schema: {
        summary: 'A short-lived code (and QR code) that signs a tablet in as an interviewer',
        description: 'A lead may pair a tablet for any interviewer (userId); an interviewer only for themself.',
        tags,
        body: createPairingSchema,
        response: { 201: pairingSchema, 403: errorBodySchema, 404: errorBodySchema, 422: errorBodySchema },
      },
    },
    async (req, reply) => {
      const origin = `${req.protocol}://${req.host}`;
      return reply.code(201).send(await pairing.createPairing(app.database.db, actorOf(req), req.body, origin));
    },
  );

  app.post(
    '/pairings/claim',
    {
      config: { access: 'public', rateLimit: app.limits.signIn },
      schema: {
        summary: 'Sign this tablet in with a pairing code',
        tags,
        body: claimPairingSchema,
        response: { 200: z.object({ user: userSchema, device: deviceSchema.pick({ id: true, name: true }) }), 401: errorBodySchema, 429: errorBodySchema },
      },
    },
    async (req, reply) => {
      const { user, device, token, expiresAt } = await pairing.claimPairing(app.database.db, req.body, req.ip);
      setSessionCookie(req, reply, token, expiresAt);
      return { user, device };
    },
  );

  app.get(
    '/devices',
    { config: pairers, schema: { summary: 'Paired tablets: all for a lead, one’s own for an interviewer', tags, response: { 200: z.array(deviceSchema) } } },
    (req) => pairing.listDevices(app.database.db, actorOf(req)),
  );

  app.delete(
    '/devices/:id',
    {
      config: pairers,
      schema: {
        summary: 'Revoke a paired tablet: its sessions end and it is told to wipe local data',
        tags,
        params: uuidParams,
        response: { 204: z.null(), 404: errorBodySchema },
      },
    },
    async (req, reply) => {
      await pairing.revokeDevice(app.database.db, actorOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
};
export default routes;
