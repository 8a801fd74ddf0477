// Builds the simulator's trade bill for one Beijing day from what actually happened in its store.
// Refund lines carry 0 in the order-amount columns so the summary's 应结订单总金额 is money in
// and 退款总金额 money out (a simplification of WeChat's layout, documented in the README).
import type { TradeBillLineInput } from './bill';
import type { SimStore } from './sim-store';
import { billDate, billTime } from './sim-time';

export type BillType = 'ALL' | 'SUCCESS' | 'REFUND';

export function billRows(store: SimStore, date: string, type: BillType): TradeBillLineInput[] {
  const rows: { at: number; row: TradeBillLineInput }[] = [];
  const base = { currency: 'CNY', refundId: '', outRefundNo: '', refundFen: 0, refundStatus: '', requestedRefundFen: 0 };
  for (const order of store.orders.values()) {
    if (type === 'REFUND' || order.successAt === undefined || billDate(order.successAt) !== date) continue;
    const r = order.request;
    rows.push({
      at: order.successAt,
      row: {
        ...base, tradeTime: billTime(order.successAt), appid: r.appid, mchid: r.mchid, transactionId: order.transactionId!,
        outTradeNo: r.out_trade_no, openid: r.payer?.openid ?? '', tradeType: order.tradeType, tradeState: 'SUCCESS',
        settlementTotalFen: r.amount.total, description: r.description, attach: r.attach ?? '', orderTotalFen: r.amount.total,
      },
    });
  }
  for (const { refund, successAt } of store.refunds.values()) {
    if (type === 'SUCCESS' || successAt === undefined || billDate(successAt) !== date) continue;
    const r = store.get(refund.out_trade_no).request;
    rows.push({
      at: successAt,
      row: {
        ...base, tradeTime: billTime(successAt), appid: r.appid, mchid: r.mchid, transactionId: refund.transaction_id,
        outTradeNo: refund.out_trade_no, openid: r.payer?.openid ?? '', tradeType: store.get(refund.out_trade_no).tradeType,
        tradeState: 'REFUND', settlementTotalFen: 0, refundId: refund.refund_id, outRefundNo: refund.out_refund_no,
        refundFen: refund.amount.refund, refundStatus: 'SUCCESS', description: r.description, attach: r.attach ?? '',
        orderTotalFen: 0, requestedRefundFen: refund.amount.refund,
      },
    });
  }
  return rows.sort((a, b) => a.at - b.at).map((x) => x.row);
}
