import { z } from 'zod';

/** 检验 / 检查报告: what the patient app and the console show of a lab or imaging result. */
export const reportStatusSchema = z.enum(['pending', 'ready', 'corrected']);
export type ReportStatus = z.infer<typeof reportStatusSchema>;
export const reportKindSchema = z.enum(['lab', 'imaging']);

export const reportSummarySchema = z.object({
  id: z.string(),
  patientId: z.string(),
  kind: reportKindSchema,
  code: z.string(),
  name: z.string().describe('Panel or study name, e.g. 血常规'),
  status: reportStatusSchema,
  specimen: z.string().nullable(),
  collectedAt: z.iso.datetime().nullable(),
  releasedAt: z.iso.datetime().nullable(),
  orderingDoctor: z.string().nullable(),
  abnormalCount: z.number().int(),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;
export const reportListSchema = z.object({ items: z.array(reportSummarySchema) });
export const reportListQuerySchema = z.object({ status: reportStatusSchema.optional() });

/** One result line. Abnormal ones carry an arrow and a text, so colour is never the only signal. */
export const reportObservationSchema = z.object({
  seq: z.number().int(),
  code: z.string(),
  name: z.string(),
  valueType: z.string(),
  value: z.string(),
  numeric: z.number().nullable(),
  unit: z.string().nullable(),
  referenceRange: z.string().nullable(),
  flags: z.array(z.string()).describe('HL7 table 0078: H, L, HH, LL, A, N'),
  abnormal: z.boolean(),
  arrow: z.enum(['↑', '↓', '']),
  flagText: z.string().describe('偏高 / 偏低 / 异常 / 危急偏高 / 危急偏低, or empty'),
  hint: z.string().nullable().describe('Plain-language note for abnormal values of common analytes'),
  notes: z.array(z.string()),
  observedAt: z.iso.datetime().nullable(),
});
export type ReportObservation = z.infer<typeof reportObservationSchema>;

export const reportImagingSchema = z.object({
  findings: z.string().nullable().describe('检查所见'),
  impression: z.string().nullable().describe('诊断意见'),
  studyInstanceUid: z.string().nullable(),
  modality: z.string().nullable(),
});

export const reportDetailSchema = reportSummarySchema.extend({
  version: z.number().int(),
  corrected: z.boolean(),
  serviceSection: z.string().nullable(),
  notes: z.array(z.string()),
  observations: z.array(reportObservationSchema),
  imaging: reportImagingSchema.nullable(),
});
export type ReportDetail = z.infer<typeof reportDetailSchema>;

export const reportAnalyteListSchema = z.object({
  items: z.array(z.object({ code: z.string(), name: z.string(), unit: z.string().nullable(), count: z.number().int() })),
});
export const reportTrendQuerySchema = z.object({ code: z.string().trim().min(1).max(64) });
export const reportTrendSchema = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  referenceLow: z.number().nullable(),
  referenceHigh: z.number().nullable(),
  points: z.array(
    z.object({ reportId: z.string(), at: z.iso.datetime(), value: z.string(), numeric: z.number().nullable(), unit: z.string().nullable(), flags: z.array(z.string()), abnormal: z.boolean() }),
  ),
});
export type ReportTrend = z.infer<typeof reportTrendSchema>;

/** Share links: default 72 hours, at most 30 days. */
export const reportShareRequestSchema = z.object({
  hours: z.number().int().min(1).max(720).optional(),
  recipient: z.string().trim().max(50).optional().describe('A note for the patient, e.g. 给张医生'),
});
export const reportShareSchema = z.object({
  id: z.string(),
  reportId: z.string(),
  token: z.string().describe('Opens GET /shared-reports/{token}; only returned when the link is created'),
  path: z.string(),
  recipient: z.string().nullable(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  openCount: z.number().int(),
});
export const reportShareListSchema = z.object({ items: z.array(reportShareSchema.omit({ token: true, path: true })) });

/** What a share link shows: the report, with the patient's name masked. */
export const sharedReportSchema = reportDetailSchema.omit({ patientId: true }).extend({ patientName: z.string(), expiresAt: z.iso.datetime() });

/** Console: results whose patient could not be matched. */
export const unmatchedResultSchema = z.object({
  id: z.string(),
  receivedAt: z.iso.datetime(),
  reason: z.string(),
  source: z.string(),
  sendingFacility: z.string(),
  patient: z.object({
    name: z.string().nullable(),
    birthDate: z.string().nullable(),
    sex: z.string().nullable(),
    identifiers: z.array(z.object({ type: z.string().nullable(), authority: z.string().nullable(), valueMasked: z.string() })),
  }),
  reports: z.array(z.object({ id: z.string(), name: z.string(), collectedAt: z.iso.datetime().nullable() })),
});
export const unmatchedResultListSchema = z.object({ items: z.array(unmatchedResultSchema) });
export const unmatchedMatchRequestSchema = z
  .object({
    patientId: z.uuid().optional(),
    cardNo: z.string().trim().min(1).max(32).optional(),
    idNumber: z.string().trim().min(15).max(18).optional(),
  })
  .refine((v) => [v.patientId, v.cardNo, v.idNumber].filter(Boolean).length === 1, { message: '请提供就诊人编号、就诊卡号或身份证号之一 / Give exactly one of patientId, cardNo, idNumber' });
export const unmatchedMatchResultSchema = z.object({ id: z.string(), patientId: z.string(), reportIds: z.array(z.string()) });
