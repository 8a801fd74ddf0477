import type { PayRequest, PayResponse } from '@xinglin/contracts';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { AppError, conflict, notFound, serviceUnavailable } from '../../errors';
import { isUuid } from '../../ids';
import { accountIdentities } from '../auth/tables';
import { bookings } from '../booking/tables';
import type { Caller } from '../patients/service';
import type { PaymentsContext } from './context';
import { notifyUrls } from './domain';
import * as repo from './repository';

export const ORDER = { zh: '订单', en: 'Order' };

/** The caller's order (the payer account's), or 404 for anyone else's. */
export async function ownOrder(tx: Tx, caller: Caller, orderId: string): Promise<repo.OrderRow> {
  const order = isUuid(orderId) ? await repo.findOrder(tx, orderId) : null;
  if (!order || order.accountId !== caller.accountId) throw notFound(ORDER);
  return order;
}

function refuseUnpayable(order: repo.OrderRow, now: Date): void {
  if (order.status === 'closed') throw conflict('ORDER_CLOSED', '订单已关闭', 'This order is closed');
  if (order.status !== 'pending' && order.status !== 'paying') throw conflict('ORDER_ALREADY_PAID', '订单已支付', 'This order is already paid');
  if (order.expiresAt <= now) throw conflict('ORDER_EXPIRED', '订单已超过支付时间', 'The time to pay this order has passed');
}

async function wechatOpenid(tx: Tx, accountId: string): Promise<string | null> {
  const [row] = await tx.select({ subject: accountIdentities.subject }).from(accountIdentities).where(and(eq(accountIdentities.accountId, accountId), eq(accountIdentities.provider, 'wechat_mp')));
  return row?.subject ?? null;
}

/**
 * 支付: marks the order `paying` (one transaction), then asks the channel for the payment parameters outside any
 * transaction. The channel's notification, or a query, later makes it paid.
 */
export async function startPayment(ctx: PaymentsContext, caller: Caller & { ip?: string }, orderId: string, req: PayRequest): Promise<PayResponse> {
  const t = ctx.now();
  const channel = req.channel === 'wechat' ? ctx.channels.wechat : ctx.channels.alipay;
  if (!channel) throw serviceUnavailable('PAYMENT_CHANNEL_UNAVAILABLE', '该支付方式暂不可用', 'This payment method is not available');
  const { order, openid } = await ctx.db.transaction(async (tx) => {
    const order = await ownOrder(tx, caller, orderId);
    refuseUnpayable(order, t);
    if (order.source === 'booking') {
      const [b] = await tx.select({ status: bookings.status }).from(bookings).where(eq(bookings.id, order.sourceId));
      if (b?.status !== 'held') throw conflict('BOOKING_NOT_HELD', '该预约已失效，无法支付', 'This booking is no longer held and cannot be paid');
    }
    const openid = req.channel === 'wechat' && req.wechatFlow !== 'h5' ? (req.openid ?? (await wechatOpenid(tx, caller.accountId))) : null;
    if (req.wechatFlow === 'jsapi' && !openid) throw new AppError('WECHAT_OPENID_REQUIRED', 422, '小程序支付需要先用微信登录', 'Paying in the mini program needs a WeChat login (openid)');
    const moved =
      order.status === 'pending'
        ? await repo.moveOrder(tx, order.id, 'paying', { channel: req.channel, payingSince: t, updatedAt: t }, ['pending'])
        : await repo.touchOrder(tx, order.id, ['paying'], { channel: req.channel, updatedAt: t });
    if (!moved) throw conflict('ORDER_CHANGED', '订单状态已变化，请刷新', 'The order changed meanwhile; refresh');
    await ctx.auditSystem(tx, { patientId: order.patientId, objectType: 'order', objectId: order.id, action: `pay_${req.channel}`, outcome: 'success', ip: caller.ip, requestId: caller.requestId });
    return { order: moved, openid };
  });
  const base = { orderId: order.id, orderNo: order.orderNo, channel: req.channel, totalFen: order.totalFen };
  const urls = notifyUrls(ctx.notifyBaseUrl);
  try {
    if (req.channel === 'alipay') {
      const payUrl = ctx.channels.alipay!.client.wapPayUrl({ outTradeNo: order.orderNo, totalFen: order.totalFen, subject: order.description, notifyUrl: urls.alipay, ...(req.returnUrl ? { returnUrl: req.returnUrl } : {}) });
      return { ...base, payUrl };
    }
    const wechat = ctx.channels.wechat!;
    const common = { description: order.description.slice(0, 127), out_trade_no: order.orderNo, notify_url: urls.wechat, amount: { total: order.totalFen, currency: 'CNY' as const } };
    if (openid) {
      const { requestPayment } = await wechat.client.jsapiPrepay({ ...common, payer: { openid } });
      return { ...base, requestPayment };
    }
    const { h5Url } = await wechat.client.h5Prepay({ ...common, scene_info: { payer_client_ip: caller.ip ?? '127.0.0.1', h5_info: { type: 'Wap' } } });
    return { ...base, h5Url };
  } catch (err) {
    throw new AppError('PAYMENT_CHANNEL_ERROR', 503, '支付渠道暂时无法下单，请稍后重试', 'The payment channel could not take the order; try again shortly', { reason: err instanceof Error ? err.message.slice(0, 200) : String(err) });
  }
}
