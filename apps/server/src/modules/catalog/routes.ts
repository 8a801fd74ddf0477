import {
  apiErrorSchema,
  departmentListSchema,
  doctorListQuerySchema,
  doctorListSchema,
  doctorSchema,
  hospitalSchema,
} from '@xinglin/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CatalogService } from './service';

const tags = ['catalog'];
const idParams = z.object({ id: z.string().max(64) });

export const catalogRoutes: FastifyPluginAsyncZod<{ catalog: CatalogService }> = async (app, { catalog }) => {
  app.get('/hospital', { schema: { tags, summary: 'The hospital and its campuses', response: { 200: hospitalSchema, 404: apiErrorSchema } } }, () =>
    catalog.hospital(),
  );

  app.get('/departments', { schema: { tags, summary: 'Departments with their groups', response: { 200: departmentListSchema } } }, () =>
    catalog.departments(),
  );

  app.get('/doctors', {
    schema: { tags, summary: 'Find doctors by department, title, name, specialty or disease', querystring: doctorListQuerySchema, response: { 200: doctorListSchema, 400: apiErrorSchema } },
  }, (req) => catalog.doctors(req.query));

  app.get('/doctors/:id', { schema: { tags, summary: 'One doctor', params: idParams, response: { 200: doctorSchema, 404: apiErrorSchema } } }, (req) =>
    catalog.doctor(req.params.id),
  );

  app.get('/doctors/:id/avatar.png', { schema: { tags, summary: 'Generated avatar (PNG)', params: idParams } }, async (req, reply) => {
    const png = await catalog.doctorAvatar(req.params.id);
    return reply.type('image/png').header('cache-control', 'public, max-age=86400').send(png);
  });
};
