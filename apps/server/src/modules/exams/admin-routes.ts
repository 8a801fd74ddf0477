import {
  apiErrorSchema,
  capacityRangeQuerySchema,
  examCapacityInputSchema,
  examCapacityListSchema,
  examCapacityRowSchema,
  examPackageInputSchema,
  examPackageListSchema,
  examPackageSchema,
  vaccinationSchema,
  vaccineCapacityInputSchema,
  vaccineCapacityListSchema,
  vaccineCapacityRowSchema,
  vaccineInputSchema,
  vaccineListSchema,
  vaccineSchema,
} from '@xinglin/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../http/auth-guard';
import type { AuthService } from '../auth/service';
import type { ExamsService } from './index';
import { toVaccination } from './views';

const security = [{ bearer: [] }];
const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema, 422: apiErrorSchema };
const idParams = z.object({ id: z.string().max(64) });

/** The admin's small console for 体检 and 疫苗: packages, vaccines, daily places, and 登记接种. */
export const examAdminRoutes: FastifyPluginAsyncZod<{ exams: ExamsService; auth: AuthService }> = async (app, { exams: { exams, vaccines }, auth }) => {
  app.addHook('preHandler', requireAuth(auth, ['admin']));
  const staff = (req: FastifyRequest) => ({ staffId: principalOf(req).subjectId, ip: req.ip, requestId: req.id });
  const tags = ['exams-admin'];

  app.get('/admin/exam-packages', { schema: { tags, security, summary: 'All packages, inactive too', response: { 200: examPackageListSchema, ...errors } } }, async () => ({ items: await exams.admin.packages() }));
  app.post('/admin/exam-packages', { schema: { tags, security, summary: 'Add a package', body: examPackageInputSchema, response: { 201: examPackageSchema, ...errors } } }, async (req, reply) =>
    reply.status(201).send(await exams.admin.create(staff(req), req.body)),
  );
  app.put('/admin/exam-packages/:id', { schema: { tags, security, summary: 'Change a package', params: idParams, body: examPackageInputSchema, response: { 200: examPackageSchema, ...errors } } }, (req) =>
    exams.admin.update(staff(req), req.params.id, req.body),
  );
  app.get('/admin/exam-capacity', { schema: { tags, security, summary: 'Capacity rows over a range of days (packageId null: the centre)', querystring: capacityRangeQuerySchema, response: { 200: examCapacityListSchema, ...errors } } }, async (req) =>
    ({ items: await exams.admin.capacity(req.query.from, req.query.to) }),
  );
  app.put('/admin/exam-capacity', { schema: { tags, security, summary: "Set a day's places for a package, or the centre's (packageId null)", body: examCapacityInputSchema, response: { 200: examCapacityRowSchema, ...errors } } }, (req) =>
    exams.admin.setCapacity(staff(req), req.body),
  );

  app.get('/admin/vaccines', { schema: { tags, security, summary: 'All vaccines, inactive too', response: { 200: vaccineListSchema, ...errors } } }, async () => ({ items: await vaccines.admin.vaccines() }));
  app.post('/admin/vaccines', { schema: { tags, security, summary: 'Add a vaccine', body: vaccineInputSchema, response: { 201: vaccineSchema, ...errors } } }, async (req, reply) =>
    reply.status(201).send(await vaccines.admin.create(staff(req), req.body)),
  );
  app.put('/admin/vaccines/:id', { schema: { tags, security, summary: 'Change a vaccine', params: idParams, body: vaccineInputSchema, response: { 200: vaccineSchema, ...errors } } }, (req) =>
    vaccines.admin.update(staff(req), req.params.id, req.body),
  );
  app.get('/admin/vaccine-capacity', { schema: { tags, security, summary: 'Vaccine capacity rows over a range of days', querystring: capacityRangeQuerySchema, response: { 200: vaccineCapacityListSchema, ...errors } } }, async (req) =>
    ({ items: await vaccines.admin.capacity(req.query.from, req.query.to) }),
  );
  app.put('/admin/vaccine-capacity', { schema: { tags, security, summary: "Set a vaccine's places on a day", body: vaccineCapacityInputSchema, response: { 200: vaccineCapacityRowSchema, ...errors } } }, (req) =>
    vaccines.admin.setCapacity(staff(req), req.body),
  );
  app.post('/admin/vaccinations/:id/given', { schema: { tags, security, summary: '登记接种: record the booked dose as given today', params: idParams, response: { 200: vaccinationSchema, ...errors } } }, async (req) =>
    toVaccination(await vaccines.admin.markGiven(staff(req), req.params.id)),
  );
};
