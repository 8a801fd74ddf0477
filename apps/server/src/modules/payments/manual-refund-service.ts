import { and, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { AppError, conflict, notFound } from '../../errors';
import { isUuid } from '../../ids';
import type { AuditService } from '../audit/service';
import { manualRefundRequests } from '../billing/tables';
import { requestRefund } from './refunds';
import * as repo from './repository';

export interface Staff {
  id: string;
  ip?: string;
  requestId?: string;
}
export type ManualRefundRow = typeof manualRefundRequests.$inferSelect;
const REQUEST = { zh: '退款申请', en: 'Refund request' };

/**
 * 人工退款 with a second person's approval: one admin requests the refund of a paid order's remaining amount, a
 * different admin approves it (the refund row is written then, in that transaction, and the send-refunds job hands
 * it to the channel) or rejects it. The database refuses a self-approval too (manual_refund_two_people).
 */
export function createManualRefundService(deps: { db: Db; audit: AuditService; now: () => Date }) {
  const { db, now } = deps;
  const audit = (tx: Tx, staff: Staff, patientId: string | null, objectId: string, action: string, outcome: 'success' | 'denied' = 'success', purpose?: string) =>
    deps.audit.record(tx, { actor: { kind: 'staff', id: staff.id, role: 'admin' }, patientId, objectType: 'manual_refund', objectId, action, outcome, purpose, ip: staff.ip, requestId: staff.requestId });

  return {
    request: (staff: Staff, orderId: string, reason: string): Promise<ManualRefundRow> =>
      db.transaction(async (tx) => {
        const order = isUuid(orderId) ? await repo.findOrder(tx, orderId) : null;
        if (!order) throw notFound({ zh: '订单', en: 'Order' });
        const amountFen = order.totalFen - order.refundedFen;
        if (order.status !== 'paid' || amountFen <= 0) throw conflict('ORDER_NOT_REFUNDABLE', '只有已支付且未全额退款的订单可以退款', 'Only a paid order that is not fully refunded can be refunded');
        const [row] = await tx.insert(manualRefundRequests).values({ orderId, amountFen, reason, requestedBy: staff.id, requestedAt: now() }).onConflictDoNothing().returning();
        if (!row) throw conflict('REFUND_REQUEST_OPEN', '该订单已有待审批的退款申请', 'This order already has a refund request waiting for approval');
        await audit(tx, staff, order.patientId, row.id, 'request', 'success', reason);
        return row;
      }),

    async decide(staff: Staff, requestId: string, approve: boolean): Promise<ManualRefundRow> {
      const denied = await db.transaction(async (tx) => {
        const req = isUuid(requestId) ? (await tx.select().from(manualRefundRequests).where(eq(manualRefundRequests.id, requestId)))[0] : undefined;
        if (!req) throw notFound(REQUEST);
        if (req.requestedBy !== staff.id) return null;
        await audit(tx, staff, null, req.id, approve ? 'approve' : 'reject', 'denied', 'same person as the requester');
        return req;
      });
      // Committed the denial above, so the attempt stays in the audit trail.
      if (denied) throw new AppError('SECOND_APPROVER_REQUIRED', 403, '退款须由另一位管理员审批', 'A refund must be approved by a different admin');
      return db.transaction(async (tx) => {
        const t = now();
        const [req] = await tx.update(manualRefundRequests).set({ status: approve ? 'approved' : 'rejected', decidedBy: staff.id, decidedAt: t }).where(and(eq(manualRefundRequests.id, requestId), eq(manualRefundRequests.status, 'requested'))).returning();
        if (!req) throw conflict('REFUND_REQUEST_DECIDED', '该退款申请已处理', 'This refund request was already decided');
        const order = (await repo.findOrder(tx, req.orderId))!;
        if (approve) {
          const payment = order.paymentId ? await repo.findPayment(tx, order.paymentId) : null;
          const refund = payment ? await requestRefund(tx, order, payment, `人工退款：${req.reason}`, true, t) : null;
          if (!refund) throw conflict('ORDER_NOT_REFUNDABLE', '订单状态已变化，无法退款', 'The order changed meanwhile and cannot be refunded');
          await tx.update(manualRefundRequests).set({ refundId: refund.id }).where(eq(manualRefundRequests.id, req.id));
          req.refundId = refund.id;
        }
        await audit(tx, staff, order.patientId, req.id, approve ? 'approve' : 'reject');
        return req;
      });
    },

    list: (status?: string) =>
      db.transaction((tx) => tx.select().from(manualRefundRequests).where(status ? eq(manualRefundRequests.status, status) : undefined).orderBy(desc(manualRefundRequests.requestedAt)).limit(200)),
  };
}
