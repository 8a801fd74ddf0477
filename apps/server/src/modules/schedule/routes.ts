import { apiErrorSchema, doctorSessionsQuerySchema, doctorSessionsSchema } from '@xinglin/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ScheduleService } from './service';

export const scheduleRoutes: FastifyPluginAsyncZod<{ schedule: ScheduleService }> = async (app, { schedule }) => {
  app.get('/doctors/:id/sessions', {
    schema: {
      tags: ['schedule'],
      summary: "A doctor's clinics with live remaining places (7–14 days)",
      params: z.object({ id: z.string().max(64) }),
      querystring: doctorSessionsQuerySchema,
      response: { 200: doctorSessionsSchema, 400: apiErrorSchema, 404: apiErrorSchema },
    },
  }, async (req) => ({ items: await schedule.doctorSessions(req.params.id, req.query.from, req.query.days) }));
};
