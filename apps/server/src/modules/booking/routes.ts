import { apiErrorSchema, bookingListSchema, bookingRequestSchema, bookingSchema, type Booking } from '@xinglin/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../http/auth-guard';
import type { AuthService } from '../auth/service';
import type { BookingRow } from './repository';
import type { BookingService } from './service';

const tags = ['booking'];
const security = [{ bearer: [] }];
const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema, 422: apiErrorSchema };

const toBooking = (b: BookingRow): Booking => ({
  id: b.id,
  patientId: b.patientId,
  doctorId: b.doctorId,
  slotId: b.slotId,
  date: b.date,
  status: b.status as Booking['status'],
  visitNo: b.visitNo,
  feeFen: b.feeFen,
  holdExpiresAt: b.holdExpiresAt?.toISOString() ?? null,
  createdAt: b.createdAt.toISOString(),
});

export const bookingRoutes: FastifyPluginAsyncZod<{ booking: BookingService; auth: AuthService }> = async (app, { booking, auth }) => {
  app.addHook('preHandler', requireAuth(auth, ['patient']));
  const caller = (req: FastifyRequest) => ({ accountId: principalOf(req).subjectId, ip: req.ip, requestId: req.id });

  app.post('/bookings', { schema: { tags, security, summary: 'Book a slot for one of my patients (held 15 minutes until paid)', body: bookingRequestSchema, response: { 201: bookingSchema, ...errors } } }, async (req, reply) =>
    reply.status(201).send(toBooking(await booking.book(caller(req), req.body.patientId, req.body.slotId))),
  );
  app.get('/bookings', { schema: { tags, security, summary: 'My bookings', response: { 200: bookingListSchema, ...errors } } }, async (req) => ({
    items: (await booking.mine(caller(req))).map(toBooking),
  }));
  app.post('/bookings/:id/cancel', { schema: { tags, security, summary: 'Cancel (退号); the place returns at once', params: z.object({ id: z.string().max(64) }), response: { 200: bookingSchema, ...errors } } }, async (req) =>
    toBooking(await booking.cancel(caller(req), req.params.id)),
  );
};
