import { apiErrorSchema, bookingStatsQuerySchema, bookingStatsSchema, type BookingStats } from '@xinglin/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { badRequest } from '../../errors';
import { requireAuth } from '../../http/auth-guard';
import type { AuthService } from '../auth/service';
import { addDays, chinaDate } from '../schedule/domain';
import { countsByDay, fillDays, totalsOf } from './stats-repository';

/** A quarter at most: the grouped query stays cheap and the chart readable. */
export const MAX_STATS_DAYS = 92;
const DEFAULT_DAYS = 30;

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema };

/** The range asked for, or the last 30 days up to today (China time); refused when reversed or too long. */
export function statsRange(now: Date, from?: string, to?: string): { from: string; to: string } {
  const end = to ?? (from ? addDays(from, DEFAULT_DAYS - 1) : chinaDate(now));
  const start = from ?? addDays(end, -(DEFAULT_DAYS - 1));
  if (start > end) throw badRequest('RANGE_REVERSED', '开始日期不能晚于结束日期', 'from must not be after to');
  if (addDays(start, MAX_STATS_DAYS - 1) < end) {
    throw badRequest('RANGE_TOO_LONG', `统计范围最多 ${MAX_STATS_DAYS} 天`, `The range may span at most ${MAX_STATS_DAYS} days`);
  }
  return { from: start, to: end };
}

/** 挂号看板 (admin): bookings, cancellations, no-shows, completions and waitlist offers per visit day. */
export const bookingStatsRoutes: FastifyPluginAsyncZod<{ db: Db; auth: AuthService; now: () => Date }> = async (app, { db, auth, now }) => {
  app.addHook('preHandler', requireAuth(auth, ['admin']));
  app.get(
    '/staff/booking-stats',
    {
      schema: {
        tags: ['booking-admin'],
        security: [{ bearer: [] }],
        summary: 'Bookings and no-show rate per visit day (counts only)',
        querystring: bookingStatsQuerySchema,
        response: { 200: bookingStatsSchema, ...errors },
      },
    },
    async (req): Promise<BookingStats> => {
      const range = statsRange(now(), req.query.from, req.query.to);
      const counts = await db.transaction((tx) => countsByDay(tx, range.from, range.to));
      return { ...range, days: fillDays(range.from, range.to, counts), totals: totalsOf(counts) };
    },
  );
};
