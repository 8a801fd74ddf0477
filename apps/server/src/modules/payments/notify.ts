import { NOTIFY_ACK, NOTIFY_RETRY, type AlipayNotification } from '@xinglin/alipay';
import { NOTIFICATION_ACK, notificationNack, WechatPayError, type Notification } from '@xinglin/wechatpay';
import type { PaymentChannel } from '@xinglin/contracts';
import type { PaymentsContext } from './context';
import * as repo from './repository';
import { applyPaid, applyRefundResult } from './settle';

export interface NotifyReply {
  status: number;
  body: string;
  contentType: string;
}

interface Received {
  channel: PaymentChannel;
  headers: Record<string, string>;
  body: string;
  ip: string;
  requestId: string;
}

/** What a verified notification asks for, in channel-neutral terms. */
type Intent =
  | { kind: 'paid'; notificationId: string; orderNo: string; transactionId: string; amountFen: number; paidAt: Date }
  | { kind: 'refund'; notificationId: string; orderNo: string; refundNo: string; amountFen: number | null; ok: boolean; channelRefundId: string }
  | { kind: 'ignored'; notificationId: string; orderNo: string | null; why: string };

const reply = {
  wechat: { ok: { status: NOTIFICATION_ACK.status, body: '', contentType: 'application/json' }, retry: (m: string) => ({ ...notificationNack(m), contentType: 'application/json' }) },
  alipay: { ok: { status: 200, body: NOTIFY_ACK, contentType: 'text/plain' }, retry: () => ({ status: 200, body: NOTIFY_RETRY, contentType: 'text/plain' }) },
};

export function wechatIntent(n: Notification): Intent {
  if (n.kind === 'refund') {
    const r = n.refund;
    return { kind: 'refund', notificationId: n.envelope.id, orderNo: r.out_trade_no, refundNo: r.out_refund_no, amountFen: r.amount.refund, ok: r.refund_status === 'SUCCESS', channelRefundId: r.refund_id };
  }
  const tr = n.transaction;
  if (tr.trade_state !== 'SUCCESS' || !tr.transaction_id) return { kind: 'ignored', notificationId: n.envelope.id, orderNo: tr.out_trade_no, why: tr.trade_state };
  return { kind: 'paid', notificationId: n.envelope.id, orderNo: tr.out_trade_no, transactionId: tr.transaction_id, amountFen: tr.amount.total, paidAt: tr.success_time ? new Date(tr.success_time) : new Date() };
}

export function alipayIntent(n: AlipayNotification): Intent {
  // A refund notification names the refund (out_biz_no) and carries the cumulative refund; a full refund closes the trade.
  if (n.refundFen !== undefined && n.outBizNo) {
    return { kind: 'refund', notificationId: n.notifyId, orderNo: n.outTradeNo, refundNo: n.outBizNo, amountFen: null, ok: true, channelRefundId: n.tradeNo };
  }
  if (n.tradeStatus !== 'TRADE_SUCCESS' && n.tradeStatus !== 'TRADE_FINISHED') return { kind: 'ignored', notificationId: n.notifyId, orderNo: n.outTradeNo, why: n.tradeStatus };
  const paidAt = n.gmtPayment ? new Date(`${n.gmtPayment.replace(' ', 'T')}+08:00`) : new Date();
  return { kind: 'paid', notificationId: n.notifyId, orderNo: n.outTradeNo, transactionId: n.tradeNo, amountFen: n.totalFen, paidAt };
}

class Refused extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/**
 * Handles one channel notification: verify (done by `verify`, which throws on a forged, stale or undecryptable one),
 * check it names our order with our amount, then apply it once. Every delivery is recorded in payment_events; every
 * refusal is audited. The reply asks the channel to retry only when retrying can help.
 */
