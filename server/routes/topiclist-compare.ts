import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema, topicListParamsSchema } from '../contract/api.ts';
import { compareQuerySchema, topicListComparisonSchema } from '../contract/topiclist-diff.ts';
import { compareVersions } from '../services/topiclist-compare.ts';

const failures = { 400: errorBodySchema, 401: errorBodySchema, 404: errorBodySchema };

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/topiclists/:id/compare',
    {
      schema: {
        summary: 'What changed from one version of a topic list to another',
        description:
          'Changes are matched by id. `breaking` marks those after which answers cannot be compared one to one: removed or retyped items, an item on another scale or dimension, a new range or special answers of a scale items keep using, removed options, dimensions or levels.',
        tags: ['topic lists'],
        params: topicListParamsSchema,
        querystring: compareQuerySchema,
        response: { 200: topicListComparisonSchema, ...failures },
      },
    },
    (req) => compareVersions(app.database.db, req.params.id, req.query.from, req.query.to),
  );
};
export default routes;
