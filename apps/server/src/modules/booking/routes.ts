import {
  apiErrorSchema,
  appealRequestSchema,
  bookingListSchema,
  bookingRequestSchema,
  bookingSchema,
  noShowSummarySchema,
  transferListSchema,
  transferOfferSchema,
  waitlistEntrySchema,
  waitlistJoinSchema,
  waitlistListSchema,
} from '@xinglin/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../http/auth-guard';
import type { AuthService } from '../auth/service';
import type { BookingService } from './service';

const tags = ['booking'];
const security = [{ bearer: [] }];
const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema, 422: apiErrorSchema };
const idParams = z.object({ id: z.string().max(64) });
const ok = z.object({ ok: z.literal(true) });

export const bookingRoutes: FastifyPluginAsyncZod<{ booking: BookingService; auth: AuthService }> = async (app, { booking, auth }) => {
  app.addHook('preHandler', requireAuth(auth, ['patient']));
  const caller = (req: FastifyRequest) => ({ accountId: principalOf(req).subjectId, ip: req.ip, requestId: req.id });
  const s = <T extends object>(summary: string, extra: T) => ({ schema: { tags, security, summary, ...extra } });

  app.post('/bookings', s('Book a slot for one of my patients (held 15 minutes until paid)', { body: bookingRequestSchema, response: { 201: bookingSchema, ...errors } }), async (req, reply) =>
    reply.status(201).send(await booking.book(caller(req), req.body.patientId, req.body.slotId)),
  );
  app.get('/bookings', s('My bookings', { response: { 200: bookingListSchema, ...errors } }), async (req) => ({ items: await booking.mine(caller(req)) }));
  app.get('/bookings/:id', s('One of my bookings', { params: idParams, response: { 200: bookingSchema, ...errors } }), async (req) => booking.get(caller(req), req.params.id));
  app.post('/bookings/:id/cancel', s('Cancel (退号); the place returns at once, first to the waitlist', { params: idParams, response: { 200: bookingSchema, ...errors } }), async (req) =>
    booking.cancel(caller(req), req.params.id),
  );

  // 候补
  app.post('/waitlist', s('Join a waitlist: one session, or a department on some days', { body: waitlistJoinSchema, response: { 201: waitlistEntrySchema, ...errors } }), async (req, reply) =>
    reply.status(201).send(await booking.waitlist.join(caller(req), req.body)),
  );
  app.get('/waitlist', s('My waitlist entries with my position in line', { response: { 200: waitlistListSchema, ...errors } }), async (req) => ({ items: await booking.waitlist.mine(caller(req)) }));
  app.delete('/waitlist/:id', s('Leave a waitlist', { params: idParams, response: { 200: ok, ...errors } }), async (req) => {
    await booking.waitlist.leave(caller(req), req.params.id);
    return { ok: true as const };
  });

  // 号源转让
  app.post('/bookings/:id/transfer', s('Offer a booking to a verified person named by name and phone', { params: idParams, body: transferOfferSchema, response: { 201: z.object({ id: z.string(), expiresAt: z.iso.datetime() }), ...errors } }), async (req, reply) => {
    const offer = await booking.transfers.offer(caller(req), req.params.id, req.body);
    return reply.status(201).send({ id: offer.id, expiresAt: offer.expiresAt.toISOString() });
  });
  app.get('/transfers', s('Transfers I offered or was offered', { response: { 200: transferListSchema, ...errors } }), async (req) => booking.transfers.list(caller(req)));
  app.post('/transfers/:id/accept', s('Accept a transfer offered to me', { params: idParams, response: { 200: bookingSchema, ...errors } }), async (req) => {
    const id = await booking.transfers.accept(caller(req), req.params.id);
    return booking.get(caller(req), id);
  });
  app.post('/transfers/:id/decline', s('Decline a transfer offered to me', { params: idParams, response: { 200: ok, ...errors } }), async (req) => {
    await booking.transfers.decline(caller(req), req.params.id, 'recipient');
    return { ok: true as const };
  });
  app.post('/transfers/:id/cancel', s('Withdraw a transfer I offered', { params: idParams, response: { 200: ok, ...errors } }), async (req) => {
    await booking.transfers.decline(caller(req), req.params.id, 'giver');
    return { ok: true as const };
  });

  // 爽约
  app.get('/patients/:id/no-shows', s('A patient’s no-shows, suspension and appeals', { params: idParams, response: { 200: noShowSummarySchema, ...errors } }), async (req) =>
    booking.noShows.summary(caller(req), req.params.id),
  );
  app.post('/bookings/:id/appeal', s('Appeal a no-show', { params: idParams, body: appealRequestSchema, response: { 201: z.object({ id: z.string(), status: z.string() }), ...errors } }), async (req, reply) => {
    const a = await booking.noShows.appeal(caller(req), req.params.id, req.body.reason);
    return reply.status(201).send({ id: a.id, status: a.status });
  });
};
