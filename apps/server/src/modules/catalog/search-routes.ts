import { apiErrorSchema, searchQuerySchema, searchResultSchema } from '@xinglin/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SearchService } from './search-service';

/** GET /search: public, like the rest of the catalogue. */
export const searchRoutes: FastifyPluginAsyncZod<{ search: SearchService }> = async (app, { search }) => {
  app.get('/search', {
    schema: {
      tags: ['catalog'],
      summary: 'Search departments and doctors (Chinese words, names, titles, diseases, symptoms) with live availability',
      querystring: searchQuerySchema,
      response: { 200: searchResultSchema, 400: apiErrorSchema },
    },
  }, (req) => search.search(req.query));
};
