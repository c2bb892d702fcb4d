import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema, topicListEntrySchema } from '../contract/api.ts';
import { createDraftSchema, draftParamsSchema, draftSchema, draftSummarySchema, publishDraftSchema, saveDraftSchema, savedDraftSchema } from '../contract/drafts.ts';
import { errors } from '../errors.ts';
import { actorOf } from '../plugins/auth.ts';
import * as drafts from '../services/drafts.ts';

const tags = ['topic list drafts'];
const lead = { roles: ['lead' as const] };
const failures = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 413: errorBodySchema, 415: errorBodySchema, 422: errorBodySchema };
const FILE_TYPES = {
  'application/yaml': 'yaml',
  'application/x-yaml': 'yaml',
  'text/yaml': 'yaml',
  'text/x-yaml': 'yaml',
  'application/json': 'json',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
} as const;
type FileType = keyof typeof FILE_TYPES;

const routes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/topiclist-drafts',
    { config: lead, schema: { summary: 'Topic list drafts, last edited first (lead only)', tags, response: { 200: z.array(draftSummarySchema), ...failures } } },
    () => drafts.listDrafts(db),
  );

  app.post(
    '/topiclist-drafts',
    {
      config: lead,
      schema: {
        summary: 'Start a draft: empty, or a copy of a stored version (lead only)',
        tags,
        body: createDraftSchema,
        response: { 201: draftSchema, ...failures },
      },
    },
    async (req, reply) => reply.code(201).send(await drafts.createDraft(db, actorOf(req), req.body)),
  );

  // An uploaded file: the body is the file itself, read here rather than by Fastify.
  await app.register(async (files) => {
    files.removeContentTypeParser(['application/json']);
    files.addContentTypeParser(Object.keys(FILE_TYPES), { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
    files.post(
      '/topiclist-drafts/import',
      {
        config: lead,
        schema: {
          summary: 'Start a draft from a topic list file: YAML, JSON or an Excel workbook (lead only)',
          description: 'A YAML or JSON file that breaks rules still becomes a draft, with its problems listed; a workbook must be free of problems.',
          tags,
          consumes: Object.keys(FILE_TYPES),
          response: { 201: draftSchema, ...failures },
        },
      },
      async (req, reply) => {
        const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? '';
        if (!(type in FILE_TYPES)) throw errors.unsupportedMediaType(req.headers['content-type'], Object.keys(FILE_TYPES));
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        return reply.code(201).send(await drafts.importDraft(db, actorOf(req), body, FILE_TYPES[type as FileType]));
      },
    );
  });

  app.get(
    '/topiclist-drafts/:id',
    { config: lead, schema: { summary: 'A draft with every problem of its content', tags, params: draftParamsSchema, response: { 200: draftSchema, ...failures } } },
    (req) => drafts.getDraft(db, req.params.id),
  );

  app.put(
    '/topiclist-drafts/:id',
    {
      config: lead,
      schema: {
        summary: 'Save a draft (autosave); refused with 409 and the current draft when it changed since baseRevision',
        tags,
        params: draftParamsSchema,
        body: saveDraftSchema,
        response: { 200: savedDraftSchema, ...failures },
      },
    },
    (req) => drafts.saveDraft(db, actorOf(req), req.params.id, req.body),
  );

  app.delete(
    '/topiclist-drafts/:id',
    { config: lead, schema: { summary: 'Throw a draft away', tags, params: draftParamsSchema, response: { 204: z.null(), ...failures } } },
    async (req, reply) => {
      await drafts.deleteDraft(db, req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/topiclist-drafts/:id/publish',
    {
      config: lead,
      schema: {
        summary: 'Publish a draft as the next immutable version of its topic list',
        description:
          '422 with every problem when the draft breaks rules; 409 draft.breaking_changes listing the changes that break comparison with the latest version unless confirmBreaking is true. Identical content gives the existing version (200).',
        tags,
        params: draftParamsSchema,
        body: publishDraftSchema,
        response: { 200: topicListEntrySchema, 201: topicListEntrySchema, ...failures },
      },
    },
    async (req, reply) => {
      const { created, entry } = await drafts.publishDraft(db, actorOf(req), req.params.id, req.body);
      return reply.code(created ? 201 : 200).send({ ...entry, createdAt: new Date(entry.createdAt).toISOString() });
    },
  );
};
export default routes;
