import { ORDER_ITEM_CATEGORY_LABELS, type FeeDetails, type FeeVisit, type OrderItemCategory, type OrderStatus } from '@xinglin/contracts';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { AuditService } from '../audit/service';
import { outpatientOrderBills } from '../billing/tables';
import type { PatientsService } from '../patients';
import type { Caller } from '../patients/service';
import * as repo from './repository';
import { orders } from './tables';

const PAID: OrderStatus[] = ['paid', 'refunding', 'refunded'];
type Line = FeeVisit['lines'][number];

/** Sums one visit's lines per category and by payment state. */
function visitOf(visit: string, source: string, description: string, lines: Line[], refundedFen: number): FeeVisit {
  const byCategory = new Map<OrderItemCategory, number>();
  for (const l of lines) byCategory.set(l.category, (byCategory.get(l.category) ?? 0) + l.amountFen);
  const sum = (ls: Line[]) => ls.reduce((s, l) => s + l.amountFen, 0);
  return {
    visit, source, description, lines,
    byCategory: [...byCategory].map(([category, amountFen]) => ({ category, label: ORDER_ITEM_CATEGORY_LABELS[category], amountFen })),
    paidFen: sum(lines.filter((l) => PAID.includes(l.orderStatus))),
    unpaidFen: sum(lines.filter((l) => !PAID.includes(l.orderStatus))),
    refundedFen,
  };
}

/**
 * 费用明细: every fee of a patient per visit (a booking, or an HIS outpatient visit) and per item, with category
 * subtotals, so nothing is "收费模糊". For whoever may read the patient's records; audited.
 */
export function createFeeService(deps: { db: Db; audit: AuditService; patients: Pick<PatientsService, 'core'> }) {
  return {
    details: (caller: Caller, patientId: string, visit?: string): Promise<FeeDetails> =>
      deps.db.transaction(async (tx) => {
        await deps.patients.core.requireAccess(tx, caller, patientId, 'record');
        await deps.audit.record(tx, { actor: { kind: 'patient', id: caller.accountId, role: 'patient' }, patientId, objectType: 'fees', objectId: visit ?? null, action: 'read', outcome: 'success', ip: caller.ip, requestId: caller.requestId });
        const rows = await tx.select().from(orders).where(and(eq(orders.patientId, patientId), ne(orders.status, 'closed'))).orderBy(asc(orders.createdAt));
        const ids = rows.map((o) => o.id);
        const items = await repo.itemsOf(tx, ids);
        const bills = ids.length ? await tx.select().from(outpatientOrderBills).where(inArray(outpatientOrderBills.orderId, ids)) : [];
        const visits = new Map<string, { source: string; description: string; lines: Line[]; refundedFen: number }>();
        const add = (key: string, source: string, description: string, lines: Line[], refundedFen: number) => {
          const v = visits.get(key) ?? { source, description, lines: [], refundedFen: 0 };
          v.lines.push(...lines);
          v.refundedFen += refundedFen;
          visits.set(key, v);
        };
        for (const o of rows) {
          const base = { orderId: o.id, orderNo: o.orderNo, orderStatus: o.status as OrderStatus, paidAt: o.paidAt?.toISOString() ?? null };
          const line = (i: { name: string; category: string; quantity: number; unitFen: number; amountFen: number }): Line => ({
            ...base, name: i.name, category: i.category as OrderItemCategory, categoryLabel: ORDER_ITEM_CATEGORY_LABELS[i.category as OrderItemCategory] ?? '其他费用', quantity: i.quantity, unitFen: i.unitFen, amountFen: i.amountFen,
          });
          const ofOrder = bills.filter((b) => b.orderId === o.id);
          if (ofOrder.length) {
            // An outpatient order may pay bills of several visits: each bill goes to its own visit, refunds pro rata.
            for (const b of ofOrder) add(b.visitNo, 'outpatient', `${b.department} ${b.doctor}`, b.items.map(line), o.totalFen ? Math.round((b.totalFen * o.refundedFen) / o.totalFen) : 0);
          } else {
            add(o.source === 'booking' ? o.sourceId : `${o.source}:${o.sourceId}`, o.source, o.description, items.filter((i) => i.orderId === o.id).map(line), o.refundedFen);
          }
        }
        const all = [...visits].map(([key, v]) => visitOf(key, v.source, v.description, v.lines, v.refundedFen)).filter((v) => !visit || v.visit === visit);
        return { patientId, visits: all, totalPaidFen: all.reduce((s, v) => s + v.paidFen - v.refundedFen, 0) };
      }),
  };
}
