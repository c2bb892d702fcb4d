import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../contract/api.ts';
import {
  answerParams,
  answerSchema,
  consentSchema,
  createInterviewSchema,
  interviewParams,
  interviewSchema,
  interviewSummarySchema,
  presenceSchema,
  putAnswerSchema,
  statusChangeSchema,
  syncResultSchema,
  syncSchema,
  timingsSchema,
} from '../contract/interviews.ts';
import { actorOf } from '../plugins/auth.ts';
import * as answers from '../services/answers.ts';
import * as interviews from '../services/interviews.ts';

const tags = ['interviews'];
const workers = { roles: ['lead' as const, 'interviewer' as const] };
const failures = { 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema };
const studyParams = z.object({ studyId: z.uuid({ error: 'must be a UUID' }) });

const routes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const key = app.identityKey;

  // Every successful write to an interview is announced to its live subscribers, here and
  // on other instances.
  app.addHook('onResponse', async (req, reply) => {
    const id = (req.params as { id?: string }).id;
    if (req.method !== 'GET' && id && reply.statusCode < 300 && req.routeOptions.url?.startsWith('/api/interviews/')) app.live.announce(id);
  });

  app.post(
    '/studies/:studyId/interviews',
    {
      config: { roles: ['lead'] },
      schema: {
        summary: 'Plan an interview of a respondent by one or two interviewers (lead only)',
        tags,
        params: studyParams,
        body: createInterviewSchema,
        response: { 201: interviewSchema, ...failures },
      },
    },
    async (req, reply) => reply.code(201).send(await interviews.createInterview(db, key, actorOf(req), req.params.studyId, req.body)),
  );

  app.get(
    '/studies/:studyId/interviews',
    { config: workers, schema: { summary: 'The study’s interviews: all for a lead, one’s own for an interviewer', tags, params: studyParams, response: { 200: z.array(interviewSummarySchema), ...failures } } },
    (req) => interviews.listInterviews(db, actorOf(req), { studyId: req.params.studyId }),
  );

  app.get(
    '/interviews',
    { config: workers, schema: { summary: 'My interviews (a lead: all)', tags, response: { 200: z.array(interviewSummarySchema) } } },
    (req) => interviews.listInterviews(db, actorOf(req), {}),
  );

  app.get(
    '/interviews/:id',
    { config: workers, schema: { summary: 'The interview with its answers, consent and time per topic', tags, params: interviewParams, response: { 200: interviewSchema, ...failures } } },
    (req) => interviews.getInterview(db, key, actorOf(req), req.params.id),
  );

  app.post(
    '/interviews/:id/consent',
    { config: workers, schema: { summary: 'Record consent (who, when, which text version); answers need it', tags, params: interviewParams, body: consentSchema, response: { 200: interviewSchema, ...failures } } },
    (req) => interviews.recordConsent(db, key, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/interviews/:id/status',
    {
      config: workers,
      schema: {
        summary: 'planned → in_progress → completed (interviewer); then approved, has_issues (with comment) or reopened to in_progress (lead)',
        tags,
        params: interviewParams,
        body: statusChangeSchema,
        response: { 200: interviewSchema, ...failures },
      },
    },
    (req) => interviews.changeStatus(db, key, actorOf(req), req.params.id, req.body),
  );

  app.put(
    '/interviews/:id/answers/:itemId',
    {
      config: workers,
      schema: {
        summary: 'Save one answer; idempotent per opId; 409 with `current` when baseRevision is stale',
        tags,
        params: answerParams,
        body: putAnswerSchema,
        response: { 200: answerSchema, ...failures },
      },
    },
    (req) => answers.saveAnswer(db, actorOf(req), req.params.id, req.params.itemId, req.body),
  );

  app.post(
    '/interviews/:id/sync',
    {
      config: workers,
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        summary: 'The offline outbox: operations applied in order in one transaction, idempotent per opId',
        description: 'Every value is checked first: one that does not fit its item rejects the whole call with 422 (nothing applied).',
        tags,
        params: interviewParams,
        body: syncSchema,
        response: { 200: z.object({ results: z.array(syncResultSchema) }), ...failures },
      },
    },
    (req) => answers.sync(db, actorOf(req), req.params.id, req.body.ops),
  );

  app.post(
    '/interviews/:id/timings',
    {
      config: workers,
      schema: {
        summary: 'Report when topics were open; answers the time per topic',
        tags,
        params: interviewParams,
        body: timingsSchema,
        response: { 200: z.array(z.object({ topicId: z.string(), seconds: z.number() })), ...failures },
      },
    },
    (req) => interviews.recordTimings(db, actorOf(req), req.params.id, req.body.intervals),
  );

  app.post(
    '/interviews/:id/presence',
    { config: workers, schema: { summary: 'Tell the other tablet which topic this one is on', tags, params: interviewParams, body: presenceSchema, response: { 204: z.null(), ...failures } } },
    async (req, reply) => {
      await interviews.announcePresence(db, actorOf(req), req.params.id, req.body.topicId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/interviews/:id/events',
    {
      config: workers,
      schema: {
        summary: 'Server-Sent Events: answers, status, consent and presence of the interview, live',
        description:
          'Each event has `id` (its number in this interview), `event` (answers, status, consent, presence) and JSON `data`. Reconnect with Last-Event-ID (or ?after=N) to resume without gaps; without either, only new events are sent.',
        tags,
        params: interviewParams,
        querystring: z.object({ after: z.coerce.number().int().min(0).optional() }),
        produces: ['text/event-stream'],
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const interview = await interviews.getInterview(db, key, actor, req.params.id);
      const header = Number(req.headers['last-event-id']);
      const after = Number.isInteger(header) && header >= 0 ? header : (req.query.after ?? interview.eventSeq);

      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-accel-buffering': 'no',
        connection: 'keep-alive',
      });
      res.write('retry: 2000\n\n');
      const unsubscribe = await app.live.subscribe(req.params.id, after, (e) => {
        res.write(`id: ${e.seq}\nevent: ${e.kind}\ndata: ${JSON.stringify(e.payload)}\n\n`);
      });
      const heartbeat = setInterval(() => res.write(': ping\n\n'), 15_000);
      const stream = { end: () => res.end() };
      app.liveStreams.add(stream);
      await interviews.announcePresence(db, actor, req.params.id, null).catch(() => undefined);
      app.live.announce(req.params.id);
      res.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
        app.liveStreams.delete(stream);
        void interviews
          .announcePresence(db, actor, req.params.id, null, 'left')
          .then(() => app.live.announce(req.params.id))
          .catch(() => undefined);
      });
    },
  );
};
export default routes;
