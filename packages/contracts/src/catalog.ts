import { z } from 'zod';

export const doctorTitleSchema = z.enum(['chief', 'associate_chief', 'attending', 'resident']);
export type DoctorTitle = z.infer<typeof doctorTitleSchema>;
/** Display names for titles; clients and seed share them. */
export const doctorTitleNames: Record<DoctorTitle, { zh: string; en: string }> = {
  chief: { zh: '主任医师', en: 'Chief Physician' },
  associate_chief: { zh: '副主任医师', en: 'Associate Chief Physician' },
  attending: { zh: '主治医师', en: 'Attending Physician' },
  resident: { zh: '住院医师', en: 'Resident Physician' },
};

export const campusSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  address: z.string(),
  phone: z.string(),
});

export const hospitalSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  level: z.string().describe('e.g. 三级甲等'),
  intro: z.string(),
  campuses: z.array(campusSchema),
});
export type Hospital = z.infer<typeof hospitalSchema>;

export const departmentSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  groupName: z.string().describe('e.g. 内科'),
  groupNameEn: z.string(),
  campusId: z.string(),
  location: z.string().describe('Building / floor / area, e.g. 门诊楼3层A区'),
  intro: z.string(),
  /** False for 检验科 / 放射科 / 药剂科-style departments that patients cannot book. */
  bookable: z.boolean(),
  doctorCount: z.number().int(),
});
export type Department = z.infer<typeof departmentSchema>;

export const doctorSchema = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.enum(['male', 'female']),
  title: doctorTitleSchema,
  departmentId: z.string(),
  departmentName: z.string(),
  specialties: z.array(z.string()),
  diseases: z.array(z.string()),
  intro: z.string(),
  avatarUrl: z.string(),
});
export type Doctor = z.infer<typeof doctorSchema>;

export const doctorListQuerySchema = z.object({
  departmentId: z.uuid({ message: '科室编号格式不正确 / Invalid department id' }).optional(),
  title: doctorTitleSchema.optional(),
  q: z.string().trim().max(50).optional().describe('Doctor name, specialty or disease'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const doctorListSchema = z.object({ items: z.array(doctorSchema), total: z.number().int() });
export const departmentListSchema = z.object({ items: z.array(departmentSchema) });

export const registrationLevelSchema = z.enum(['general', 'expert', 'special']);
/** 普通号 / 专家号 / 特需号 */
export const registrationLevelNames: Record<z.infer<typeof registrationLevelSchema>, { zh: string; en: string }> = {
  general: { zh: '普通号', en: 'General' },
  expert: { zh: '专家号', en: 'Specialist' },
  special: { zh: '特需号', en: 'VIP clinic' },
};

export const slotAvailabilitySchema = z.object({
  id: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  remaining: z.number().int(),
});

/** One half-day clinic with live availability; before release the slots show but cannot be booked. */
export const clinicSessionSchema = z.object({
  id: z.string(),
  doctorId: z.string(),
  date: z.string(),
  period: z.enum(['morning', 'afternoon', 'evening']),
  level: registrationLevelSchema,
  feeFen: z.number().int().describe('Registration fee in fen (1/100 yuan)'),
  status: z.enum(['open', 'stopped']),
  releaseAt: z.iso.datetime(),
  released: z.boolean(),
  capacity: z.number().int(),
  remaining: z.number().int(),
  slots: z.array(slotAvailabilitySchema),
});
export type ClinicSession = z.infer<typeof clinicSessionSchema>;

export const doctorSessionsQuerySchema = z.object({
  from: z.iso.date({ message: '日期格式应为 YYYY-MM-DD / The date must be YYYY-MM-DD' }).optional(),
  days: z.coerce.number().int().min(1).max(14).default(7),
});
export const doctorSessionsSchema = z.object({ items: z.array(clinicSessionSchema) });

// ---- Search (找医生): departments and doctors ranked for a Chinese query, with live availability ----

export const searchQuerySchema = z.object({
  q: z.string().trim().max(50, { message: '搜索词最多 50 个字 / The query is at most 50 characters' }).default(''),
  date: z.iso.date({ message: '日期格式应为 YYYY-MM-DD / The date must be YYYY-MM-DD' }).optional().describe('Only doctors with a clinic that day'),
  title: doctorTitleSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** Why a result matched: its name, its department, a disease or specialty, its introduction, or a symptom word. */
export const searchMatchSchema = z.enum(['name', 'dept', 'keyword', 'intro', 'symptom', 'filter']);

export const sessionAvailabilitySchema = z.object({
  sessionId: z.string(),
  date: z.string(),
  period: z.enum(['morning', 'afternoon', 'evening']),
  level: registrationLevelSchema,
  feeFen: z.number().int(),
  released: z.boolean(),
  /** Places still free in the session's slots (0 when stopped or sold out). */
  remaining: z.number().int(),
});
export type SessionAvailability = z.infer<typeof sessionAvailabilitySchema>;

export const searchDepartmentSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  location: z.string(),
  bookable: z.boolean(),
  matchedBy: searchMatchSchema,
  /** Set when a symptom word led here, e.g. 胃痛 → 消化内科. */
  reason: z.string().nullable(),
  /** Free places over the days searched, across the department's doctors. */
  remaining: z.number().int(),
  score: z.number(),
});

export const searchDoctorSchema = doctorSchema.extend({
  matchedBy: searchMatchSchema,
  score: z.number(),
  remaining: z.number().int(),
  /** The first day with a free place, if any. */
  nextAvailableDate: z.string().nullable(),
  sessions: z.array(sessionAvailabilitySchema),
});
export type SearchDoctor = z.infer<typeof searchDoctorSchema>;

export const searchResultSchema = z.object({
  query: z.object({
    text: z.string(),
    title: doctorTitleSchema.nullable(),
    from: z.string(),
    to: z.string(),
  }),
  departments: z.array(searchDepartmentSchema),
  doctors: z.array(searchDoctorSchema),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
