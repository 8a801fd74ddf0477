import { addPlacesSchema, apiErrorSchema, appealDecisionSchema, appealListSchema, extraSessionSchema, releaseRuleSchema, stopSessionSchema } from '@xinglin/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../http/auth-guard';
import type { AuthService } from '../auth/service';
import type { ScheduleService } from '../schedule/service';
import type { BookingService } from './service';

const tags = ['booking-admin'];
const security = [{ bearer: [] }];
const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema, 422: apiErrorSchema };
const idParams = z.object({ id: z.string().max(64) });

/** Hospital admin: leave and extra clinics, release rules, no-show appeals. */
export const bookingStaffRoutes: FastifyPluginAsyncZod<{ booking: BookingService; schedule: ScheduleService; auth: AuthService }> = async (app, { booking, schedule, auth }) => {
  app.addHook('preHandler', requireAuth(auth, ['admin']));
  const staff = (req: FastifyRequest) => ({ staffId: principalOf(req).subjectId, ip: req.ip, requestId: req.id });
  const s = <T extends object>(summary: string, extra: T) => ({ schema: { tags, security, summary, ...extra } });

  app.post('/staff/sessions/:id/stop', s('停诊: cancel a clinic, tell and refund every booked patient', { params: idParams, body: stopSessionSchema, response: { 200: z.object({ bookingsStopped: z.number(), waitlistClosed: z.number() }), ...errors } }), async (req) =>
    booking.staff.stop(staff(req), req.params.id, req.body.reason),
  );
  app.post('/staff/sessions', s('加诊: an extra clinic, open at once, offered to the waitlist first', { body: extraSessionSchema, response: { 201: z.object({ sessionId: z.string(), slots: z.number(), offeredToWaitlist: z.number() }), ...errors } }), async (req, reply) =>
    reply.status(201).send(await booking.staff.addExtraSession(staff(req), req.body)),
  );
  app.post('/staff/slots/places', s('加号: more places in one slot, offered to the waitlist first', { body: addPlacesSchema, response: { 200: z.object({ capacity: z.number(), offeredToWaitlist: z.number() }), ...errors } }), async (req) =>
    booking.staff.addPlaces(staff(req), req.body.slotId, req.body.places),
  );
  app.get('/staff/release-rules', s('放号规则: the hospital’s and each department’s', { response: { 200: z.object({ items: z.array(releaseRuleSchema) }), ...errors } }), async () => ({
    items: (await schedule.releaseRules()).map((r) => ({ departmentId: r.departmentId, daysAhead: r.daysAhead, releaseTime: r.releaseTime, sameDay: r.sameDay })),
  }));
  app.put('/staff/release-rules', s('Set a release rule; unreleased clinics are re-timed at once', { body: releaseRuleSchema, response: { 200: z.object({ retimed: z.number() }), ...errors } }), async (req) =>
    schedule.setReleaseRule(req.body),
  );
  app.get('/staff/appeals', s('No-show appeals', { querystring: z.object({ status: z.enum(['pending', 'approved', 'rejected']).optional() }), response: { 200: appealListSchema, ...errors } }), async (req) => ({
    items: (await booking.noShows.listAppeals(req.query.status)).map((r) => ({
      id: r.a.id,
      bookingId: r.a.bookingId,
      patientName: r.patientName,
      doctorName: r.doctorName,
      date: r.date,
      reason: r.a.reason,
      status: r.a.status as 'pending',
      reviewNote: r.a.reviewNote,
      createdAt: r.a.createdAt.toISOString(),
    })),
  }));
  app.post('/staff/appeals/:id/decide', s('Approve or reject a no-show appeal', { params: idParams, body: appealDecisionSchema, response: { 200: z.object({ id: z.string(), status: z.string() }), ...errors } }), async (req) => {
    const d = await booking.noShows.decide(staff(req), req.params.id, req.body.approve, req.body.note);
    return { id: d.id, status: d.status };
  });
};
