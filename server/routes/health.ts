import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema, healthSchema } from '../contract/api.ts';
import { checkHealth } from '../services/health.ts';

const health: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Liveness and database reachability; needs no session',
        tags: ['system'],
        response: { 200: healthSchema, 503: errorBodySchema },
      },
    },
    () => checkHealth(app.database),
  );
};
export default health;
