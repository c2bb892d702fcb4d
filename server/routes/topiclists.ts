import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  errorBodySchema,
  topicListEntrySchema,
  topicListParamsSchema,
  topicListVersionParamsSchema,
  topicListVersionSchema,
} from '../contract/api.ts';
import { errors } from '../errors.ts';
import * as topicLists from '../services/topiclists.ts';
import type { SourceFormat } from '../topiclist/parse.ts';

const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'];
const JSON_TYPES = ['application/json'];
const tags = ['topic lists'];
const failures = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 413: errorBodySchema, 415: errorBodySchema, 422: errorBodySchema };

const routes: FastifyPluginAsyncZod = async (app) => {
  // Topic list files are parsed here, not by Fastify, so syntax errors carry positions.
  app.removeContentTypeParser(JSON_TYPES);
  app.addContentTypeParser([...YAML_TYPES, ...JSON_TYPES], { parseAs: 'string' }, (_req, body, done) => done(null, body));

  app.post(
    '/topiclists',
    {
      config: { roles: ['lead'] },
      schema: {
        summary: 'Store a topic list version (YAML or JSON file)',
        description:
          'Identical content returns the existing version (200); changed content under an existing id becomes the next version (201). Invalid files get 422 with every problem, by path, line and column.',
        tags,
        consumes: [...YAML_TYPES, ...JSON_TYPES],
        response: { 200: topicListEntrySchema, 201: topicListEntrySchema, ...failures },
      },
    },
    async (req, reply) => {
      const { created, entry } = await topicLists.storeTopicList(app.database.db, String(req.body ?? ''), sourceFormat(req.headers['content-type']));
      return reply.code(created ? 201 : 200).send(serializeEntry(entry));
    },
  );

  app.get(
    '/topiclists',
    { schema: { summary: 'Topic lists, each at its latest version', tags, response: { 200: z.array(topicListEntrySchema) } } },
    async () => (await topicLists.listTopicLists(app.database.db)).map(serializeEntry),
  );

  app.get(
    '/topiclists/:id',
    {
      schema: { summary: 'The latest version in full', tags, params: topicListParamsSchema, response: { 200: topicListVersionSchema, ...failures } },
    },
    (req) => topicLists.getTopicList(app.database.db, req.params.id),
  );

  app.get(
    '/topiclists/:id/versions',
    {
      schema: { summary: 'Every version of a topic list, newest first', tags, params: topicListParamsSchema, response: { 200: z.array(topicListEntrySchema), ...failures } },
    },
    async (req) => (await topicLists.listTopicListVersions(app.database.db, req.params.id)).map(serializeEntry),
  );

  app.get(
    '/topiclists/:id/versions/:version',
    {
      schema: { summary: 'One version in full', tags, params: topicListVersionParamsSchema, response: { 200: topicListVersionSchema, ...failures } },
    },
    (req) => topicLists.getTopicList(app.database.db, req.params.id, req.params.version),
  );
};
export default routes;

function sourceFormat(contentType: string | undefined): SourceFormat {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (YAML_TYPES.includes(mediaType)) return 'yaml';
  if (JSON_TYPES.includes(mediaType)) return 'json';
  throw errors.unsupportedMediaType(contentType, ['application/yaml', 'application/json']);
}

const serializeEntry = (e: topicLists.StoreResult['entry']) => ({ ...e, createdAt: new Date(e.createdAt).toISOString() });
