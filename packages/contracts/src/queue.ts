import { z } from 'zod';

// ——— Check-in (签到) ———

/** Check-in opens this many minutes before the slot starts and closes at its end; server and apps share it. */
export const CHECK_IN_EARLY_MINUTES = 30;

/** By the QR code posted at the department (a signed token), or by being within the check-in radius. */
export const checkInRequestSchema = z.discriminatedUnion('method', [
  z.object({
    method: z.literal('qr'),
    token: z.string().trim().min(1, { message: '请扫描或粘贴签到码 / Scan or paste the check-in code' }).max(512),
  }),
  z.object({
    method: z.literal('location'),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
  }),
]);
export type CheckInRequest = z.infer<typeof checkInRequestSchema>;

/** Where a department checks in: a point and a radius (metres), and its current QR key version. */
export const checkInPointSchema = z.object({
  departmentId: z.string(),
  departmentName: z.string(),
  campusName: z.string(),
  location: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  radiusMetres: z.number().int(),
  keyVersion: z.number().int(),
  /** The signed token the posted QR code carries. */
  token: z.string(),
  /** The text to encode in the QR code (the token itself; the patient app also accepts it pasted). */
  qrText: z.string(),
});
export type CheckInPoint = z.infer<typeof checkInPointSchema>;
export const checkInPointListSchema = z.object({ items: z.array(checkInPointSchema) });

// ——— Queue (排队叫号), the patient's view ———

export const queueStatusSchema = z.object({
  bookingId: z.string(),
  status: z.enum(['held', 'confirmed', 'checked_in', 'called', 'completed', 'no_show', 'cancelled', 'expired', 'transferred', 'stopped']),
  visitNo: z.number().int(),
  /** The number being seen now (叫号中), if any. */
  currentVisitNo: z.number().int().nullable(),
  /** Checked-in patients with a lower number, plus the one being seen. 0 once called. */
  aheadCount: z.number().int(),
  predictedWaitMinutes: z.number().int(),
  averageConsultMinutes: z.number(),
  checkedInAt: z.iso.datetime().nullable(),
  calledAt: z.iso.datetime().nullable(),
  doctorName: z.string(),
  departmentName: z.string(),
  location: z.string(),
});
export type QueueStatus = z.infer<typeof queueStatusSchema>;

// ——— Queue, the doctor's workbench ———

export const queueEntrySchema = z.object({
  bookingId: z.string(),
  visitNo: z.number().int(),
  /** Masked (张*): the workbench is on a shared screen. */
  patientName: z.string(),
  status: z.enum(['confirmed', 'checked_in', 'called', 'completed', 'no_show']),
  startsAt: z.iso.datetime(),
  checkedInAt: z.iso.datetime().nullable(),
  calledAt: z.iso.datetime().nullable(),
  completedAt: z.iso.datetime().nullable(),
});
export type QueueEntry = z.infer<typeof queueEntrySchema>;

export const sessionQueueSchema = z.object({
  sessionId: z.string(),
  date: z.string(),
  period: z.enum(['morning', 'afternoon', 'evening']),
  departmentName: z.string(),
  currentVisitNo: z.number().int().nullable(),
  waitingCount: z.number().int(),
  entries: z.array(queueEntrySchema),
});
export type SessionQueue = z.infer<typeof sessionQueueSchema>;

export const doctorQueuesSchema = z.object({
  date: z.string(),
  averageConsultMinutes: z.number(),
  items: z.array(sessionQueueSchema),
});
export type DoctorQueues = z.infer<typeof doctorQueuesSchema>;

/** What a queue action did: who was called (null when nobody was waiting) and the session's queue after it. */
export const queueActionResultSchema = z.object({
  calledBookingId: z.string().nullable(),
  queue: sessionQueueSchema,
});
export type QueueActionResult = z.infer<typeof queueActionResultSchema>;
