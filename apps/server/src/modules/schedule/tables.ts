import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { doctors } from '../catalog/tables';

export const period = pgEnum('clinic_period', ['morning', 'afternoon', 'evening']);
export const registrationLevel = pgEnum('registration_level', ['general', 'expert', 'special']);

/** A doctor's weekly clinic (出诊模板). */
export const scheduleTemplates = pgTable(
  'schedule_templates',
  {
    id: uuid().primaryKey().defaultRandom(),
    doctorId: uuid()
      .notNull()
      .references(() => doctors.id),
    weekday: integer().notNull(),
    period: period().notNull(),
    level: registrationLevel().notNull(),
    feeFen: integer().notNull(),
    slotMinutes: integer().notNull().default(30),
    placesPerSlot: integer().notNull(),
    active: boolean().notNull().default(true),
  },
  (t) => [uniqueIndex('schedule_templates_uq').on(t.doctorId, t.weekday, t.period), check('schedule_templates_weekday', sql`${t.weekday} between 1 and 7`)],
);

/** One dated half-day clinic (出诊), made from a template or added as an extra session (加号). */
export const clinicSessions = pgTable(
  'clinic_sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    doctorId: uuid()
      .notNull()
      .references(() => doctors.id),
    date: date().notNull(),
    period: period().notNull(),
    level: registrationLevel().notNull(),
    feeFen: integer().notNull(),
    status: text().notNull().default('open'),
    source: text().notNull().default('template'),
    releaseAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('clinic_sessions_uq').on(t.doctorId, t.date, t.period), index('clinic_sessions_date_idx').on(t.date)],
);

/**
 * A 30-minute slot. `booked` never exceeds `capacity`: the database refuses it, and booking is a conditional
 * increment, so nothing is oversold however many requests race.
 */
export const slots = pgTable(
  'slots',
  {
    id: uuid().primaryKey().defaultRandom(),
    sessionId: uuid()
      .notNull()
      .references(() => clinicSessions.id),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    capacity: integer().notNull(),
    booked: integer().notNull().default(0),
  },
  (t) => [index('slots_session_idx').on(t.sessionId, t.startsAt), check('slots_booked_within_capacity', sql`${t.booked} >= 0 and ${t.booked} <= ${t.capacity}`)],
);

/** 放号规则: per hospital (departmentId null) and per department; the department's rule wins. */
export const releaseRules = pgTable(
  'release_rules',
  {
    id: uuid().primaryKey().defaultRandom(),
    departmentId: uuid(),
    daysAhead: integer().notNull(),
    releaseTime: text().notNull(),
    /** 当日挂号: may today's places still be booked on the day? */
    sameDay: boolean().notNull().default(true),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('release_rules_department_uq').on(t.departmentId),
    uniqueIndex('release_rules_hospital_uq').on(sql`(${t.departmentId} is null)`).where(sql`${t.departmentId} is null`),
  ],
);
