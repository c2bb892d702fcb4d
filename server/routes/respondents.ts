import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../contract/api.ts';
import { createRespondentSchema, identitySchema, identityViewSchema, respondentSchema } from '../contract/studies.ts';
import { actorOf } from '../plugins/auth.ts';
import * as respondents from '../services/respondents.ts';

const tags = ['respondents'];
const lead = { roles: ['lead' as const] };
const readers = { roles: ['lead' as const, 'analyst' as const] };
const failures = { 403: errorBodySchema, 404: errorBodySchema, 422: errorBodySchema };
const studyParams = z.object({ studyId: z.uuid({ error: 'must be a UUID' }) });

const routes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const key = app.identityKey;

  app.post(
    '/studies/:studyId/respondents',
    {
      config: lead,
      schema: {
        summary: 'Add a respondent (lead only); the server assigns the pseudonym code R001, R002, ...',
        description: 'The optional identity is sealed (AES-256-GCM) and appears in no response but the lead’s identity view.',
        tags,
        params: studyParams,
        body: createRespondentSchema,
        response: { 201: respondentSchema, ...failures },
      },
    },
    async (req, reply) => reply.code(201).send(await respondents.createRespondent(db, key, actorOf(req), req.params.studyId, req.body)),
  );

  app.get(
    '/studies/:studyId/respondents',
    { config: readers, schema: { summary: 'The study’s respondents by code (lead, analyst)', tags, params: studyParams, response: { 200: z.array(respondentSchema), ...failures } } },
    (req) => respondents.listRespondents(db, actorOf(req), req.params.studyId),
  );

  const one = z.object({ studyId: z.uuid(), respondentId: z.uuid() });
  app.get(
    '/studies/:studyId/respondents/:respondentId',
    { config: readers, schema: { summary: 'One respondent, by code (lead, analyst)', tags, params: one, response: { 200: respondentSchema, ...failures } } },
    (req) => respondents.getRespondent(db, actorOf(req), req.params.studyId, req.params.respondentId),
  );

  app.get(
    '/studies/:studyId/respondents/:respondentId/identity',
    {
      config: lead,
      schema: { summary: 'Who a code stands for (lead only); every read is audited', tags, params: one, response: { 200: identityViewSchema, ...failures } },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return respondents.readIdentity(db, key, actorOf(req), req.params.studyId, req.params.respondentId);
    },
  );

  app.put(
    '/studies/:studyId/respondents/:respondentId/identity',
    {
      config: lead,
      schema: { summary: 'Set who a code stands for (lead only)', tags, params: one, body: identitySchema, response: { 200: identityViewSchema, ...failures } },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return respondents.writeIdentity(db, key, actorOf(req), req.params.studyId, req.params.respondentId, req.body);
    },
  );
};
export default routes;
