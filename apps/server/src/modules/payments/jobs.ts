import type { PaymentsContext } from './context';
import { syncOrder, sendRefund } from './channel-sync';
import * as repo from './repository';

const BATCH = 50;

/**
 * Tests on a shared PostgreSQL work only on their own orders: another test file's orders belong to another
 * process's simulators (and clock). The jobs themselves always take everything.
 */
export interface JobScope {
  orderIds?: string[];
}

/**
 * The payments jobs (registered with src/jobs in app.ts): late notifications, refunds to send, expired orders.
 * Each works in small transactions and leaves channel calls outside them.
 */
export function createPaymentJobs(ctx: PaymentsContext) {
  return {
    /** Orders paying for longer than queryAfterSeconds without a notification: ask the channel. */
    async queryLatePayments(scope: JobScope = {}): Promise<number> {
      const before = new Date(ctx.now().getTime() - ctx.queryAfterSeconds * 1000);
      const late = await ctx.db.transaction((tx) => repo.stalePaying(tx, before, BATCH, scope.orderIds));
      let paid = 0;
      for (const order of late) {
        try {
          if (await syncOrder(ctx, order)) paid++;
        } catch {
          // The channel is unreachable: the next run asks again.
        }
      }
      return paid;
    },

    /** Refunds decided (cancel, leave, transfer, expired hold, double payment) and not yet confirmed by the channel. */
    async sendRefunds(scope: JobScope = {}): Promise<number> {
      const due = await ctx.db.transaction((tx) => repo.dueRefunds(tx, ctx.now(), BATCH, scope.orderIds));
      for (const refund of due) await sendRefund(ctx, refund);
      return due.length;
    },

    /**
     * Unpaid orders past their time close. One at the cashier is asked about first and closed at the channel, so a
     * payment made at the last second is found (and refunded if its booking is gone) rather than lost.
     */
    async closeExpired(scope: JobScope = {}): Promise<number> {
      const due = await ctx.db.transaction((tx) => repo.expiredUnpaid(tx, ctx.now(), BATCH, scope.orderIds));
      let closed = 0;
      for (const order of due) {
        if (order.status === 'paying') {
          try {
            if (await syncOrder(ctx, order)) continue;
            await closeAtChannels(ctx, order.orderNo);
          } catch {
            continue; // unknown at the channel for now: keep paying, ask again next run
          }
        }
        const t = ctx.now();
        const done = await ctx.db.transaction(async (tx) => {
          const moved = await repo.moveOrder(tx, order.id, 'closed', { closedAt: t, updatedAt: t }, ['pending', 'paying']);
          if (moved) await ctx.auditSystem(tx, { patientId: order.patientId, objectType: 'order', objectId: order.id, action: 'close_expired', outcome: 'success' });
          return moved;
        });
        if (done) closed++;
      }
      return closed;
    },
  };
}

async function closeAtChannels(ctx: PaymentsContext, orderNo: string): Promise<void> {
  // Closing an order the channel never saw is refused harmlessly; anything else means "try again later".
  await ctx.channels.wechat?.client.closeOrder(orderNo).catch((err: { apiCode?: string }) => {
    if (err.apiCode !== 'ORDER_NOT_EXIST') throw err;
  });
  await ctx.channels.alipay?.client.close(orderNo).catch((err: { subCode?: string }) => {
    if (err.subCode !== 'ACQ.TRADE_NOT_EXIST') throw err;
  });
}
