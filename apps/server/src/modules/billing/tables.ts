import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orders } from '../payments/tables';
import { patients } from '../patients/tables';

const at = (name?: string) => (name ? timestamp(name, { withTimezone: true }) : timestamp({ withTimezone: true }));

export interface BillItemSnapshot {
  code: string;
  name: string;
  category: string;
  quantity: number;
  unitFen: number;
  amountFen: number;
  insuranceClass: 'A' | 'B' | 'self';
}

/**
 * 门诊缴费单 in an order: which HIS bills one outpatient order pays, as the HIS priced them when the order was opened
 * (so fee details per visit and item stay explainable even after the HIS archives them). `settledAt` is set once
 * the HIS has been told they are paid.
 */
export const outpatientOrderBills = pgTable(
  'outpatient_order_bills',
  {
    orderId: uuid()
      .notNull()
      .references(() => orders.id),
    billNo: text().notNull(),
    visitNo: text().notNull(),
    patientId: uuid()
      .notNull()
      .references(() => patients.id),
    title: text().notNull(),
    department: text().notNull(),
    doctor: text().notNull(),
    totalFen: integer().notNull(),
    items: jsonb().$type<BillItemSnapshot[]>().notNull(),
    settledAt: at(),
    createdAt: at().notNull(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.billNo] }), index('outpatient_order_bills_bill_idx').on(t.billNo), index('outpatient_order_bills_patient_idx').on(t.patientId, t.visitNo)],
);

/**
 * 人工退款: one admin asks, a different admin approves (or rejects); only the approval writes the refund, in the
 * same transaction. At most one open request per order.
 */
export const manualRefundRequests = pgTable(
  'manual_refund_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id),
    amountFen: integer().notNull(),
    reason: text().notNull(),
    /** requested | approved | rejected */
    status: text().notNull().default('requested'),
    requestedBy: uuid().notNull(),
    requestedAt: at().notNull(),
    decidedBy: uuid(),
    decidedAt: at(),
    refundId: uuid(),
  },
  (t) => [
    uniqueIndex('manual_refund_open_uq').on(t.orderId).where(sql`${t.status} = 'requested'`),
    index('manual_refund_status_idx').on(t.status, t.requestedAt),
    // The database, not only the service, refuses a self-approval.
    check('manual_refund_two_people', sql`${t.decidedBy} is null or ${t.decidedBy} <> ${t.requestedBy}`),
    check('manual_refund_amount', sql`${t.amountFen} > 0`),
  ],
);
