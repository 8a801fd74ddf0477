import { z } from 'zod';

export const auditEventSchema = z.object({
  seq: z.number().int(),
  at: z.iso.datetime(),
  actorKind: z.string(),
  actorId: z.string().nullable(),
  actorRole: z.string().nullable(),
  patientId: z.string().nullable(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  action: z.string(),
  outcome: z.enum(['success', 'denied', 'failure']),
  ip: z.string().nullable(),
  purpose: z.string().nullable(),
  requestId: z.string().nullable(),
});
export type AuditEventView = z.infer<typeof auditEventSchema>;

export const auditEventQuerySchema = z.object({
  actorId: z.string().max(64).optional(),
  patientId: z.uuid({ message: '患者编号格式不正确 / Invalid patient id' }).optional(),
  action: z.string().max(32).optional(),
  outcome: z.enum(['success', 'denied', 'failure']).optional(),
  objectType: z.string().max(64).optional(),
  from: z.iso.datetime({ message: '开始时间格式不正确 / Invalid start time' }).optional(),
  to: z.iso.datetime({ message: '结束时间格式不正确 / Invalid end time' }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const auditEventListSchema = z.object({ items: z.array(auditEventSchema), total: z.number().int() });

export const securityAlertSchema = z.object({
  id: z.string(),
  kind: z.enum(['bulk_access', 'failed_logins', 'relative_access']),
  severity: z.enum(['low', 'medium', 'high']),
  actorId: z.string().nullable(),
  patientId: z.string().nullable(),
  summary: z.string(),
  count: z.number().int(),
  createdAt: z.iso.datetime(),
  acknowledged: z.boolean(),
});
export type SecurityAlert = z.infer<typeof securityAlertSchema>;

export const chainCheckSchema = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  brokenAt: z.number().int().optional(),
  reason: z.enum(['hash', 'link', 'gap']).optional(),
});