export async function handleNotification(ctx: PaymentsContext, received: Received, verify: () => Intent): Promise<NotifyReply> {
  const answers = reply[received.channel];
  const receivedAt = ctx.now();
  const event = { channel: received.channel, headers: received.headers, body: received.body, receivedAt };
  let intent: Intent;
  try {
    intent = verify();
  } catch (err) {
    const code = err instanceof WechatPayError || (err as { code?: string })?.code ? String((err as { code: string }).code) : 'INVALID';
    await refuse(ctx, received, { ...event, kind: 'unknown', verified: false, outcome: 'rejected', error: code }, null);
    return received.channel === 'wechat' ? { status: 401, body: JSON.stringify({ code: 'FAIL', message: code }), contentType: 'application/json' } : answers.retry('');
  }
  const base = { ...event, notificationId: intent.notificationId, orderNo: intent.orderNo, verified: true };
  let outcome: string;
  try {
    outcome = await ctx.db.transaction(async (tx) => {
      if (intent.kind === 'ignored') {
        await repo.insertEvent(tx, { ...base, kind: 'ignored', outcome: 'ignored', error: intent.why });
        return 'ignored';
      }
      const order = await repo.findOrderByNo(tx, intent.orderNo);
      if (!order) throw new Refused('UNKNOWN_ORDER', `no order ${intent.orderNo}`);
      if (intent.kind === 'paid') {
        if (intent.amountFen !== order.totalFen) throw new Refused('AMOUNT_MISMATCH', `paid ${intent.amountFen} fen, order is ${order.totalFen}`);
        const result = await applyPaid(ctx, tx, order, { channel: received.channel, transactionId: intent.transactionId, amountFen: intent.amountFen, paidAt: intent.paidAt, via: 'notification' });
        await repo.insertEvent(tx, { ...base, kind: 'paid', outcome: result });
        return result;
      }
      const refund = await repo.findRefundByNo(tx, intent.refundNo);
      // Not ours yet (its decision has not committed) or not for this order: record it and let the channel resend.
      if (!refund || refund.orderId !== order.id) {
        await repo.insertEvent(tx, { ...base, kind: 'refund', refundNo: intent.refundNo, outcome: 'deferred' });
        return 'deferred';
      }
      if (intent.amountFen !== null && intent.amountFen !== refund.amountFen) throw new Refused('AMOUNT_MISMATCH', `refund of ${intent.amountFen} fen, ours is ${refund.amountFen}`);
      const result = await applyRefundResult(ctx, tx, refund, { ok: intent.ok, channelRefundId: intent.channelRefundId, error: intent.ok ? undefined : 'refund abnormal' });
      await repo.insertEvent(tx, { ...base, kind: 'refund', refundNo: intent.refundNo, outcome: result });
      return result;
    });
  } catch (err) {
    if (!(err instanceof Refused)) throw err;
    await refuse(ctx, received, { ...base, kind: intent.kind, outcome: 'rejected', error: err.code }, intent.orderNo);
    return received.channel === 'wechat' ? { status: 400, body: JSON.stringify({ code: 'FAIL', message: err.code }), contentType: 'application/json' } : answers.retry('');
  }
  if (ctx.hooks.failAfterCommit > 0) {
    ctx.hooks.failAfterCommit--;
    throw new Error('test hook: crash after the notification committed, before the reply');
  }
  return outcome === 'deferred' ? answers.retry('refund not known yet') : answers.ok;
}

async function refuse(ctx: PaymentsContext, received: Received, row: Parameters<typeof repo.insertEvent>[1], orderNo: string | null) {
  await ctx.db.transaction(async (tx) => {
    await repo.insertEvent(tx, row);
    const order = orderNo ? await repo.findOrderByNo(tx, orderNo) : null;
    await ctx.auditSystem(tx, {
      patientId: order?.patientId ?? null, objectType: 'payment_notification', objectId: orderNo, action: `notify_${received.channel}`, outcome: 'denied',
      purpose: row.error ?? undefined, ip: received.ip, requestId: received.requestId,
    });
  });
}
