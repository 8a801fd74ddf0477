import { apiErrorSchema, bookingSchema, checkInPointListSchema, checkInPointSchema, checkInRequestSchema, doctorQueuesSchema, queueActionResultSchema, queueStatusSchema } from '@xinglin/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../http/auth-guard';
import type { AuthService } from '../auth/service';
import type { QueueService } from './service';

const security = [{ bearer: [] }];
const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema, 422: apiErrorSchema };
const idParam = z.string().max(64);
const params = { id: z.object({ id: idParam }), sessionId: z.object({ sessionId: idParam }), bookingId: z.object({ bookingId: idParam }), departmentId: z.object({ departmentId: idParam }) };
type Opts = { queue: QueueService; auth: AuthService };

const patientSide: FastifyPluginAsyncZod<Opts> = async (app, { queue, auth }) => {
  app.addHook('preHandler', requireAuth(auth, ['patient']));
  const tags = ['queue'];
  const caller = (req: FastifyRequest) => ({ accountId: principalOf(req).subjectId, ip: req.ip, requestId: req.id });
  app.post('/bookings/:id/check-in', { schema: { tags, security, summary: 'Check in (签到) by the department QR code or by location, from 30 min before the slot to its end', params: params.id, body: checkInRequestSchema, response: { 200: bookingSchema, ...errors } } }, async (req) =>
    queue.checkIn.checkIn(caller(req), req.params.id, req.body),
  );
  app.get('/bookings/:id/queue', { schema: { tags, security, summary: 'My place in the queue: current number, people ahead, predicted wait', params: params.id, response: { 200: queueStatusSchema, ...errors } } }, async (req) =>
    queue.patient.status(caller(req), req.params.id),
  );
};

const staffCaller = (req: FastifyRequest) => ({ principal: principalOf(req), ip: req.ip, requestId: req.id });

const doctorSide: FastifyPluginAsyncZod<Opts> = async (app, { queue, auth }) => {
  app.addHook('preHandler', requireAuth(auth, ['doctor']));
  const tags = ['queue'];
  const action = { tags, security, response: { 200: queueActionResultSchema, ...errors } };
  app.get('/clinical/queue/today', { schema: { tags, security, summary: "My clinic sessions today with their queues", response: { 200: doctorQueuesSchema, ...errors } } }, async (req) => queue.doctor.today(staffCaller(req)));
  app.post('/clinical/queue/sessions/:sessionId/call-next', { schema: { ...action, summary: 'Call the next checked-in patient (the one being seen is done)', params: params.sessionId } }, async (req) =>
    queue.doctor.callNext(staffCaller(req), req.params.sessionId),
  );
  app.post('/clinical/queue/sessions/:sessionId/recall', { schema: { ...action, summary: 'Call the patient being seen again (重呼)', params: params.sessionId } }, async (req) => queue.doctor.recall(staffCaller(req), req.params.sessionId));
  app.post('/clinical/queue/bookings/:bookingId/done', { schema: { ...action, summary: 'Consultation finished', params: params.bookingId } }, async (req) => queue.doctor.done(staffCaller(req), req.params.bookingId));
  app.post('/clinical/queue/bookings/:bookingId/no-show', { schema: { ...action, summary: 'The patient did not answer the call (过号)', params: params.bookingId } }, async (req) =>
    queue.doctor.noShow(staffCaller(req), req.params.bookingId),
  );
};

const adminSide: FastifyPluginAsyncZod<Opts> = async (app, { queue, auth }) => {
  app.addHook('preHandler', requireAuth(auth, ['admin']));
  const tags = ['queue'];
  app.get('/admin/check-in-points', { schema: { tags, security, summary: "Departments' check-in points and the tokens for their posted QR codes", response: { 200: checkInPointListSchema, ...errors } } }, async (req) => ({
    items: await queue.points.list(staffCaller(req)),
  }));
  app.post('/admin/check-in-points/:departmentId/rotate', { schema: { tags, security, summary: 'Replace a department’s QR code (older codes stop working)', params: params.departmentId, response: { 200: checkInPointSchema, ...errors } } }, async (req) =>
    queue.points.rotate(staffCaller(req), req.params.departmentId),
  );
};

/** 签到与排队叫号. Each side is its own plugin so each keeps its own role guard. */
export const queueRoutes: FastifyPluginAsyncZod<Opts> = async (app, opts) => {
  await app.register(patientSide, opts);
  await app.register(doctorSide, opts);
  await app.register(adminSide, opts);
};
