import type { PaymentChannel } from '@xinglin/contracts';
import { and, eq, gte, inArray, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { badRequest, serviceUnavailable } from '../../errors';
import type { AuditService } from '../audit/service';
import type { PaymentsIntegration } from '../../integrations/payments';
import { alipayBillLines, differencesCsv, reconcile, wechatBillLines, type BillLine, type Difference } from './reconciliation-domain';
import { orders, payments, refunds } from './tables';

const CHANNEL_NAMES: Record<PaymentChannel, { zh: string; en: string }> = { wechat: { zh: '微信支付', en: 'WeChat Pay' }, alipay: { zh: '支付宝', en: 'Alipay' } };

export interface ReconciliationReport {
  date: string;
  channel: PaymentChannel;
  ourPayments: number;
  ourRefunds: number;
  billLines: number;
  differences: Difference[];
}

/** Beijing day [00:00, 24:00) of a yyyy-mm-dd date. */
function chinaDay(date: string): { from: Date; to: Date } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00+08:00`))) throw badRequest('INVALID_DATE', '日期格式应为 YYYY-MM-DD', 'The date must be YYYY-MM-DD');
  const from = new Date(`${date}T00:00:00+08:00`);
  return { from, to: new Date(from.getTime() + 86_400_000) };
}

/** 对账: our day against the channel's trade bill, on demand for the console (and the CSV behind it). */
export function createReconciliationService(deps: { db: Db; audit: AuditService; channels: PaymentsIntegration }) {
  /** The channel's bill of the day in common terms; 503 when the channel is not configured or its bill cannot be had. */
  async function channelBill(channel: PaymentChannel, date: string): Promise<BillLine[]> {
    const name = CHANNEL_NAMES[channel];
    const configured = deps.channels[channel];
    if (!configured) throw serviceUnavailable('PAYMENT_CHANNEL_UNAVAILABLE', `${name.zh}未配置，无法对账`, `${name.en} is not configured; nothing to reconcile`);
    try {
      return channel === 'wechat' ? wechatBillLines((await deps.channels.wechat!.client.tradeBill(date, 'ALL')).rows) : alipayBillLines((await deps.channels.alipay!.client.tradeBill(date)).rows);
    } catch {
      throw serviceUnavailable('TRADE_BILL_UNAVAILABLE', '渠道对账单暂不可下载，请稍后重试', 'The channel’s trade bill cannot be downloaded now; try again later');
    }
  }

  async function report(staff: { id: string | null; ip?: string; requestId?: string }, date: string, channel: PaymentChannel = 'wechat'): Promise<ReconciliationReport> {
    const { from, to } = chinaDay(date);
    const bill = await channelBill(channel, date);
    return deps.db.transaction(async (tx) => {
      const ours = await tx
        .select({ orderNo: orders.orderNo, transactionId: payments.transactionId, amountFen: payments.amountFen, orderStatus: orders.status })
        .from(payments).innerJoin(orders, eq(orders.id, payments.orderId))
        .where(and(eq(payments.channel, channel), gte(payments.paidAt, from), lt(payments.paidAt, to)));
      // Refunds the channel should know of that day: completed ones by completion, ones sent without an answer yet by request.
      const ourRefunds = await tx
        .select({ orderNo: orders.orderNo, refundNo: refunds.refundNo, amountFen: refunds.amountFen, status: refunds.status })
        .from(refunds).innerJoin(orders, eq(orders.id, refunds.orderId))
        .where(and(eq(refunds.channel, channel), or(and(eq(refunds.status, 'succeeded'), gte(refunds.succeededAt, from), lt(refunds.succeededAt, to)), and(inArray(refunds.status, ['processing']), gte(refunds.createdAt, from), lt(refunds.createdAt, to)))));
      const differences = reconcile(bill, ours, ourRefunds);
      await deps.audit.record(tx, { actor: staff.id ? { kind: 'staff', id: staff.id, role: 'admin' } : { kind: 'system', id: null, role: null }, objectType: 'reconciliation', objectId: null, action: 'read', outcome: 'success', purpose: `${channel} ${date}: ${differences.length} differences`, ip: staff.ip, requestId: staff.requestId });
      return { date, channel, ourPayments: ours.length, ourRefunds: ourRefunds.length, billLines: bill.length, differences };
    });
  }
  return {
    report,
    /**
     * The daily job: yesterday's (Beijing) report of every configured channel, each difference count kept in the audit
     * trail so a non-zero day is visible without opening the console. One channel's bill that cannot be had does not
     * keep the others from being reconciled; the job then fails naming it, and pg-boss logs it. Returns the number of
     * differences.
     */
    daily: async (now: Date) => {
      const yesterday = new Date(now.getTime() + 8 * 3600_000 - 86_400_000).toISOString().slice(0, 10);
      let differences = 0;
      const failed: string[] = [];
      for (const channel of (['wechat', 'alipay'] as const).filter((c) => deps.channels[c])) {
        try {
          differences += (await report({ id: null }, yesterday, channel)).differences.length;
        } catch (err) {
          failed.push(`${channel}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
      if (failed.length > 0) throw new Error(`reconciliation of ${yesterday} failed for ${failed.join('; ')}`);
      return differences;
    },
    csv: async (staff: { id: string; ip?: string; requestId?: string }, date: string, channel: PaymentChannel = 'wechat') => differencesCsv(date, channel, (await report(staff, date, channel)).differences),
  };
}
