import { z } from 'zod';

export const bookingStatusSchema = z.enum(['held', 'confirmed', 'cancelled', 'expired']);

export const bookingRequestSchema = z.object({
  patientId: z.uuid({ message: '就诊人编号格式不正确 / Invalid patient id' }),
  slotId: z.uuid({ message: '号源编号格式不正确 / Invalid slot id' }),
});

export const bookingSchema = z.object({
  id: z.string(),
  patientId: z.string(),
  doctorId: z.string(),
  slotId: z.string(),
  date: z.string(),
  status: bookingStatusSchema,
  visitNo: z.number().int().describe('就诊序号'),
  feeFen: z.number().int(),
  /** Unpaid bookings hold their place until then. */
  holdExpiresAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type Booking = z.infer<typeof bookingSchema>;
export const bookingListSchema = z.object({ items: z.array(bookingSchema) });
