import { AlipayApiError } from '@xinglin/alipay';
import type { PaymentChannel } from '@xinglin/contracts';
import { WechatPayApiError } from '@xinglin/wechatpay';
import type { PaymentsContext } from './context';
import * as repo from './repository';
import { applyPaid, applyRefundResult, type PaidReport } from './settle';

/** What a channel says about an order number: paid (with the transaction), or not (yet). */
async function askChannel(ctx: PaymentsContext, channel: PaymentChannel, orderNo: string): Promise<PaidReport | null> {
  try {
    if (channel === 'wechat' && ctx.channels.wechat) {
      const tr = await ctx.channels.wechat.client.queryByOutTradeNo(orderNo);
      if (tr.trade_state !== 'SUCCESS' || !tr.transaction_id) return null;
      return { channel, transactionId: tr.transaction_id, amountFen: tr.amount.total, paidAt: tr.success_time ? new Date(tr.success_time) : ctx.now(), via: 'query' };
    }
    if (channel === 'alipay' && ctx.channels.alipay) {
      const trade = await ctx.channels.alipay.client.query(orderNo);
      if (trade.tradeStatus !== 'TRADE_SUCCESS' && trade.tradeStatus !== 'TRADE_FINISHED') return null;
      const paidAt = trade.sendPayDate ? new Date(`${trade.sendPayDate.replace(' ', 'T')}+08:00`) : ctx.now();
      return { channel, transactionId: trade.tradeNo, amountFen: trade.totalFen, paidAt, via: 'query' };
    }
  } catch (err) {
    // Never created at that channel: simply not paid there.
    if (err instanceof WechatPayApiError && err.apiCode === 'ORDER_NOT_EXIST') return null;
    if (err instanceof AlipayApiError && err.subCode === 'ACQ.TRADE_NOT_EXIST') return null;
    throw err;
  }
  return null;
}

/**
 * Asks every channel whether an order was paid (the notification may be late or lost) and applies what it says,
 * exactly as a notification would. Both channels are asked: a patient who switched channels may have paid twice.
 */
export async function syncOrder(ctx: PaymentsContext, order: repo.OrderRow): Promise<boolean> {
  let found = false;
  for (const channel of ['wechat', 'alipay'] as const) {
    const report = await askChannel(ctx, channel, order.orderNo);
    if (!report) continue;
    found = true;
    await ctx.db.transaction(async (tx) => {
      const current = (await repo.findOrder(tx, order.id))!;
      if (report.amountFen !== current.totalFen) {
        await ctx.auditSystem(tx, { patientId: current.patientId, objectType: 'order', objectId: current.id, action: `query_${channel}`, outcome: 'denied', purpose: 'AMOUNT_MISMATCH' });
        return;
      }
      await applyPaid(ctx, tx, current, report);
    });
  }
  return found;
}

/** Hands one due refund to its channel; the answer (or later its notification) completes it. */
export async function sendRefund(ctx: PaymentsContext, refund: repo.RefundRow): Promise<void> {
  const t = ctx.now();
  const claimed = await ctx.db.transaction(async (tx) => {
    const backoffSeconds = Math.min(3600, 30 * 2 ** refund.attempts);
    const r = await repo.moveRefund(tx, refund.id, ['requested', 'processing'], { status: 'processing', attempts: refund.attempts + 1, nextAttemptAt: new Date(t.getTime() + backoffSeconds * 1000) });
    const order = r ? await repo.findOrder(tx, r.orderId) : null;
    const payment = r ? await repo.findPayment(tx, r.paymentId) : null;
    return r && order && payment ? { r, order, payment } : null;
  });
  if (!claimed) return;
  const { r, order, payment } = claimed;
  let result: { ok: boolean; channelRefundId?: string; error?: string } | null;
  try {
    if (r.channel === 'wechat') {
      const answer = await ctx.channels.wechat!.client.refund({
        out_trade_no: order.orderNo, out_refund_no: r.refundNo, reason: r.reason.slice(0, 80), notify_url: `${ctx.notifyBaseUrl}/api/v1/payments/wechat/notify`,
        amount: { refund: r.amountFen, total: payment.amountFen, currency: 'CNY' },
      });
      result = answer.status === 'SUCCESS' ? { ok: true, channelRefundId: answer.refund_id } : answer.status === 'PROCESSING' ? null : { ok: false, error: answer.status };
      if (!result) await ctx.db.transaction((tx) => repo.moveRefund(tx, r.id, ['processing'], { channelRefundId: answer.refund_id }));
    } else {
      await ctx.channels.alipay!.client.refund({ outTradeNo: order.orderNo, refundFen: r.amountFen, outRequestNo: r.refundNo, reason: r.reason });
      result = { ok: true };
    }
  } catch (err) {
    await ctx.db.transaction((tx) => repo.moveRefund(tx, r.id, ['processing'], { lastError: err instanceof Error ? err.message.slice(0, 500) : String(err) }));
    return;
  }
  if (result) await ctx.db.transaction(async (tx) => applyRefundResult(ctx, tx, (await repo.findRefundByNo(tx, r.refundNo))!, result));
}
