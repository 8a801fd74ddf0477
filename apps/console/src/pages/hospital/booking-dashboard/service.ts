import { bookingStatsSchema, type BookingDayStats, type BookingStats } from '@xinglin/contracts';
import { request } from '../../../services/request';

export type { BookingDayStats, BookingStats };

/** 挂号看板 (apps/server booking stats-routes): counts per visit day, at most 92 days. */
export const fetchStats = (from: string, to: string, signal?: AbortSignal) =>
  request('/staff/booking-stats', { query: { from, to }, schema: bookingStatsSchema, signal });
