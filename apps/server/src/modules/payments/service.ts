import type { Order, OrderItem, OrderListQuery, OrderSource, PayRequest, Refund } from '@xinglin/contracts';
import type { Tx } from '../../db/client';
import { conflict, notFound } from '../../errors';
import { isUuid } from '../../ids';
import { payableBooking } from '../booking/payment-hooks';
import type { Caller } from '../patients/service';
import { syncOrder } from './channel-sync';
import { paymentsContext, type PaymentsDeps } from './context';
import { itemAmounts, newMerchantNo, totalOf } from './domain';
import { claimKey, idempotent, storeAnswer, type Stored } from './idempotency';
import { createPaymentJobs } from './jobs';
import { alipayIntent, handleNotification, wechatIntent } from './notify';
import { ORDER, ownOrder, startPayment } from './pay';
import * as repo from './repository';
import { orderView, orderViews, refundView } from './views';

export interface NewOrder {
  source: OrderSource;
  sourceId: string;
  accountId: string;
  patientId: string;
  description: string;
  items: Omit<OrderItem, 'amountFen'>[];
  expiresAt: Date;
}

/**
 * Opens the order of something payable, in the caller's transaction, or returns its live order. For the other
 * sources (consultation, exam, outpatient bills) to build on.
 */
export async function openOrder(tx: Tx, o: NewOrder, at: Date): Promise<repo.OrderRow> {
  const existing = await repo.liveOrderOf(tx, o.source, o.sourceId);
  if (existing) return existing;
  const items = itemAmounts(o.items);
  const inserted = await repo.insertOrder(
    tx,
    { orderNo: newMerchantNo('XL', at), source: o.source, sourceId: o.sourceId, accountId: o.accountId, patientId: o.patientId, description: o.description, totalFen: totalOf(items), expiresAt: o.expiresAt, createdAt: at, updatedAt: at },
    items,
  );
  // A concurrent request opened it first (the live-order unique index): use theirs.
  return inserted ?? (await repo.liveOrderOf(tx, o.source, o.sourceId))!;
}

export type PaymentsService = ReturnType<typeof createPaymentsService>;

/** 支付: orders, paying through WeChat Pay / Alipay, their notifications, refunds and the jobs behind them. */
export function createPaymentsService(deps: PaymentsDeps) {
  const ctx = paymentsContext(deps);
  const { db, now } = ctx;

  return {
    hooks: ctx.hooks,
    jobs: createPaymentJobs(ctx),

    /** The booking's order (挂号费), created on first ask while the booking is held. */
    orderForBooking(caller: Caller, bookingId: string, key: string): Promise<Stored> {
      return idempotent(db, caller.accountId, key, `booking-order:${bookingId}`, {}, now(), async (tx) => {
        const b = isUuid(bookingId) ? await payableBooking(tx, bookingId) : null;
        if (!b || b.accountId !== caller.accountId) throw notFound({ zh: '预约', en: 'Booking' });
        const live = await repo.liveOrderOf(tx, 'booking', bookingId);
        if (!live) {
          const holdEnd = b.view.holdExpiresAt ? new Date(b.view.holdExpiresAt) : null;
          if (b.view.status !== 'held' || !holdEnd || holdEnd <= now()) throw conflict('BOOKING_NOT_HELD', '该预约已失效或无需支付', 'This booking is no longer held or needs no payment');
        }
        const order =
          live ??
          (await openOrder(tx, {
            source: 'booking', sourceId: bookingId, accountId: caller.accountId, patientId: b.view.patientId, description: b.description,
            items: [{ name: `挂号费（${b.view.departmentName} ${b.view.doctorName}）`, category: 'registration', quantity: 1, unitFen: b.view.feeFen }],
            expiresAt: new Date(b.view.holdExpiresAt!),
          }, now()));
        return { statusCode: live ? 200 : 201, response: await orderView(tx, order) };
      });
    },

    async get(caller: Caller & { ip?: string }, orderId: string): Promise<Order> {
      return db.transaction(async (tx) => {
        const order = await ownOrder(tx, caller, orderId);
        await ctx.auditSystem(tx, { patientId: order.patientId, objectType: 'order', objectId: order.id, action: 'read', outcome: 'success', ip: caller.ip, requestId: caller.requestId });
        return orderView(tx, order);
      });
    },

    list: (caller: Caller, q: OrderListQuery) =>
      db.transaction(async (tx) => {
        const { rows, total } = await repo.ordersOfAccount(tx, caller.accountId, q, q.pageSize, (q.page - 1) * q.pageSize);
        return { items: await orderViews(tx, rows), page: q.page, pageSize: q.pageSize, total };
      }),

    refundsOf: (caller: Caller, orderId: string): Promise<Refund[]> =>
      db.transaction(async (tx) => {
        const order = await ownOrder(tx, caller, orderId);
        return (await repo.refundsOfOrder(tx, order.id)).map((r) => refundView(r, order.orderNo));
      }),

    async pay(caller: Caller & { ip?: string }, orderId: string, req: PayRequest, key: string): Promise<Stored> {
      const prior = await claimKey(db, caller.accountId, key, `pay:${orderId}`, req, now());
      if (prior) return prior;
      try {
        const answer = { statusCode: 200, response: await startPayment(ctx, caller, orderId, req) };
        await storeAnswer(db, caller.accountId, key, answer);
        return answer;
      } catch (err) {
        await storeAnswer(db, caller.accountId, key, null);
        throw err;
      }
    },

    /** After the cashier returns: ask the channels now rather than wait for the notification. */
    async sync(caller: Caller, orderId: string): Promise<Order> {
      const order = await db.transaction((tx) => ownOrder(tx, caller, orderId));
      if (order.status === 'paying') await syncOrder(ctx, order).catch(() => false);
      return db.transaction(async (tx) => orderView(tx, (await repo.findOrder(tx, order.id)) ?? notFoundOrder()));
    },

    notifyWechat: (headers: Record<string, string>, body: string, meta: { ip: string; requestId: string }) =>
      handleNotification(ctx, { channel: 'wechat', headers, body, ...meta }, () => {
        if (!ctx.channels.wechat) throw Object.assign(new Error('WeChat Pay is not configured'), { code: 'CHANNEL_OFF' });
        return wechatIntent(ctx.channels.wechat.client.parseNotification(headers, body));
      }),

    notifyAlipay: (headers: Record<string, string>, body: string, meta: { ip: string; requestId: string }) =>
      handleNotification(ctx, { channel: 'alipay', headers, body, ...meta }, () => {
        if (!ctx.channels.alipay) throw Object.assign(new Error('Alipay is not configured'), { code: 'CHANNEL_OFF' });
        return alipayIntent(ctx.channels.alipay.client.verifyNotification(Object.fromEntries(new URLSearchParams(body))));
      }),
  };
}

function notFoundOrder(): never {
  throw notFound(ORDER);
}
