import { z } from 'zod';
import { pageQuerySchema } from './common';

/** One message in the patient's message center (消息中心). */
export const inappMessageSchema = z.object({
  id: z.string(),
  /** e.g. booking.created, booking.reminder, booking.cancelled, session.stopped, report.ready */
  kind: z.string(),
  patientId: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  /** In-app route to open on tap, e.g. /pages/visits/index; null when the message has nowhere to go. */
  link: z.string().nullable(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});
export type InappMessage = z.infer<typeof inappMessageSchema>;

export const messageListQuerySchema = pageQuerySchema;
export type MessageListQuery = z.infer<typeof messageListQuerySchema>;

export const messageListSchema = z.object({
  items: z.array(inappMessageSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  unread: z.number().int(),
});
export type MessageList = z.infer<typeof messageListSchema>;

export const readAllResultSchema = z.object({ marked: z.number().int(), unread: z.number().int() });
export type ReadAllResult = z.infer<typeof readAllResultSchema>;
