import { index, integer, pgTable, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { doctors } from '../catalog/tables';
import { patients } from '../patients/tables';

const ts = () => timestamp({ withTimezone: true });

/**
 * 电子健康档案. Height, weight and blood type stay in clear for clinical lists; everything free-text or
 * identifying (address, histories, allergies, conditions, medications) is one encrypted JSON document.
 */
export const healthRecords = pgTable('health_records', {
  patientId: uuid()
    .primaryKey()
    .references(() => patients.id),
  heightCm: real(),
  weightKg: real(),
  bloodType: text().notNull().default('unknown'),
  contentEnc: text().notNull(),
  version: integer().notNull(),
  updatedAt: ts().notNull(),
  updatedByKind: text().notNull(),
  updatedById: text().notNull(),
});

/** Every saved version (who, when, which fields), with the saved content encrypted. */
export const healthRecordVersions = pgTable(
  'health_record_versions',
  {
    id: uuid().primaryKey().defaultRandom(),
    patientId: uuid()
      .notNull()
      .references(() => patients.id),
    version: integer().notNull(),
    changedAt: ts().notNull(),
    changedByKind: text().notNull(),
    changedById: text().notNull(),
    fields: text().array().notNull(),
    snapshotEnc: text().notNull(),
  },
  (t) => [index('health_record_versions_patient_idx').on(t.patientId, t.version)],
);

/**
 * Who may read a patient's record besides the patient: a doctor, for a purpose, until a time. Patients grant
 * these now; bookings and consultations will add their own rows.
 */
export const careRelationships = pgTable(
  'care_relationships',
  {
    id: uuid().primaryKey().defaultRandom(),
    patientId: uuid()
      .notNull()
      .references(() => patients.id),
    doctorId: uuid()
      .notNull()
      .references(() => doctors.id),
    source: text().notNull(),
    validFrom: ts().notNull(),
    validUntil: ts().notNull(),
    createdBy: text().notNull(),
    revokedAt: ts(),
  },
  (t) => [index('care_relationships_doctor_idx').on(t.doctorId, t.validUntil), index('care_relationships_patient_idx').on(t.patientId)],
);
