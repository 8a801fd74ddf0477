import type { OrderSource } from '@xinglin/contracts';
import type { Tx } from '../../db/client';
import { newMerchantNo } from './domain';
import * as repo from './repository';

/**
 * Decides a refund inside the caller's transaction: the refund row is the outbox the send-refunds job reads, so the
 * refund exists iff the decision (cancel, leave, transfer, expiry) committed. `affectsOrder` false refunds a payment
 * that did not pay the order (a second payment, or one arriving after the order closed); the order keeps its state.
 * `partFen` refunds part of a paid order (at most what is left); the order returns to `paid` when it completes.
 */
export async function requestRefund(tx: Tx, order: repo.OrderRow, payment: repo.PaymentRow, reason: string, affectsOrder: boolean, at: Date, partFen?: number): Promise<repo.RefundRow | null> {
  const left = affectsOrder ? order.totalFen - order.refundedFen : payment.amountFen;
  const amountFen = partFen === undefined ? left : Math.min(partFen, left);
  if (amountFen <= 0) return null;
  if (affectsOrder) {
    const moved = await repo.moveOrder(tx, order.id, 'refunding', { updatedAt: at }, ['paid']);
    if (!moved) return null;
  }
  return repo.insertRefund(tx, {
    refundNo: newMerchantNo('RF', at), orderId: order.id, paymentId: payment.id, channel: payment.channel, amountFen, reason, affectsOrder, nextAttemptAt: at, createdAt: at,
  });
}

export type EndOutcome = 'none' | 'closed' | 'closing' | 'refunding' | 'already';

/**
 * What the thing an order pays for ending (cancelled, stopped, transferred, expired) does to its order, in the
 * caller's transaction: an unpaid order closes; one at the cashier is marked due, so the close job asks the channel
 * first (and refunds if the money arrived); a paid one is refunded to its channel in full.
 */
export async function endOrderOf(tx: Tx, source: OrderSource, sourceId: string, reason: string, at: Date): Promise<EndOutcome> {
  const order = await repo.liveOrderOf(tx, source, sourceId);
  if (!order) return 'none';
  switch (order.status) {
    case 'pending':
      return (await repo.moveOrder(tx, order.id, 'closed', { closedAt: at, updatedAt: at }, ['pending'])) ? 'closed' : 'already';
    case 'paying':
      await repo.touchOrder(tx, order.id, ['paying'], { expiresAt: at, updatedAt: at });
      return 'closing';
    case 'paid': {
      const payment = order.paymentId ? await repo.findPayment(tx, order.paymentId) : null;
      if (!payment) return 'already';
      return (await requestRefund(tx, order, payment, reason, true, at)) ? 'refunding' : 'already';
    }
    default:
      return 'already';
  }
}
