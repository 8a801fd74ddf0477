import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../auth/tables';
import { patients } from '../patients/tables';

const ts = () => timestamp({ withTimezone: true });

/** One item of a package (e.g. 血常规), with what it checks. */
export interface ExamItem {
  name: string;
  description?: string;
}

/** 体检套餐. `sex` is 'male', 'female' or 'any'; ages are whole years on the exam day, inclusive. */
export const examPackages = pgTable(
  'exam_packages',
  {
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull().unique(),
    name: text().notNull(),
    items: jsonb().$type<ExamItem[]>().notNull(),
    priceFen: integer().notNull(),
    sex: text().notNull().default('any'),
    ageMin: integer(),
    ageMax: integer(),
    /** 注意事项 shown before booking, e.g. 空腹. */
    notes: text().notNull().default(''),
    active: boolean().notNull().default(true),
  },
  (t) => [check('exam_packages_sex', sql`${t.sex} in ('male', 'female', 'any')`), check('exam_packages_price', sql`${t.priceFen} >= 0`)],
);

/**
 * Places per day: a row for one package, or (package null) the exam centre's shared limit for every package.
 * A booking takes one place from each row that exists for its day, so neither can ever be exceeded.
 */
export const examCapacity = pgTable(
  'exam_capacity',
  {
    id: uuid().primaryKey().defaultRandom(),
    date: date().notNull(),
    packageId: uuid().references(() => examPackages.id),
    capacity: integer().notNull(),
    booked: integer().notNull().default(0),
  },
  (t) => [
    uniqueIndex('exam_capacity_package_day_uq').on(t.date, t.packageId).where(sql`${t.packageId} is not null`),
    uniqueIndex('exam_capacity_centre_day_uq').on(t.date).where(sql`${t.packageId} is null`),
    check('exam_capacity_booked_within', sql`${t.booked} >= 0 and ${t.booked} <= ${t.capacity}`),
  ],
);

export const examBookings = pgTable(
  'exam_bookings',
  {
    id: uuid().primaryKey().defaultRandom(),
    packageId: uuid()
      .notNull()
      .references(() => examPackages.id),
    patientId: uuid()
      .notNull()
      .references(() => patients.id),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    date: date().notNull(),
    status: text().notNull(),
    priceFen: integer().notNull(),
    holdExpiresAt: ts(),
    createdAt: ts().notNull(),
    cancelledAt: ts(),
  },
  (t) => [
    // One exam per patient per day, whichever package: the database decides.
    uniqueIndex('exam_bookings_patient_day_uq').on(t.patientId, t.date).where(sql`${t.status} in ('held', 'confirmed')`),
    index('exam_bookings_account_idx').on(t.accountId, t.createdAt),
    index('exam_bookings_hold_idx').on(t.status, t.holdExpiresAt),
  ],
);

/** 疫苗. Dose n (n ≥ 2) needs dose n − 1 at least `intervalDays` earlier. */
export const vaccines = pgTable(
  'vaccines',
  {
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull().unique(),
    name: text().notNull(),
    manufacturer: text().notNull(),
    doses: integer().notNull(),
    intervalDays: integer().notNull().default(0),
    ageMin: integer(),
    ageMax: integer(),
    sex: text().notNull().default('any'),
    priceFen: integer().notNull(),
    notes: text().notNull().default(''),
    active: boolean().notNull().default(true),
  },
  (t) => [
    check('vaccines_doses', sql`${t.doses} between 1 and 10`),
    check('vaccines_interval', sql`${t.intervalDays} >= 0`),
    check('vaccines_sex', sql`${t.sex} in ('male', 'female', 'any')`),
  ],
);

export const vaccineCapacity = pgTable(
  'vaccine_capacity',
  {
    vaccineId: uuid()
      .notNull()
      .references(() => vaccines.id),
    date: date().notNull(),
    capacity: integer().notNull(),
    booked: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.vaccineId, t.date] }), check('vaccine_capacity_booked_within', sql`${t.booked} >= 0 and ${t.booked} <= ${t.capacity}`)],
);

/** A booked dose (接种预约): held → confirmed (paid) → given; or cancelled / expired. */
export const vaccinations = pgTable(
  'vaccinations',
  {
    id: uuid().primaryKey().defaultRandom(),
    vaccineId: uuid()
      .notNull()
      .references(() => vaccines.id),
    patientId: uuid()
      .notNull()
      .references(() => patients.id),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    doseNo: integer().notNull(),
    date: date().notNull(),
    status: text().notNull(),
    priceFen: integer().notNull(),
    holdExpiresAt: ts(),
    createdAt: ts().notNull(),
    cancelledAt: ts(),
    givenAt: ts(),
  },
  (t) => [
    // One open booking per patient per vaccine, and never the same dose twice.
    uniqueIndex('vaccinations_open_uq').on(t.patientId, t.vaccineId).where(sql`${t.status} in ('held', 'confirmed')`),
    uniqueIndex('vaccinations_dose_uq').on(t.patientId, t.vaccineId, t.doseNo).where(sql`${t.status} in ('held', 'confirmed', 'given')`),
    index('vaccinations_account_idx').on(t.accountId, t.createdAt),
    index('vaccinations_hold_idx').on(t.status, t.holdExpiresAt),
  ],
);

/** Doses given (接种记录); immutable once written, so the interval rule can read them safely. */
export const vaccineDoses = pgTable(
  'vaccine_doses',
  {
    id: uuid().primaryKey().defaultRandom(),
    patientId: uuid()
      .notNull()
      .references(() => patients.id),
    vaccineId: uuid()
      .notNull()
      .references(() => vaccines.id),
    doseNo: integer().notNull(),
    givenOn: date().notNull(),
    vaccinationId: uuid().references(() => vaccinations.id),
    recordedBy: uuid(),
    createdAt: ts().notNull(),
  },
  (t) => [uniqueIndex('vaccine_doses_uq').on(t.patientId, t.vaccineId, t.doseNo), check('vaccine_doses_dose_no', sql`${t.doseNo} >= 1`)],
);
