import { bigint, boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained record of who did what to whose data. Never the data values themselves.
 * A trigger (migration 0001) refuses UPDATE, DELETE and TRUNCATE; `npm run audit:verify` walks the chain.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint({ mode: 'number' }).primaryKey(),
    at: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    actorKind: text().notNull(),
    actorId: text(),
    actorRole: text(),
    patientId: uuid(),
    objectType: text().notNull(),
    objectId: text(),
    action: text().notNull(),
    outcome: text().notNull(),
    ip: text(),
    purpose: text(),
    requestId: text(),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [
    index('audit_log_patient_idx').on(t.patientId, t.at),
    index('audit_log_actor_idx').on(t.actorId, t.at),
    index('audit_log_at_idx').on(t.at),
  ],
);

export const securityAlerts = pgTable(
  'security_alerts',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text().notNull(),
    severity: text().notNull(),
    actorId: text(),
    patientId: uuid(),
    summary: text().notNull(),
    count: integer().notNull().default(1),
    firstSeq: bigint({ mode: 'number' }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    acknowledged: boolean().notNull().default(false),
    acknowledgedBy: uuid(),
    acknowledgedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('security_alerts_created_idx').on(t.createdAt)],
);
