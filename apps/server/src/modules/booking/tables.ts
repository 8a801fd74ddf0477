import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../auth/tables';
import { doctors } from '../catalog/tables';
import { patients } from '../patients/tables';
import { clinicSessions, slots } from '../schedule/tables';

/** A booking in these states holds a place and counts against the patient's limits. */
export const ACTIVE_BOOKING = ['held', 'confirmed', 'checked_in', 'called'] as const;

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
    /** direct | waitlist | transfer */
    origin: text().notNull().default('direct'),
    checkedInAt: timestamp({ withTimezone: true }),
    calledAt: timestamp({ withTimezone: true }),
    completedAt: timestamp({ withTimezone: true }),
    /** Still counted in the account's open bookings; cleared exactly once when the booking stops being open. */
    openCounted: boolean().notNull().default(true),
  },
  (t) => [
    // One booking per patient per doctor per day, enforced by the database.
    uniqueIndex('bookings_patient_doctor_day_active_uq')
      .on(t.patientId, t.doctorId, t.date)
      .where(sql`${t.status} in ('held', 'confirmed', 'checked_in', 'called')`),
    index('bookings_session_idx').on(t.sessionId, t.visitNo),
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

const ts = () => timestamp({ withTimezone: true });

/**
 * 候补: a patient waiting for one session, or for any doctor of a department on some days. When a place frees
 * up, the first waiting entry (by createdAt) gets a held booking in the same transaction.
 */
export const waitlistEntries = pgTable(
  'waitlist_entries',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The order of joining, strictly increasing even when two join in the same instant: first come, first served. */
    seq: bigint({ mode: 'number' }).generatedAlwaysAsIdentity(),
    patientId: uuid()
      .notNull()
      .references(() => patients.id),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    sessionId: uuid().references(() => clinicSessions.id),
    departmentId: uuid().notNull(),
    dates: date().array().notNull(),
    /** waiting | offered | left | expired */
    status: text().notNull().default('waiting'),
    bookingId: uuid(),
    createdAt: ts().notNull(),
    endedAt: ts(),
  },
  (t) => [
    uniqueIndex('waitlist_patient_session_uq').on(t.patientId, t.sessionId).where(sql`${t.status} = 'waiting' and ${t.sessionId} is not null`),
    uniqueIndex('waitlist_patient_department_uq').on(t.patientId, t.departmentId).where(sql`${t.status} = 'waiting' and ${t.sessionId} is null`),
    index('waitlist_line_idx').on(t.departmentId, t.status, t.seq),
  ],
);

/** 号源转让: the holder offers a booking to a named person, who accepts within the offer's lifetime. */
export const bookingTransfers = pgTable(
  'booking_transfers',
  {
    id: uuid().primaryKey().defaultRandom(),
    bookingId: uuid()
      .notNull()
      .references(() => bookings.id),
    fromAccountId: uuid()
      .notNull()
      .references(() => accounts.id),
    toAccountId: uuid()
      .notNull()
      .references(() => accounts.id),
    toPatientId: uuid()
      .notNull()
      .references(() => patients.id),
    recipientName: text().notNull(),
    /** pending | accepted | declined | cancelled | expired */
    status: text().notNull().default('pending'),
    expiresAt: ts().notNull(),
    createdAt: ts().notNull(),
    decidedAt: ts(),
    newBookingId: uuid(),
  },
  (t) => [
    uniqueIndex('booking_transfers_pending_uq').on(t.bookingId).where(sql`${t.status} = 'pending'`),
    index('booking_transfers_to_idx').on(t.toAccountId, t.createdAt),
    index('booking_transfers_from_idx').on(t.fromAccountId, t.createdAt),
  ],
);

/** Completed transfers per giving account and China month, capped by a conditional increment. */
export const transferQuotas = pgTable(
  'transfer_quotas',
  {
    accountId: uuid().notNull(),
    month: text().notNull(),
    used: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.month] })],
);

/** 爽约申诉: one appeal per no-show booking, reviewed in the console. */
export const noShowAppeals = pgTable(
  'no_show_appeals',
  {
    id: uuid().primaryKey().defaultRandom(),
    bookingId: uuid()
      .notNull()
      .unique()
      .references(() => bookings.id),
    patientId: uuid().notNull(),
    accountId: uuid().notNull(),
    reason: text().notNull(),
    /** pending | approved | rejected */
    status: text().notNull().default('pending'),
    reviewedBy: uuid(),
    reviewNote: text(),
    createdAt: ts().notNull(),
    reviewedAt: ts(),
  },
  (t) => [index('no_show_appeals_status_idx').on(t.status, t.createdAt)],
);

/** A patient suspended from booking after too many no-shows, until the given instant. */
export const bookingSuspensions = pgTable('booking_suspensions', {
  patientId: uuid()
    .primaryKey()
    .references(() => patients.id),
  until: ts().notNull(),
  reason: text().notNull(),
  createdAt: ts().notNull(),
});
