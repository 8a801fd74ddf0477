import { z } from 'zod';

/**
 * held → confirmed (paid) → checked_in (签到) → called (叫号) → completed; or no_show (爽约) after the slot ends.
 * held → expired; held/confirmed → cancelled (退号), transferred (转让, a new booking takes the place), stopped (停诊).
 */
export const bookingStatusSchema = z.enum(['held', 'confirmed', 'checked_in', 'called', 'completed', 'no_show', 'cancelled', 'expired', 'transferred', 'stopped']);
export type BookingStatus = z.infer<typeof bookingStatusSchema>;

export const bookingRequestSchema = z.object({
  patientId: z.uuid({ message: '就诊人编号格式不正确 / Invalid patient id' }),
  slotId: z.uuid({ message: '号源编号格式不正确 / Invalid slot id' }),
});

export const bookingSchema = z.object({
  id: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  doctorId: z.string(),
  doctorName: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  /** Where to go, e.g. 门诊楼 3 楼 B 区, and what to prepare (注意事项). */
  location: z.string(),
  notes: z.string(),
  slotId: z.string(),
  sessionId: z.string(),
  date: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  status: bookingStatusSchema,
  visitNo: z.number().int().describe('就诊序号'),
  feeFen: z.number().int(),
  /** Unpaid bookings hold their place until then. */
  holdExpiresAt: z.iso.datetime().nullable(),
  /** Set when the booking came from the waitlist (候补) or a transfer (转让). */
  origin: z.enum(['direct', 'waitlist', 'transfer']),
  checkedInAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type Booking = z.infer<typeof bookingSchema>;
export const bookingListSchema = z.object({ items: z.array(bookingSchema) });

// ——— Waitlist (候补) ———
export const waitlistJoinSchema = z
  .object({
    patientId: z.uuid({ message: '就诊人编号格式不正确 / Invalid patient id' }),
    /** One doctor's session… */
    sessionId: z.uuid({ message: '出诊编号格式不正确 / Invalid session id' }).optional(),
    /** …or any doctor of this department on these days (at most 7). */
    departmentId: z.uuid({ message: '科室编号格式不正确 / Invalid department id' }).optional(),
    dates: z.array(z.iso.date()).min(1).max(7).optional(),
  })
  .refine((v) => Boolean(v.sessionId) !== Boolean(v.departmentId && v.dates), {
    message: '请选择一个出诊，或选择科室和日期 / Choose one session, or a department and dates',
  });
export type WaitlistJoin = z.infer<typeof waitlistJoinSchema>;

export const waitlistEntrySchema = z.object({
  id: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  sessionId: z.string().nullable(),
  departmentId: z.string(),
  departmentName: z.string(),
  doctorName: z.string().nullable(),
  dates: z.array(z.string()),
  status: z.enum(['waiting', 'offered', 'left', 'expired']),
  /** 1 = next in line; null once no longer waiting. */
  position: z.number().int().nullable(),
  bookingId: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type WaitlistEntry = z.infer<typeof waitlistEntrySchema>;
export const waitlistListSchema = z.object({ items: z.array(waitlistEntrySchema) });

// ——— Transfer (号源转让) ———
export const transferOfferSchema = z.object({
  recipientName: z.string().trim().min(1).max(40),
  recipientPhone: z.string().regex(/^1[3-9]\d{9}$/, { message: '手机号格式不正确 / Invalid mobile number' }),
});
export const transferAcceptSchema = z.object({ patientId: z.uuid({ message: '就诊人编号格式不正确 / Invalid patient id' }) });
export const transferSchema = z.object({
  id: z.string(),
  bookingId: z.string(),
  direction: z.enum(['outgoing', 'incoming']),
  status: z.enum(['pending', 'accepted', 'declined', 'cancelled', 'expired']),
  recipientName: z.string(),
  doctorName: z.string(),
  departmentName: z.string(),
  startsAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
});
export type Transfer = z.infer<typeof transferSchema>;
export const transferListSchema = z.object({ items: z.array(transferSchema), usedThisMonth: z.number().int(), monthlyLimit: z.number().int() });

// ——— No-shows (爽约) and appeals ———
export const noShowSummarySchema = z.object({
  patientId: z.string(),
  count: z.number().int().describe('no-shows in the window'),
  windowDays: z.number().int(),
  threshold: z.number().int(),
  bannedUntil: z.iso.datetime().nullable(),
  items: z.array(
    z.object({
      bookingId: z.string(),
      date: z.string(),
      doctorName: z.string(),
      appeal: z.object({ id: z.string(), status: z.enum(['pending', 'approved', 'rejected']), reason: z.string(), reviewNote: z.string().nullable() }).nullable(),
    }),
  ),
});
export type NoShowSummary = z.infer<typeof noShowSummarySchema>;
export const appealRequestSchema = z.object({ reason: z.string().trim().min(5, { message: '请说明原因（至少 5 个字）/ Please explain (at least 5 characters)' }).max(500) });
export const appealDecisionSchema = z.object({ approve: z.boolean(), note: z.string().trim().max(500).optional() });
export const appealSchema = z.object({
  id: z.string(),
  bookingId: z.string(),
  patientName: z.string(),
  doctorName: z.string(),
  date: z.string(),
  reason: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  reviewNote: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export const appealListSchema = z.object({ items: z.array(appealSchema) });

// ——— Sessions for staff: leave (停诊) and extra places (加号) ———
export const stopSessionSchema = z.object({ reason: z.string().trim().min(2).max(200) });
export const extraSessionSchema = z.object({
  doctorId: z.uuid(),
  date: z.iso.date(),
  period: z.enum(['morning', 'afternoon', 'evening']),
  placesPerSlot: z.number().int().min(1).max(50),
});
export const addPlacesSchema = z.object({ slotId: z.uuid(), places: z.number().int().min(1).max(20) });
export const releaseRuleSchema = z.object({
  departmentId: z.uuid().nullable().describe('null = the whole hospital'),
  daysAhead: z.number().int().min(0).max(30),
  releaseTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: '时间格式应为 HH:MM / Time must be HH:MM' }),
  sameDay: z.boolean().describe('当日挂号: today’s remaining places can be booked'),
});
export type ReleaseRuleInput = z.infer<typeof releaseRuleSchema>;

// ——— Weekly templates (出诊模板), edited by hospital admins ———
export const scheduleTemplateSchema = z.object({
  weekday: z.number().int().min(1).max(7).describe('1 = Monday … 7 = Sunday'),
  period: z.enum(['morning', 'afternoon', 'evening']),
  level: z.enum(['general', 'expert', 'special']),
  feeFen: z.number().int().min(0).max(1_000_000),
  placesPerSlot: z.number().int().min(1).max(50),
  active: z.boolean(),
});
export type ScheduleTemplate = z.infer<typeof scheduleTemplateSchema>;
export const scheduleTemplateListSchema = z.object({ items: z.array(scheduleTemplateSchema) });
