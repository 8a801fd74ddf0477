import {
  apiErrorSchema,
  dosePlanQuerySchema,
  dosePlanSchema,
  examBookingListSchema,
  examBookingRequestSchema,
  examBookingSchema,
  examPackageListSchema,
  examPackageSchema,
  vaccinationListSchema,
  vaccinationRequestSchema,
  vaccinationSchema,
  vaccineListSchema,
  vaccineSchema,
} from '@xinglin/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../http/auth-guard';
import type { AuthService } from '../auth/service';
import type { ExamsService } from './index';
import { toExamBooking, toVaccination } from './views';

const security = [{ bearer: [] }];
const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema, 422: apiErrorSchema };
const idParams = z.object({ id: z.string().max(64) });

/** Patients' side of 体检 and 疫苗: catalogues with 14 days of places are public; booking needs a patient session. */
export const examRoutes: FastifyPluginAsyncZod<{ exams: ExamsService; auth: AuthService }> = async (app, { exams: { exams, vaccines }, auth }) => {
  const patientOnly = requireAuth(auth, ['patient']);
  const caller = (req: FastifyRequest) => ({ accountId: principalOf(req).subjectId, ip: req.ip, requestId: req.id });
  const tags = ['exams'];

  app.get('/exam-packages', { schema: { tags, summary: 'Exam packages with remaining places for the next 14 days', response: { 200: examPackageListSchema } } }, async () => ({ items: await exams.packages() }));
  app.get('/exam-packages/:id', { schema: { tags, summary: 'One exam package', params: idParams, response: { 200: examPackageSchema, 404: apiErrorSchema } } }, (req) => exams.package(req.params.id));
  app.post('/exam-bookings', { preHandler: patientOnly, schema: { tags, security, summary: 'Book an exam for one of my patients (held 15 minutes until paid)', body: examBookingRequestSchema, response: { 201: examBookingSchema, ...errors } } }, async (req, reply) =>
    reply.status(201).send(toExamBooking(await exams.book(caller(req), req.body))),
  );
  app.get('/exam-bookings', { preHandler: patientOnly, schema: { tags, security, summary: 'My exam bookings', response: { 200: examBookingListSchema, ...errors } } }, async (req) => ({
    items: (await exams.mine(caller(req))).map(toExamBooking),
  }));
  app.post('/exam-bookings/:id/cancel', { preHandler: patientOnly, schema: { tags, security, summary: 'Cancel until the day before; the place returns at once', params: idParams, response: { 200: examBookingSchema, ...errors } } }, async (req) =>
    toExamBooking(await exams.cancel(caller(req), req.params.id)),
  );

  const vtags = ['vaccines'];
  app.get('/vaccines', { schema: { tags: vtags, summary: 'Vaccines with remaining places for the next 14 days', response: { 200: vaccineListSchema } } }, async () => ({ items: await vaccines.vaccines() }));
  app.get('/vaccines/:id', { schema: { tags: vtags, summary: 'One vaccine', params: idParams, response: { 200: vaccineSchema, 404: apiErrorSchema } } }, (req) => vaccines.vaccine(req.params.id));
  app.get('/vaccines/:id/plan', { preHandler: patientOnly, schema: { tags: vtags, security, summary: "A family member's doses: given, next and its earliest date", params: idParams, querystring: dosePlanQuerySchema, response: { 200: dosePlanSchema, ...errors } } }, (req) =>
    vaccines.plan(caller(req), req.params.id, req.query.patientId),
  );
  app.post('/vaccinations', { preHandler: patientOnly, schema: { tags: vtags, security, summary: 'Book the next dose (held 15 minutes until paid)', body: vaccinationRequestSchema, response: { 201: vaccinationSchema, ...errors } } }, async (req, reply) =>
    reply.status(201).send(toVaccination(await vaccines.book(caller(req), req.body))),
  );
  app.get('/vaccinations', { preHandler: patientOnly, schema: { tags: vtags, security, summary: 'My vaccination bookings', response: { 200: vaccinationListSchema, ...errors } } }, async (req) => ({
    items: (await vaccines.mine(caller(req))).map(toVaccination),
  }));
  app.post('/vaccinations/:id/cancel', { preHandler: patientOnly, schema: { tags: vtags, security, summary: 'Cancel until the day before; the place returns at once', params: idParams, response: { 200: vaccinationSchema, ...errors } } }, async (req) =>
    toVaccination(await vaccines.cancel(caller(req), req.params.id)),
  );
};
