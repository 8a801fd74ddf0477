import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { departments, gender } from '../catalog/tables';

export const pregnancyCondition = pgEnum('triage_pregnancy', ['any', 'pregnant', 'not_pregnant']);

/**
 * One 导诊 rule: a symptom (with the words patients use for it) pointing to a department, under conditions on
 * age, sex and pregnancy. Hospital admins edit these; the scoring in domain.ts only reads them.
 */
export const triageRules = pgTable(
  'triage_rules',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stable key of seeded rules, so a later seed can add rules without duplicating. */
    code: text().notNull().unique(),
    /** The chip shown to patients, e.g. 胃痛. */
    symptom: text().notNull(),
    symptomEn: text().notNull(),
    /** Words matched in free text; `胸痛+大汗` needs both. */
    keywords: text().array().notNull().default([]),
    bodyPart: text(),
    minAge: integer(),
    maxAge: integer(),
    sex: gender(),
    pregnancy: pregnancyCondition().notNull().default('any'),
    departmentCode: text()
      .notNull()
      .references(() => departments.code),
    weight: integer().notNull().default(10),
    /** A red flag: the answer is "go to 急诊 now". */
    emergency: boolean().notNull().default(false),
    reasonZh: text().notNull(),
    reasonEn: text().notNull(),
    enabled: boolean().notNull().default(true),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('triage_rules_enabled_idx').on(t.enabled),
    check('triage_rules_weight', sql`${t.weight} between 1 and 100`),
    check('triage_rules_age', sql`${t.minAge} is null or ${t.maxAge} is null or ${t.minAge} <= ${t.maxAge}`),
  ],
);
