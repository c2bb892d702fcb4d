import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../contract/api.ts';
import { exportQuerySchema, newRedactionTermSchema, previewSchema, redactionTermSchema } from '../contract/exports.ts';
import { actorOf } from '../plugins/auth.ts';
import * as exports from '../services/exports.ts';

const tags = ['exports'];
const lead = { roles: ['lead' as const] };
const studyParams = z.object({ studyId: z.uuid({ error: 'must be a UUID' }) });
const failures = { 403: errorBodySchema, 404: errorBodySchema, 422: errorBodySchema };

const routes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const key = app.identityKey;

  app.get(
    '/studies/:studyId/export',
    {
      config: { roles: ['lead', 'analyst'] },
      schema: {
        summary: 'Anonymised export download (csv: a zip of long.csv, wide.csv and codebook.csv; json: everything; xlsx: sheets data wide, data long, matrices and codebook; qdpx: a REFI-QDA project of the notes and open answers, coded by topic)',
        description:
          'Respondents by pseudonym code, interviewers by pair code, no identities or dossier references, dates to month (or year), free text with names, contacts and numbers replaced. Never waits for the review step (export/preview). Every export is logged with a sha256 of the file.',
        tags,
        params: studyParams,
        querystring: exportQuerySchema,
        produces: ['application/zip', 'application/json', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    },
    async (req, reply) => {
      const { stream, contentType, filename } = await exports.startExport(db, key, actorOf(req), req.params.studyId, req.query);
      return reply
        .header('content-type', contentType)
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        .send(Readable.from(stream));
    },
  );

  app.get(
    '/studies/:studyId/export/preview',
    {
      config: lead,
      schema: {
        summary: 'Every replacement the anonymisation would make, in context (lead only; informs, does not block)',
        tags,
        params: studyParams,
        querystring: exportQuerySchema.pick({ include: true }),
        response: { 200: previewSchema, ...failures },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return exports.previewExport(db, key, actorOf(req), req.params.studyId, req.query);
    },
  );

  app.get(
    '/studies/:studyId/redaction-terms',
    { config: lead, schema: { summary: 'The study’s redaction list (lead only)', tags, params: studyParams, response: { 200: z.array(redactionTermSchema), ...failures } } },
    (req) => exports.listTerms(db, actorOf(req), req.params.studyId),
  );

  app.post(
    '/studies/:studyId/redaction-terms',
    {
      config: lead,
      schema: { summary: 'Add a name, place or other term to replace in every export (lead only)', tags, params: studyParams, body: newRedactionTermSchema, response: { 200: z.array(redactionTermSchema), 201: z.array(redactionTermSchema), ...failures } },
    },
    async (req, reply) => {
      const { added, terms } = await exports.addTerm(db, actorOf(req), req.params.studyId, req.body);
      return reply.code(added ? 201 : 200).send(terms);
    },
  );

  app.delete(
    '/studies/:studyId/redaction-terms/:termId',
    { config: lead, schema: { summary: 'Remove a redaction term (lead only)', tags, params: studyParams.extend({ termId: z.uuid() }), response: { 204: z.null(), ...failures } } },
    async (req, reply) => {
      await exports.removeTerm(db, actorOf(req), req.params.studyId, req.params.termId);
      return reply.code(204).send(null);
    },
  );
};
export default routes;
