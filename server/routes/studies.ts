import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidParams } from '../contract/accounts.ts';
import { errorBodySchema } from '../contract/api.ts';
import {
  addMemberSchema,
  createPairSchema,
  createStudySchema,
  memberParams,
  moveTopicListSchema,
  pairSchema,
  studySchema,
  studySummarySchema,
  updateStudySchema,
} from '../contract/studies.ts';
import { actorOf } from '../plugins/auth.ts';
import * as studies from '../services/studies.ts';

const tags = ['studies'];
const lead = { roles: ['lead' as const] };
const failures = { 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema };

const routes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.post(
    '/studies',
    { config: lead, schema: { summary: 'Create a study on a topic list version (lead only)', tags, body: createStudySchema, response: { 201: studySchema, ...failures } } },
    async (req, reply) => reply.code(201).send(await studies.createStudy(db, actorOf(req), req.body)),
  );

  app.get(
    '/studies',
    { schema: { summary: 'Studies: all for a lead, one’s own for others', tags, response: { 200: z.array(studySummarySchema) } } },
    (req) => studies.listStudies(db, actorOf(req)),
  );

  app.get(
    '/studies/:id',
    { schema: { summary: 'A study with its members and pairs', tags, params: uuidParams, response: { 200: studySchema, ...failures } } },
    (req) => studies.getStudy(db, actorOf(req), req.params.id),
  );

  app.patch(
    '/studies/:id',
    {
      config: lead,
      schema: { summary: 'Rename, set the suppression threshold or code lists (lead only)', tags, params: uuidParams, body: updateStudySchema, response: { 200: studySchema, ...failures } },
    },
    (req) => studies.updateStudy(db, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/studies/:studyId/topiclist',
    {
      config: lead,
      schema: {
        summary: 'Move the study to a newer version of its topic list (lead only)',
        description:
          'New interviews use the new version; interviews already made keep theirs. When the new version has changes that break the comparability of answers, the answer is 409 `study.breaking_changes` listing them (in `issues` and `changes`) unless `confirmBreaking` is true.',
        tags,
        params: z.object({ studyId: z.uuid({ error: 'must be a UUID' }) }),
        body: moveTopicListSchema,
        response: { 200: studySchema, ...failures },
      },
    },
    (req) => studies.moveTopicList(db, actorOf(req), req.params.studyId, req.body),
  );

  app.post(
    '/studies/:id/members',
    {
      config: lead,
      schema: { summary: 'Add a member (lead only); adding twice changes nothing', tags, params: uuidParams, body: addMemberSchema, response: { 200: studySchema, 201: studySchema, ...failures } },
    },
    async (req, reply) => {
      const { added } = await studies.addMember(db, actorOf(req), req.params.id, req.body.userId);
      return reply.code(added ? 201 : 200).send(await studies.getStudy(db, actorOf(req), req.params.id));
    },
  );

  app.delete(
    '/studies/:id/members/:userId',
    { config: lead, schema: { summary: 'Remove a member (lead only)', tags, params: memberParams, response: { 204: z.null(), ...failures } } },
    async (req, reply) => {
      await studies.removeMember(db, actorOf(req), req.params.id, req.params.userId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/studies/:id/pairs',
    {
      config: lead,
      schema: { summary: 'Pair two interviewers of the study (lead only); pairs get codes P01, P02, ...', tags, params: uuidParams, body: createPairSchema, response: { 201: pairSchema, ...failures } },
    },
    async (req, reply) => reply.code(201).send(await studies.createPair(db, actorOf(req), req.params.id, req.body.interviewerIds)),
  );

  app.delete(
    '/studies/:id/pairs/:pairId',
    {
      config: lead,
      schema: {
        summary: 'Delete a pair made by mistake (lead only); 409 once an interview is planned for it',
        tags,
        params: z.object({ id: z.uuid(), pairId: z.uuid() }),
        response: { 204: z.null(), ...failures },
      },
    },
    async (req, reply) => {
      await studies.deletePair(db, actorOf(req), req.params.id, req.params.pairId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/studies/:id/pairs',
    { schema: { summary: 'The study’s pairs', tags, params: uuidParams, response: { 200: z.array(pairSchema), ...failures } } },
    (req) => studies.listPairs(db, actorOf(req), req.params.id),
  );
};
export default routes;
