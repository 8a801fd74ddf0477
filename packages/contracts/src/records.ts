import { z } from 'zod';

const item = z.string().trim().min(1).max(100);
const text = z.string().max(2000);

export const bloodTypeSchema = z.enum(['A', 'B', 'AB', 'O', 'unknown']);

/** 电子健康档案: what a patient keeps and a doctor with a care relationship may read. */
export const healthRecordFieldsSchema = z.object({
  heightCm: z.number().min(30).max(250).nullable(),
  weightKg: z.number().min(1).max(400).nullable(),
  bloodType: bloodTypeSchema,
  address: z.string().max(200).nullable(),
  pastHistory: text,
  allergies: z.array(item).max(50),
  chronicConditions: z.array(item).max(50),
  medications: z.array(item).max(50),
  familyHistory: text,
});
export type HealthRecordFields = z.infer<typeof healthRecordFieldsSchema>;

export const healthRecordSchema = healthRecordFieldsSchema.extend({
  patientId: z.string(),
  version: z.number().int(),
  updatedAt: z.iso.datetime().nullable(),
});
export type HealthRecord = z.infer<typeof healthRecordSchema>;

/** Saving sends the version it started from; a stale version answers 409 instead of overwriting. */
export const healthRecordUpdateSchema = healthRecordFieldsSchema.extend({ version: z.number().int().min(0) });

export const healthRecordVersionSchema = z.object({
  version: z.number().int(),
  changedAt: z.iso.datetime(),
  changedBy: z.string().describe('本人, a masked family member name, or staff name'),
  fields: z.array(z.string()),
});
export const healthRecordHistorySchema = z.object({ items: z.array(healthRecordVersionSchema) });

/** "Who viewed my record": each staff access, newest first. */
export const recordAccessEntrySchema = z.object({
  at: z.iso.datetime(),
  staffName: z.string(),
  role: z.string(),
  department: z.string().nullable(),
  action: z.string(),
  purpose: z.string().nullable(),
  outcome: z.enum(['success', 'denied', 'failure']),
});
export const recordAccessLogSchema = z.object({ items: z.array(recordAccessEntrySchema) });

export const careGrantRequestSchema = z.object({
  doctorId: z.uuid({ message: '医生编号格式不正确 / Invalid doctor id' }),
  days: z.number().int().min(1).max(90).default(7),
});
export const careGrantSchema = z.object({
  id: z.string(),
  doctorId: z.string(),
  doctorName: z.string(),
  departmentName: z.string(),
  validUntil: z.iso.datetime(),
  source: z.string(),
});
export const careGrantListSchema = z.object({ items: z.array(careGrantSchema) });

/** What a doctor sees in the workbench patient list (only patients with a live care relationship). */
export const clinicalPatientSchema = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.enum(['male', 'female']).nullable(),
  age: z.number().int().nullable(),
  idNumberMasked: z.string(),
  cards: z.array(z.string()),
  relationshipUntil: z.iso.datetime(),
});
export const clinicalPatientListSchema = z.object({ items: z.array(clinicalPatientSchema) });
export const clinicalSearchQuerySchema = z.object({ q: z.string().trim().max(50).optional() });
