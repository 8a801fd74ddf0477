import { z } from 'zod';

/** 候补 seen by hospital admins (apps/server booking/waitlist-admin-routes): one department's or one clinic's line. */
export const waitlistAdminQuerySchema = z
  .object({
    departmentId: z.uuid({ message: '科室编号格式不正确 / Invalid department id' }).optional(),
    sessionId: z.uuid({ message: '出诊编号格式不正确 / Invalid session id' }).optional(),
  })
  .refine((q) => Boolean(q.departmentId) !== Boolean(q.sessionId), { message: '请选择一个科室或一个出诊 / Give either a department or a session' });
export type WaitlistAdminQuery = z.infer<typeof waitlistAdminQuerySchema>;

export const waitlistAdminEntrySchema = z.object({
  id: z.string(),
  /** 1 = next to be offered a freed place; null once offered. */
  position: z.number().int().nullable(),
  /** Masked (张**): admins see the line, not who is in it. */
  patientNameMasked: z.string(),
  /** null: waits for any doctor of the department on `dates`. */
  sessionId: z.string().nullable(),
  doctorName: z.string().nullable(),
  sessionDate: z.string().nullable(),
  period: z.enum(['morning', 'afternoon', 'evening']).nullable(),
  dates: z.array(z.string()),
  status: z.enum(['waiting', 'offered']),
  bookingId: z.string().nullable(),
  /** When an offered place goes on down the line unless paid. */
  offerExpiresAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type WaitlistAdminEntry = z.infer<typeof waitlistAdminEntrySchema>;
export const waitlistAdminListSchema = z.object({ items: z.array(waitlistAdminEntrySchema) });
