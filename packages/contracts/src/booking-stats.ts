import { z } from 'zod';

/** 挂号看板: bookings per visit day, for the console dashboard (counts only, no patient data). */
export const bookingStatsQuerySchema = z.object({
  from: z.iso.date({ message: '开始日期格式应为 YYYY-MM-DD / from must be YYYY-MM-DD' }).optional(),
  to: z.iso.date({ message: '结束日期格式应为 YYYY-MM-DD / to must be YYYY-MM-DD' }).optional(),
});

export const bookingDayStatsSchema = z.object({
  date: z.iso.date(),
  /** Places taken for that day: every booking except unpaid holds that lapsed and bookings handed on by transfer. */
  booked: z.number().int(),
  cancelled: z.number().int(),
  /** 停诊: ended by the hospital. */
  stopped: z.number().int(),
  noShows: z.number().int(),
  completed: z.number().int(),
  /** Places offered to the waitlist (候补), whether or not the patient then paid. */
  waitlistOffers: z.number().int(),
  /** noShows / (noShows + patients who came); null before anyone was due. */
  noShowRate: z.number().min(0).max(1).nullable(),
});
export type BookingDayStats = z.infer<typeof bookingDayStatsSchema>;

export const bookingStatsSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  days: z.array(bookingDayStatsSchema),
  totals: bookingDayStatsSchema.omit({ date: true }),
});
export type BookingStats = z.infer<typeof bookingStatsSchema>;
