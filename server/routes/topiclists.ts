import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  errorBodySchema,
  topicListDownloadQuerySchema,
  topicListEntrySchema,
  topicListParamsSchema,
  topicListVersionParamsSchema,
  topicListVersionSchema,
} from '../contract/api.ts';
import { errors } from '../errors.ts';
import * as topicLists from '../services/topiclists.ts';

const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'];
const JSON_TYPES = ['application/json'];
const XLSX_TYPES = [topicLists.XLSX_TYPE];
const tags = ['topic lists'];
const failures = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 413: errorBodySchema, 415: errorBodySchema, 422: errorBodySchema };

const routes: FastifyPluginAsyncZod = async (app) => {
  // Topic list files and workbooks are read by the service, not by Fastify, so problems carry positions.
  app.removeContentTypeParser(JSON_TYPES);
  app.addContentTypeParser([...YAML_TYPES, ...JSON_TYPES], { parseAs: 'string' }, (_req, body, done) => done(null, body));
  app.addContentTypeParser(XLSX_TYPES, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.post(
    '/topiclists',
    {
      config: { roles: ['lead'] },
      schema: {
        summary: 'Store a topic list version (YAML or JSON file, or Excel workbook)',
        description:
          'Identical content returns the existing version (200), whatever the format it came in; changed content under an existing id becomes the next version (201). Invalid files get 422 with every problem, by path, line and column; in a workbook by sheet and cell (sheets settings, levels, topics, items, options, probes, scales, scale_labels, dimensions; see GET .../download?format=xlsx for one to start from). Not a well-formed file or workbook: 400.',
        tags,
        consumes: [...YAML_TYPES, ...JSON_TYPES, ...XLSX_TYPES],
        // Read by the service, which reports problems with positions; here only for the docs.
        body: z.any().describe('a topic list file (YAML or JSON) or an Excel workbook'),
        response: { 200: topicListEntrySchema, 201: topicListEntrySchema, ...failures },
      },
    },
    async (req, reply) => {
      const { created, entry } = await topicLists.storeUpload(app.database.db, req.body, uploadFormat(req.headers['content-type']));
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

  app.get(
    '/topiclists/:id/versions/:version/download',
    {
      schema: {
        summary: 'One version as a file: YAML or an Excel workbook',
        description:
          'Content-Disposition attachment `<id>-v<version>.yaml` or `.xlsx`. Either one, posted back to POST /api/topiclists, gives this same version (200). A version that came as YAML is given as it came.',
        tags,
        params: topicListVersionParamsSchema,
        querystring: topicListDownloadQuerySchema,
        produces: ['application/yaml', ...XLSX_TYPES],
        // The file is sent as it is; the schema only describes it.
        response: { 200: z.any().describe('the topic list file: YAML text or an Excel workbook'), ...failures },
      },
    },
    async (req, reply) => {
      const file = await topicLists.downloadTopicList(app.database.db, req.params.id, req.params.version, req.query.format);
      return reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
    },
  );
};
export default routes;

function uploadFormat(contentType: string | undefined): topicLists.UploadFormat {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (YAML_TYPES.includes(mediaType)) return 'yaml';
  if (JSON_TYPES.includes(mediaType)) return 'json';
  if (XLSX_TYPES.includes(mediaType)) return 'xlsx';
  throw errors.unsupportedMediaType(contentType, ['application/yaml', 'application/json', topicLists.XLSX_TYPE]);
}

const serializeEntry = (e: topicLists.StoreResult['entry']) => ({ ...e, createdAt: new Date(e.createdAt).toISOString() });
