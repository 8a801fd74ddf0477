import { boolean, index, integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';

export const doctorTitle = pgEnum('doctor_title', ['chief', 'associate_chief', 'attending', 'resident']);
export const gender = pgEnum('gender', ['male', 'female']);

export const hospitals = pgTable('hospitals', {
  id: uuid().primaryKey().defaultRandom(),
  code: text().notNull().unique(),
  name: text().notNull(),
  nameEn: text().notNull(),
  level: text().notNull(),
  intro: text().notNull(),
});

export const campuses = pgTable('campuses', {
  id: uuid().primaryKey().defaultRandom(),
  hospitalId: uuid()
    .notNull()
    .references(() => hospitals.id),
  code: text().notNull().unique(),
  name: text().notNull(),
  nameEn: text().notNull(),
  address: text().notNull(),
  phone: text().notNull(),
  sortOrder: integer().notNull().default(0),
});

export const departmentGroups = pgTable('department_groups', {
  id: uuid().primaryKey().defaultRandom(),
  code: text().notNull().unique(),
  name: text().notNull(),
  nameEn: text().notNull(),
  sortOrder: integer().notNull().default(0),
});

export const departments = pgTable(
  'departments',
  {
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull().unique(),
    groupId: uuid()
      .notNull()
      .references(() => departmentGroups.id),
    campusId: uuid()
      .notNull()
      .references(() => campuses.id),
    name: text().notNull(),
    nameEn: text().notNull(),
    location: text().notNull(),
    intro: text().notNull(),
    notes: text().notNull().default(''),
    bookable: boolean().notNull().default(true),
    sortOrder: integer().notNull().default(0),
    /** Tagged Chinese search tokens, built at write time (search-tokens.ts). */
    searchTokens: text().array().notNull().default([]),
  },
  (t) => [index('departments_group_idx').on(t.groupId), index('departments_search_idx').using('gin', t.searchTokens)],
);

export const doctors = pgTable(
  'doctors',
  {
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull().unique(),
    departmentId: uuid()
      .notNull()
      .references(() => departments.id),
    name: text().notNull(),
    gender: gender().notNull(),
    title: doctorTitle().notNull(),
    specialties: text().array().notNull().default([]),
    diseases: text().array().notNull().default([]),
    intro: text().notNull(),
    sortOrder: integer().notNull().default(0),
    active: boolean().notNull().default(true),
    /** Tagged Chinese search tokens, built at write time (search-tokens.ts). */
    searchTokens: text().array().notNull().default([]),
  },
  (t) => [index('doctors_department_idx').on(t.departmentId), index('doctors_search_idx').using('gin', t.searchTokens)],
);
