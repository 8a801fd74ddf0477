import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../auth/tables';

export const idType = pgEnum('id_type', ['mainland_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreign_permanent_resident']);
export const relation = pgEnum('relation', ['self', 'spouse', 'parent', 'child', 'other']);

const ts = () => timestamp({ withTimezone: true });

/**
 * A person who can be a patient (就诊人). One row per real person: two accounts adding the same ID number share it.
 * ID number and phone are encrypted (context `patients.<column>:<id>`); the blind indexes find them.
 */
export const patients = pgTable(
  'patients',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    idType: idType().notNull(),
    idNumberEnc: text().notNull(),
    idNumberIndex: text().notNull(),
    gender: text(),
    birthDate: date(),
    phoneEnc: text(),
    phoneIndex: text(),
    /** Blind index of the home address, for the "likely relative" audit alert. */
    addressIndex: text(),
    /** The account that is this person (after real-name verification of the account holder). */
    selfAccountId: uuid().references(() => accounts.id),
    verificationLevel: integer().notNull().default(1),
    verifiedAt: ts(),
    verifiedMethod: text(),
    reviewStatus: text().notNull().default('none'),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('patients_id_number_uq').on(t.idType, t.idNumberIndex),
    uniqueIndex('patients_self_account_uq').on(t.selfAccountId),
  ],
);

/** Who manages whom. Managing gives booking and payment rights; the health record needs recordAccess. */
export const patientManagers = pgTable(
  'patient_managers',
  {
    id: uuid().primaryKey().defaultRandom(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    patientId: uuid()
      .notNull()
      .references(() => patients.id),
    relation: relation().notNull(),
    recordAccess: boolean().notNull().default(false),
    consentMethod: text().notNull(),
    createdAt: ts().notNull().defaultNow(),
    revokedAt: ts(),
    revokedBy: uuid(),
  },
  (t) => [
    uniqueIndex('patient_managers_live_uq').on(t.accountId, t.patientId).where(sql`${t.revokedAt} is null`),
    index('patient_managers_patient_idx').on(t.patientId),
  ],
);

export const medicalCards = pgTable('medical_cards', {
  id: uuid().primaryKey().defaultRandom(),
  patientId: uuid()
    .notNull()
    .references(() => patients.id),
  cardNo: text().notNull().unique(),
  createdAt: ts().notNull().defaultNow(),
});

/** An adult's consent is pending until they enter the code sent to their phone. */
export const familyInvitations = pgTable('family_invitations', {
  id: uuid().primaryKey().defaultRandom(),
  accountId: uuid()
    .notNull()
    .references(() => accounts.id),
  name: text().notNull(),
  idType: idType().notNull(),
  idNumberEnc: text().notNull(),
  phoneEnc: text().notNull(),
  relation: relation().notNull(),
  expiresAt: ts().notNull(),
  confirmedAt: ts(),
  createdAt: ts().notNull().defaultNow(),
});

export const faceVerifications = pgTable('face_verifications', {
  bizToken: text().primaryKey(),
  patientId: uuid()
    .notNull()
    .references(() => patients.id),
  accountId: uuid()
    .notNull()
    .references(() => accounts.id),
  status: text().notNull().default('pending'),
  createdAt: ts().notNull().defaultNow(),
  completedAt: ts(),
});
