import { doublePrecision, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../auth/tables';
import { patients } from '../patients/tables';

const ts = () => timestamp({ withTimezone: true });

/**
 * Every inbound message (HL7 MSH-10 or FHIR Bundle id), once. The unique key is what makes a repeated message
 * harmless: the second insert of the same (facility, control id) does nothing, even when both arrive at once.
 */
export const inboundMessages = pgTable(
  'report_inbound_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    sendingFacility: text().notNull(),
    messageId: text().notNull(),
    source: text().notNull(),
    receivedAt: ts().notNull(),
    /** stored | unmatched */
    outcome: text().notNull(),
    reportCount: integer().notNull(),
  },
  (t) => [uniqueIndex('report_inbound_messages_uq').on(t.sendingFacility, t.messageId)],
);

/**
 * Results that could not be matched to a patient, kept whole (the normalised message, encrypted) until staff
 * match them; their reports exist already, without a patient.
 */
export const unmatchedResults = pgTable(
  'report_unmatched',
  {
    id: uuid().primaryKey().defaultRandom(),
    messageLogId: uuid()
      .notNull()
      .references(() => inboundMessages.id),
    reason: text().notNull(),
    payloadEnc: text().notNull(),
    receivedAt: ts().notNull(),
    resolvedAt: ts(),
    resolvedBy: uuid(),
    patientId: uuid().references(() => patients.id),
  },
  (t) => [index('report_unmatched_open_idx').on(t.resolvedAt, t.receivedAt)],
);

/**
 * One lab panel or imaging study result. The id is a random uuid, never shown as a sequence. The patient data
 * the sender gave (PID: identifiers, name, birth date) and free text (notes, imaging findings) are encrypted.
 */
export const reports = pgTable(
  'reports',
  {
    id: uuid().primaryKey().defaultRandom(),
    patientId: uuid().references(() => patients.id),
    unmatchedId: uuid().references(() => unmatchedResults.id),
    source: text().notNull(),
    sendingFacility: text().notNull(),
    fillerOrderNo: text().notNull(),
    placerOrderNo: text(),
    messageId: text().notNull(),
    /** pending | ready | corrected */
    status: text().notNull(),
    /** lab | imaging */
    kind: text().notNull(),
    code: text().notNull(),
    name: text().notNull(),
    specimen: text(),
    serviceSection: text(),
    resultStatus: text(),
    orderingDoctor: text(),
    collectedAt: ts(),
    releasedAt: ts(),
    studyInstanceUid: text(),
    modality: text(),
    subjectEnc: text().notNull(),
    contentEnc: text().notNull(),
    version: integer().notNull(),
    receivedAt: ts().notNull(),
    updatedAt: ts().notNull(),
  },
  (t) => [
    uniqueIndex('reports_filler_order_uq').on(t.sendingFacility, t.fillerOrderNo),
    index('reports_patient_idx').on(t.patientId, t.releasedAt),
    index('reports_unmatched_idx').on(t.unmatchedId),
  ],
);

/** One result line (OBX) of a report, replaced as a whole when a corrected report arrives. */
export const observations = pgTable(
  'report_observations',
  {
    id: uuid().primaryKey().defaultRandom(),
    reportId: uuid()
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    seq: integer().notNull(),
    valueType: text().notNull(),
    code: text().notNull(),
    name: text().notNull(),
    codeSystem: text(),
    value: text().notNull(),
    numeric: doublePrecision(),
    comparator: text(),
    unit: text(),
    referenceRange: text(),
    referenceLow: doublePrecision(),
    referenceHigh: doublePrecision(),
    flags: text().array().notNull(),
    status: text(),
    observedAt: ts(),
    notes: text().array().notNull(),
  },
  (t) => [index('report_observations_report_idx').on(t.reportId, t.seq), index('report_observations_code_idx').on(t.code)],
);

/** A revocable, expiring link to one report; the token is signed, the row says whether it still opens. */
export const reportShares = pgTable(
  'report_shares',
  {
    id: uuid().primaryKey().defaultRandom(),
    reportId: uuid()
      .notNull()
      .references(() => reports.id),
    patientId: uuid()
      .notNull()
      .references(() => patients.id),
    createdBy: uuid()
      .notNull()
      .references(() => accounts.id),
    recipient: text(),
    createdAt: ts().notNull(),
    expiresAt: ts().notNull(),
    revokedAt: ts(),
    openCount: integer().notNull().default(0),
  },
  (t) => [index('report_shares_report_idx').on(t.reportId)],
);
