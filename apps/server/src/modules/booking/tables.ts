import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../auth/tables';
import { doctors } from '../catalog/tables';
import { patients } from '../patients/tables';
import { clinicSessions, slots } from '../schedule/tables';

export const ACTIVE_BOOKING = ['held', 'confirmed'] as const;

/** A booked place (挂号). Until paid it is `held`; an expired hold gives its place back. */
export const bookings = pgTable(
  'bookings',
  {
    id: uuid().primaryKey().defaultRandom(),
    slotId: uuid()
      .notNull()
      .references(() => slots.id),
    sessionId: uuid()
      .notNull()
      .references(() => clinicSessions.id),
    doctorId: uuid()
      .notNull()
      .references(() => doctors.id),
    departmentId: uuid().notNull(),
    patientId: uuid()
      .notNull()
      .references(() => patients.id),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    date: date().notNull(),
    status: text().notNull(),
    visitNo: integer().notNull(),
    feeFen: integer().notNull(),
    holdExpiresAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    cancelledAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // One booking per patient per doctor per day, enforced by the database.
    uniqueIndex('bookings_patient_doctor_day_uq').on(t.patientId, t.doctorId, t.date).where(sql`${t.status} in ('held', 'confirmed')`),
    index('bookings_account_idx').on(t.accountId, t.createdAt),
    index('bookings_hold_idx').on(t.status, t.holdExpiresAt),
  ],
);

/** Visit numbers (就诊序号) per session, issued in order. */
export const sessionCounters = pgTable('session_counters', {
  sessionId: uuid()
    .primaryKey()
    .references(() => clinicSessions.id),
  issued: integer().notNull().default(0),
});

/** Departments a patient has bookings in on a day: at most 3, kept by conditional increments. */
export const patientDays = pgTable(
  'patient_days',
  {
    patientId: uuid().notNull(),
    date: date().notNull(),
    departments: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.patientId, t.date] }), check('patient_days_departments', sql`${t.departments} >= 0`)],
);

export const patientDayDepartments = pgTable(
  'patient_day_departments',
  {
    patientId: uuid().notNull(),
    date: date().notNull(),
    departmentId: uuid().notNull(),
    bookings: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.patientId, t.date, t.departmentId] })],
);

/** Open bookings per account, capped by configuration with a conditional increment. */
export const accountOpenBookings = pgTable('account_open_bookings', {
  accountId: uuid()
    .primaryKey()
    .references(() => accounts.id),
  open: integer().notNull().default(0),
});
