import type { OrderItemCategory, OutpatientBill, OutpatientBills, OutpatientOrderRequest } from '@xinglin/contracts';
import { HisError, type HisBill } from '@xinglin/his';
import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { conflict, serviceUnavailable } from '../../errors';
import type { AuditService } from '../audit/service';
import { outpatientOrderBills } from '../billing/tables';
import type { PatientsService } from '../patients';
import type { Caller } from '../patients/service';
import type { HisIntegration } from './his-bills-integration';
import { idempotent, type Stored } from './idempotency';
import { requestRefund } from './refunds';
import * as repo from './repository';
import { openOrder } from './service';
import { orders } from './tables';
import { orderView } from './views';

export interface HisBillsDeps {
  db: Db;
  audit: AuditService;
  patients: Pick<PatientsService, 'core'>;
  his: HisIntegration;
  now: () => Date;
  /** How long an outpatient order may wait at the cashier. */
  payMinutes?: number;
}

const CATEGORIES: readonly OrderItemCategory[] = ['registration', 'examination', 'laboratory', 'medicine', 'treatment', 'other'];
const category = (c: string): OrderItemCategory => (CATEGORIES.includes(c as OrderItemCategory) ? (c as OrderItemCategory) : 'other');
/** The order's key for a set of bills: the same choice again finds the same live order. */
const sourceIdOf = (patientId: string, billNos: string[]) => `${patientId}:${[...billNos].sort().join(',')}`;

export type HisBillsService = ReturnType<typeof createHisBillsService>;

