import { z } from 'zod';
import { phoneSchema } from './common';

export const idTypeSchema = z.enum(['mainland_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreign_permanent_resident']);
export type IdType = z.infer<typeof idTypeSchema>;
export const relationSchema = z.enum(['self', 'spouse', 'parent', 'child', 'other']);
export type Relation = z.infer<typeof relationSchema>;

/** L0 none, L1 phone verified, L2 name + ID confirmed, L3 face verified. Booking needs L2. */
export const verificationLevelSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);

const nameSchema = z.string().trim().min(1, { message: '请输入姓名 / Please enter the name' }).max(50);
const idNumberInput = z.string().trim().min(1, { message: '请输入证件号码 / Please enter the ID number' }).max(32);

export const medicalCardSchema = z.object({ cardNo: z.string(), addedAt: z.iso.datetime() });

/** A patient as the account that manages them sees it: ID number and phone masked. */
export const patientSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  relation: relationSchema,
  isSelf: z.boolean(),
  gender: z.enum(['male', 'female']).nullable(),
  birthDate: z.string().nullable(),
  age: z.number().int().nullable(),
  idType: idTypeSchema,
  idNumberMasked: z.string(),
  phoneMasked: z.string().nullable(),
  verificationLevel: verificationLevelSchema,
  reviewStatus: z.enum(['none', 'pending_review', 'approved', 'rejected']),
  /** Whether this account may read the patient's health record (always for self and children). */
  recordAccess: z.boolean(),
  cards: z.array(medicalCardSchema),
});
export type PatientSummary = z.infer<typeof patientSummarySchema>;
export const patientListSchema = z.object({ items: z.array(patientSummarySchema), limit: z.number().int() });

export const realNameRequestSchema = z.object({ name: nameSchema, idType: idTypeSchema.default('mainland_id'), idNumber: idNumberInput });

export const faceStartSchema = z.object({ bizToken: z.string(), url: z.string() });
export const faceResultSchema = z.object({ status: z.enum(['pending', 'passed', 'failed']), verificationLevel: verificationLevelSchema });

export const familyInvitationRequestSchema = z.object({
  name: nameSchema,
  idType: idTypeSchema.default('mainland_id'),
  idNumber: idNumberInput,
  relation: relationSchema.exclude(['self']),
  /** Required for anyone 14 or older: they confirm with a code sent to this phone. */
  phone: phoneSchema.optional(),
});
export const familyInvitationSentSchema = z.object({ invitationId: z.string(), phoneMasked: z.string(), expiresInSeconds: z.number().int() });
export const familyInvitationConfirmSchema = z.object({ code: z.string().regex(/^\d{6}$/, { message: '验证码为 6 位数字 / The code is 6 digits' }) });

export const managerSchema = z.object({
  accountId: z.string(),
  displayName: z.string(),
  phoneMasked: z.string(),
  relation: relationSchema,
  since: z.iso.datetime(),
  recordAccess: z.boolean(),
});
export const managerListSchema = z.object({ items: z.array(managerSchema) });
export const recordAccessGrantSchema = z.object({ granted: z.boolean() });

export const addCardSchema = z.object({ cardNo: z.string().trim().regex(/^[A-Za-z0-9]{6,20}$/, { message: '就诊卡号为 6–20 位字母或数字 / A medical card number is 6–20 letters or digits' }) });

export const revealQuerySchema = z.object({ field: z.enum(['idNumber', 'phone']) });
export const revealResultSchema = z.object({ field: z.enum(['idNumber', 'phone']), value: z.string() });

export const wechatLoginRequestSchema = z.object({
  code: z.string().min(1).max(128),
  /** The getPhoneNumber button's code; needed the first time an openid is seen. */
  phoneCode: z.string().min(1).max(128).optional(),
});
