import { z } from 'zod';

// ---- Smart triage (智能导诊): symptoms in, suggested departments with reasons out ----

const sexSchema = z.enum(['male', 'female']);
export const triagePregnancySchema = z.enum(['any', 'pregnant', 'not_pregnant']);

export const triageRequestSchema = z
  .object({
    text: z.string().trim().max(200, { message: '描述最多 200 字 / At most 200 characters' }).optional(),
    bodyPart: z.string().max(32).optional(),
    symptoms: z.array(z.string().trim().min(1).max(32)).max(20).optional(),
    age: z.number().int().min(0).max(130).optional(),
    sex: sexSchema.optional(),
    pregnant: z.boolean().optional(),
  })
  .refine((r) => Boolean(r.text) || Boolean(r.bodyPart) || (r.symptoms?.length ?? 0) > 0, {
    message: '请描述症状或选择部位 / Describe a symptom or pick a body part',
  });
export type TriageRequest = z.infer<typeof triageRequestSchema>;

export const triageReasonSchema = z.object({ symptom: z.string(), zh: z.string(), en: z.string() });

export const triageSuggestionSchema = z.object({
  departmentId: z.string(),
  departmentCode: z.string(),
  departmentName: z.string(),
  departmentNameEn: z.string(),
  location: z.string(),
  bookable: z.boolean(),
  score: z.number(),
  emergency: z.boolean(),
  reasons: z.array(triageReasonSchema),
});

export const triageResultSchema = z.object({
  /** A red flag matched: tell the patient to go to 急诊 now, before anything else. */
  emergency: z.boolean(),
  advice: z.object({ zh: z.string(), en: z.string() }).nullable(),
  suggestions: z.array(triageSuggestionSchema),
});
export type TriageResult = z.infer<typeof triageResultSchema>;

export const triageOptionsSchema = z.object({
  bodyParts: z.array(
    z.object({
      code: z.string(),
      zh: z.string(),
      en: z.string(),
      chips: z.array(z.object({ symptom: z.string(), symptomEn: z.string() })),
    }),
  ),
});
export type TriageOptions = z.infer<typeof triageOptionsSchema>;

/** What an admin edits. */
export const triageRuleInputSchema = z
  .object({
    symptom: z.string().trim().min(1).max(32),
    symptomEn: z.string().trim().min(1).max(64),
    keywords: z.array(z.string().trim().min(1).max(32)).max(30).default([]),
    bodyPart: z.string().max(32).nullable().default(null),
    minAge: z.number().int().min(0).max(130).nullable().default(null),
    maxAge: z.number().int().min(0).max(130).nullable().default(null),
    sex: sexSchema.nullable().default(null),
    pregnancy: triagePregnancySchema.default('any'),
    departmentCode: z.string().trim().min(1).max(32),
    weight: z.number().int().min(1).max(100).default(10),
    emergency: z.boolean().default(false),
    reasonZh: z.string().trim().min(1).max(200),
    reasonEn: z.string().trim().min(1).max(300),
    enabled: z.boolean().default(true),
  })
  .refine((r) => r.minAge === null || r.maxAge === null || r.minAge <= r.maxAge, {
    message: '最小年龄不能大于最大年龄 / The minimum age cannot exceed the maximum age',
    path: ['minAge'],
  });
export type TriageRuleInput = z.infer<typeof triageRuleInputSchema>;

export const triageRuleSchema = z.object({
  id: z.string(),
  code: z.string(),
  symptom: z.string(),
  symptomEn: z.string(),
  keywords: z.array(z.string()),
  bodyPart: z.string().nullable(),
  minAge: z.number().int().nullable(),
  maxAge: z.number().int().nullable(),
  sex: sexSchema.nullable(),
  pregnancy: triagePregnancySchema,
  departmentCode: z.string(),
  departmentName: z.string(),
  weight: z.number().int(),
  emergency: z.boolean(),
  reasonZh: z.string(),
  reasonEn: z.string(),
  enabled: z.boolean(),
  updatedAt: z.iso.datetime(),
});
export type TriageRuleView = z.infer<typeof triageRuleSchema>;

export const triageRuleListSchema = z.object({ items: z.array(triageRuleSchema) });