/** 门诊缴费: a family's unpaid HIS bills, paying several in one order, and telling the HIS once paid. */
export function createHisBillsService(deps: HisBillsDeps) {
  const { db, now } = deps;
  const his = () => {
    if (!deps.his.client) throw serviceUnavailable('HIS_UNAVAILABLE', '医院信息系统暂不可用，请到窗口缴费', 'The hospital information system is not available; please pay at the window');
    return deps.his.client;
  };
  const fetchBills = async (patientId: string): Promise<HisBill[]> => {
    try {
      return await his().bills(patientId, 'unpaid');
    } catch (err) {
      if (err instanceof HisError) throw serviceUnavailable('HIS_UNAVAILABLE', '医院信息系统暂不可用，请稍后重试', 'The hospital information system is not available; try again shortly');
      throw err;
    }
  };
  /** Bills already in a live order: which order, in what state. */
  async function liveLinks(tx: Tx, billNos: string[]) {
    if (!billNos.length) return [];
    return tx
      .select({ billNo: outpatientOrderBills.billNo, orderId: orders.id, status: orders.status, sourceId: orders.sourceId })
      .from(outpatientOrderBills)
      .innerJoin(orders, eq(orders.id, outpatientOrderBills.orderId))
      .where(and(inArray(outpatientOrderBills.billNo, billNos), ne(orders.status, 'closed')));
  }

  /** Tells the HIS about paid outpatient orders it has not heard of; bills paid elsewhere meanwhile are refunded. */
  async function settlePaid(limit = 20): Promise<number> {
    const due = await db.transaction((tx) =>
      tx.selectDistinct({ orderId: outpatientOrderBills.orderId }).from(outpatientOrderBills).innerJoin(orders, eq(orders.id, outpatientOrderBills.orderId)).where(and(isNull(outpatientOrderBills.settledAt), eq(orders.status, 'paid'))).limit(limit),
    );
    let settled = 0;
    for (const { orderId } of due) {
      const order = await db.transaction((tx) => repo.findOrder(tx, orderId));
      const bills = await db.transaction((tx) => tx.select({ billNo: outpatientOrderBills.billNo }).from(outpatientOrderBills).where(eq(outpatientOrderBills.orderId, orderId)));
      if (!order || !deps.his.client) continue;
      let refused = false;
      try {
        await deps.his.client.settle(bills.map((b) => b.billNo), order.orderNo, order.transactionId ?? '', order.totalFen);
      } catch (err) {
        if (!(err instanceof HisError && (err.code === 'CONFLICT' || err.code === 'NOT_FOUND'))) continue; // retried next run
        refused = true;
      }
      await db.transaction(async (tx) => {
        const t = now();
        await tx.update(outpatientOrderBills).set({ settledAt: t }).where(eq(outpatientOrderBills.orderId, orderId));
        if (refused) {
          const fresh = (await repo.findOrder(tx, orderId))!;
          const payment = fresh.paymentId ? await repo.findPayment(tx, fresh.paymentId) : null;
          if (payment) await requestRefund(tx, fresh, payment, '缴费单已在其他渠道缴清，自动退款', true, t);
        }
        await deps.audit.record(tx, { actor: { kind: 'system', id: null, role: null }, patientId: order.patientId, objectType: 'order', objectId: orderId, action: refused ? 'his_settle_refused' : 'his_settled', outcome: refused ? 'failure' : 'success' });
      });
      settled++;
    }
    return settled;
  }

  return {
    settlePaid,

    async unpaid(caller: Caller): Promise<OutpatientBills> {
      await settlePaid().catch(() => 0);
      const family = await db.transaction((tx) => deps.patients.core.summaries(tx, caller.accountId));
      const out: OutpatientBills['patients'] = [];
      for (const p of family) {
        const bills = await fetchBills(p.id);
        const shown = await db.transaction(async (tx) => {
          const links = await liveLinks(tx, bills.map((b) => b.billNo));
          await deps.audit.record(tx, { actor: { kind: 'patient', id: caller.accountId, role: 'patient' }, patientId: p.id, objectType: 'outpatient_bill', objectId: null, action: 'read', outcome: 'success', ip: caller.ip, requestId: caller.requestId });
          return bills.map((b): OutpatientBill => {
            const link = links.find((l) => l.billNo === b.billNo && l.status !== 'pending');
            const state = !link ? 'unpaid' : link.status === 'paying' ? 'in_payment' : 'paid';
            return { billNo: b.billNo, visitNo: b.visitNo, title: b.title, department: b.department, doctor: b.doctor, totalFen: b.totalFen, items: b.items.map((i) => ({ code: i.code, name: i.name, category: category(i.category), quantity: i.quantity, unitFen: i.unitFen, amountFen: i.amountFen })), createdAt: b.createdAt, state, orderId: link?.orderId ?? null };
          });
        });
        out.push({ patientId: p.id, name: p.name, bills: shown, unpaidFen: shown.filter((b) => b.state === 'unpaid').reduce((s, b) => s + b.totalFen, 0) });
      }
      return { patients: out };
    },

    /** One order for several bills of one patient, priced from the HIS (never from the request). */
    async order(caller: Caller, req: OutpatientOrderRequest, key: string): Promise<Stored> {
      const billNos = [...new Set(req.billNos)];
      await db.transaction((tx) => deps.patients.core.requireAccess(tx, caller, req.patientId, 'manage'));
      const unpaid = await fetchBills(req.patientId);
      const chosen = billNos.map((n) => unpaid.find((b) => b.billNo === n));
      if (chosen.some((b) => !b)) throw conflict('BILL_NOT_PAYABLE', '所选缴费单已缴清或不存在，请刷新', 'A chosen bill is already paid or does not exist; refresh');
      const bills = chosen as HisBill[];
      return idempotent(db, caller.accountId, key, 'outpatient-order', { ...req, billNos: [...billNos].sort() }, now(), async (tx) => {
        const t = now();
        const sourceId = sourceIdOf(req.patientId, billNos);
        for (const link of await liveLinks(tx, billNos)) {
          if (link.sourceId === sourceId) continue;
          if (link.status !== 'pending') throw conflict('BILL_IN_PAYMENT', '所选缴费单正在支付或已支付', 'A chosen bill is being paid or is paid already');
          // The patient changed their choice: the earlier unpaid order gives its bills up.
          await repo.moveOrder(tx, link.orderId, 'closed', { closedAt: t, updatedAt: t }, ['pending']);
        }
        const existing = await repo.liveOrderOf(tx, 'outpatient', sourceId);
        const order = await openOrder(tx, {
          source: 'outpatient', sourceId, accountId: caller.accountId, patientId: req.patientId,
          description: `门诊缴费 ${bills.map((b) => b.title).join('、')}`.slice(0, 120),
          items: bills.flatMap((b) => b.items.map((i) => ({ name: i.name, category: category(i.category), quantity: i.quantity, unitFen: i.unitFen }))),
          expiresAt: new Date(t.getTime() + (deps.payMinutes ?? 30) * 60_000),
        }, t);
        if (!existing) {
          await tx.insert(outpatientOrderBills).values(bills.map((b) => ({ orderId: order.id, billNo: b.billNo, visitNo: b.visitNo, patientId: req.patientId, title: b.title, department: b.department, doctor: b.doctor, totalFen: b.totalFen, items: b.items, createdAt: t }))).onConflictDoNothing();
          await deps.audit.record(tx, { actor: { kind: 'patient', id: caller.accountId, role: 'patient' }, patientId: req.patientId, objectType: 'order', objectId: order.id, action: 'create_outpatient', outcome: 'success', ip: caller.ip, requestId: caller.requestId });
        }
        return { statusCode: existing ? 200 : 201, response: await orderView(tx, order) };
      });
    },
  };
}
