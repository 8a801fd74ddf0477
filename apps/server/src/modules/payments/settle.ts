import type { OrderSource, PaymentChannel } from '@xinglin/contracts';
import type { Tx } from '../../db/client';
import { confirmPaidBooking } from '../booking/payment-hooks';
import type { PaymentsContext } from './context';
import { paidMessage, refundedMessage } from './messages';
import { requestRefund } from './refunds';
import * as repo from './repository';

export interface PaidReport {
  channel: PaymentChannel;
  transactionId: string;
  amountFen: number;
  paidAt: Date;
  via: 'notification' | 'query';
}

export type PaidOutcome = 'applied' | 'duplicate' | 'refunding';

/**
 * The channel says money arrived for an order. Recorded once per channel transaction (a unique index, so 100
 * copies at once change the order once). The first payment of an open order pays it and confirms what it pays
 * for, in this transaction with the patient's message; money that cannot be used (the booking is gone, the order
 * closed or already paid) is refunded: money is never kept without a service or lost.
 */
export async function applyPaid(ctx: PaymentsContext, tx: Tx, order: repo.OrderRow, r: PaidReport): Promise<PaidOutcome> {
  const t = ctx.now();
  const payment = await repo.insertPayment(tx, { orderId: order.id, channel: r.channel, transactionId: r.transactionId, amountFen: r.amountFen, via: r.via, paidAt: r.paidAt, createdAt: t });
  if (!payment) return 'duplicate';
  if (order.status === 'pending') await repo.moveOrder(tx, order.id, 'paying', { payingSince: t, updatedAt: t }, ['pending']);
  const paid = await repo.moveOrder(tx, order.id, 'paid', { paymentId: payment.id, transactionId: r.transactionId, channel: r.channel, paidAt: r.paidAt, updatedAt: t }, ['paying']);
  if (!paid) {
    const now = (await repo.findOrder(tx, order.id))!;
    const reason = now.status === 'closed' ? '订单已关闭，自动退款' : '重复支付，自动退款';
    await requestRefund(tx, now, payment, reason, false, t);
    await ctx.auditSystem(tx, { patientId: order.patientId, objectType: 'payment', objectId: payment.id, action: 'refund_unusable_payment', outcome: 'success', purpose: reason });
    return 'refunding';
  }
  const confirm = ctx.confirmers?.[paid.source as OrderSource] ?? (paid.source === 'booking' ? confirmPaidBooking : null);
  const delivered = confirm ? await confirm(tx, paid.sourceId) : true;
  await ctx.auditSystem(tx, { patientId: order.patientId, objectType: 'order', objectId: order.id, action: 'paid', outcome: 'success', purpose: r.via });
  if (!delivered) {
    await requestRefund(tx, paid, payment, '号源已失效，自动退款', true, t);
    await ctx.notifications.enqueue(tx, paidMessage(paid, true));
    return 'refunding';
  }
  await ctx.notifications.enqueue(tx, paidMessage(paid, false));
  return 'applied';
}

export type RefundOutcome = 'applied' | 'duplicate';

/** The channel's final word on a refund (its answer, a query or a notification): applied once, whichever comes first. */
export async function applyRefundResult(ctx: PaymentsContext, tx: Tx, refund: repo.RefundRow, result: { ok: boolean; channelRefundId?: string; error?: string }): Promise<RefundOutcome> {
  const t = ctx.now();
  const done = result.ok
    ? await repo.moveRefund(tx, refund.id, ['requested', 'processing'], { status: 'succeeded', channelRefundId: result.channelRefundId ?? refund.channelRefundId, succeededAt: t })
    : await repo.moveRefund(tx, refund.id, ['requested', 'processing'], { status: 'failed', lastError: result.error ?? 'refused by the channel' });
  if (!done) return 'duplicate';
  const order = (await repo.findOrder(tx, refund.orderId))!;
  if (done.affectsOrder) {
    const refundedFen = order.refundedFen + (result.ok ? done.amountFen : 0);
    const to = result.ok && refundedFen >= order.totalFen ? 'refunded' : 'paid';
    await repo.moveOrder(tx, order.id, to, { refundedFen, updatedAt: t }, ['refunding']);
  }
  await ctx.auditSystem(tx, { patientId: order.patientId, objectType: 'refund', objectId: refund.id, action: result.ok ? 'refund_succeeded' : 'refund_failed', outcome: result.ok ? 'success' : 'failure' });
  if (result.ok) await ctx.notifications.enqueue(tx, refundedMessage(order, done));
  return 'applied';
}
