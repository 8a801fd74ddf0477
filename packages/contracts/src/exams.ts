import { z } from 'zod';

/** 体检套餐与疫苗接种 (apps/server modules/exams). Prices in fen; dates are China calendar days (YYYY-MM-DD). */
export const sexRestrictionSchema = z.enum(['male', 'female', 'any']);
export type SexRestriction = z.infer<typeof sexRestrictionSchema>;

const day = z.iso.date({ message: '日期格式应为 YYYY-MM-DD / The date must be YYYY-MM-DD' });
const age = z.number().int().min(0).max(150).nullable();

/** Places on one day; days without capacity are left out. */
export const dayAvailabilitySchema = z.object({ date: z.string(), capacity: z.number().int(), remaining: z.number().int() });
export type DayAvailability = z.infer<typeof dayAvailabilitySchema>;

export const examItemSchema = z.object({ name: z.string().min(1).max(60), description: z.string().max(200).optional() });

export const examPackageInputSchema = z.object({
  code: z.string().trim().min(1).max(40).regex(/^[a-z0-9-]+$/, { message: '编码只能包含小写字母、数字和短横线 / Lowercase letters, digits and hyphens only' }),
  name: z.string().trim().min(1).max(60),
  items: z.array(examItemSchema).min(1).max(60),
  priceFen: z.number().int().min(0).max(10_000_000),
  sex: sexRestrictionSchema.default('any'),
  ageMin: age.default(null),
  ageMax: age.default(null),
  notes: z.string().max(1000).default(''),
  active: z.boolean().default(true),
});
export type ExamPackageInput = z.infer<typeof examPackageInputSchema>;

export const examPackageSchema = examPackageInputSchema.extend({ id: z.string(), days: z.array(dayAvailabilitySchema) });
export type ExamPackage = z.infer<typeof examPackageSchema>;
export const examPackageListSchema = z.object({ items: z.array(examPackageSchema) });

export const holdStatusSchema = z.enum(['held', 'confirmed', 'cancelled', 'expired']);

export const examBookingRequestSchema = z.object({
  packageId: z.uuid({ message: '套餐编号格式不正确 / Invalid package id' }),
  patientId: z.uuid({ message: '就诊人编号格式不正确 / Invalid patient id' }),
  date: day,
});

export const examBookingSchema = z.object({
  id: z.string(),
  packageId: z.string(),
  packageName: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  date: z.string(),
  status: holdStatusSchema,
  priceFen: z.number().int(),
  holdExpiresAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type ExamBooking = z.infer<typeof examBookingSchema>;
export const examBookingListSchema = z.object({ items: z.array(examBookingSchema) });

export const examCapacityInputSchema = z.object({
  date: day,
  /** null: the exam centre's shared limit for every package that day. */
  packageId: z.uuid().nullable(),
  capacity: z.number().int().min(0).max(10_000),
});

export const vaccineInputSchema = z.object({
  code: examPackageInputSchema.shape.code,
  name: z.string().trim().min(1).max(60),
  manufacturer: z.string().trim().min(1).max(60),
  doses: z.number().int().min(1).max(10),
  intervalDays: z.number().int().min(0).max(3650).default(0),
  ageMin: age.default(null),
  ageMax: age.default(null),
  sex: sexRestrictionSchema.default('any'),
  priceFen: z.number().int().min(0).max(10_000_000),
  notes: z.string().max(1000).default(''),
  active: z.boolean().default(true),
});
export type VaccineInput = z.infer<typeof vaccineInputSchema>;

export const vaccineSchema = vaccineInputSchema.extend({ id: z.string(), days: z.array(dayAvailabilitySchema) });
export type Vaccine = z.infer<typeof vaccineSchema>;
export const vaccineListSchema = z.object({ items: z.array(vaccineSchema) });

export const vaccineCapacityInputSchema = z.object({ vaccineId: z.uuid(), date: day, capacity: z.number().int().min(0).max(10_000) });

export const vaccinationStatusSchema = z.enum(['held', 'confirmed', 'given', 'cancelled', 'expired']);

export const vaccinationRequestSchema = z.object({
  vaccineId: z.uuid({ message: '疫苗编号格式不正确 / Invalid vaccine id' }),
  patientId: z.uuid({ message: '就诊人编号格式不正确 / Invalid patient id' }),
  date: day,
});

export const vaccinationSchema = z.object({
  id: z.string(),
  vaccineId: z.string(),
  vaccineName: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  doseNo: z.number().int(),
  doses: z.number().int(),
  date: z.string(),
  status: vaccinationStatusSchema,
  priceFen: z.number().int(),
  holdExpiresAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  givenAt: z.iso.datetime().nullable(),
});
export type Vaccination = z.infer<typeof vaccinationSchema>;
export const vaccinationListSchema = z.object({ items: z.array(vaccinationSchema) });

export const eligibilityProblemSchema = z.enum(['sex', 'age_unknown', 'too_young', 'too_old']);

/** Where a family member stands with one vaccine: doses given, the next dose and its earliest date. */
export const dosePlanSchema = z.object({
  vaccineId: z.string(),
  patientId: z.string(),
  doses: z.number().int(),
  intervalDays: z.number().int(),
  given: z.array(z.object({ doseNo: z.number().int(), givenOn: z.string() })),
  nextDose: z.number().int().nullable(),
  earliestDate: z.string().nullable(),
  openVaccinationId: z.string().nullable(),
  /** Why this person cannot have this vaccine (as of the earliest date), or null. */
  problem: eligibilityProblemSchema.nullable(),
});
export type DosePlan = z.infer<typeof dosePlanSchema>;
export const dosePlanQuerySchema = z.object({ patientId: z.string().max(64) });

/** The admin's read of the capacity rows over a range of days (from ≤ to, at most 62 days). */
export const capacityRangeQuerySchema = z.object({ from: day, to: day });
export type CapacityRangeQuery = z.infer<typeof capacityRangeQuerySchema>;

/** One exam capacity row; packageId null is the exam centre's daily total shared by every package. */
export const examCapacityRowSchema = z.object({ date: z.string(), packageId: z.string().nullable(), capacity: z.number().int(), booked: z.number().int() });
export type ExamCapacityRow = z.infer<typeof examCapacityRowSchema>;
export const examCapacityListSchema = z.object({ items: z.array(examCapacityRowSchema) });

export const vaccineCapacityRowSchema = z.object({ vaccineId: z.string(), date: z.string(), capacity: z.number().int(), booked: z.number().int() });
export type VaccineCapacityRow = z.infer<typeof vaccineCapacityRowSchema>;
export const vaccineCapacityListSchema = z.object({ items: z.array(vaccineCapacityRowSchema) });
