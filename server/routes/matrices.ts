import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../contract/api.ts';
import { interviewParams } from '../contract/interviews.ts';
import { respondentMatrixSchema, studyMatrixQuerySchema, studyMatrixSchema } from '../contract/matrices.ts';
import { actorOf } from '../plugins/auth.ts';
import * as matrices from '../services/matrices.ts';

const tags = ['matrices'];
const failures = { 403: errorBodySchema, 404: errorBodySchema };

const routes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/interviews/:id/matrix',
    {
      config: { roles: ['lead', 'interviewer', 'analyst'] },
      schema: {
        summary: 'This respondent’s satisfaction matrix (dimensions x levels of the topic list)',
        description: 'A cell holds the mean of its answered scale items; otherwise dont_know, then not_applicable, else not_asked.',
        tags,
        params: interviewParams,
        response: { 200: respondentMatrixSchema, ...failures },
      },
    },
    (req) => matrices.respondentMatrix(db, actorOf(req), req.params.id),
  );

  app.get(
    '/studies/:studyId/matrix',
    {
      config: { roles: ['lead', 'analyst'] },
      schema: {
        summary: 'Matrices per organisation, region or role, with small groups suppressed',
        description:
          'Counts each respondent’s latest completed or approved interview (include=all: any). Groups with fewer than the study’s k respondents are suppressed, and more groups if needed so that a suppressed group cannot be recomputed from the total and the others.',
        tags,
        params: z.object({ studyId: z.uuid({ error: 'must be a UUID' }) }),
        querystring: studyMatrixQuerySchema,
        response: { 200: studyMatrixSchema, ...failures },
      },
    },
    (req) => matrices.studyMatrix(db, actorOf(req), req.params.studyId, req.query),
  );
};
export default routes;
