import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditEntrySchema, auditQuerySchema } from '../contract/studies.ts';
import { listAudit } from '../services/audit.ts';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      config: { roles: ['lead'] },
      schema: {
        summary: 'The audit log, newest first (lead only)',
        description: 'Filter by action (a family such as "login" matches login.ok and login.failed), actor, study, target and time; page with `before`.',
        tags: ['audit'],
        querystring: auditQuerySchema,
        response: { 200: z.array(auditEntrySchema) },
      },
    },
    (req) => listAudit(app.database.db, req.query),
  );
};
export default routes;
