import type { AlipayBillRow } from '@xinglin/alipay';
import type { TradeBillRow } from '@xinglin/wechatpay';

/** What we recorded for a day, in the channel's terms. */
export interface OurPayment {
  orderNo: string;
  transactionId: string;
  amountFen: number;
  /** Our order's status, for the report. */
  orderStatus: string;
}
export interface OurRefund {
  orderNo: string;
  refundNo: string;
  amountFen: number;
  /** requested | processing | succeeded | failed */
  status: string;
}

export type DifferenceKind = 'missing_ours' | 'missing_theirs' | 'amount_mismatch' | 'status_mismatch';
export interface Difference {
  kind: DifferenceKind;
  /** payment | refund */
  line: 'payment' | 'refund';
  orderNo: string;
  /** transaction id (payment) or refund no (refund). */
  reference: string;
  oursFen: number | null;
  theirsFen: number | null;
  oursStatus: string | null;
  theirsStatus: string | null;
}

/**
 * One line of a channel's bill in common terms: a payment matched by the channel's transaction id, or a refund
 * matched by our refund number. `done` is whether the channel says the money moved.
 */
export interface BillLine {
  line: 'payment' | 'refund';
  orderNo: string;
  reference: string;
  amountFen: number;
  status: string;
  done: boolean;
}

/** WeChat Pay's trade bill: refund lines have trade state REFUND (or an out_refund_no). */
export function wechatBillLines(bill: TradeBillRow[]): BillLine[] {
  return bill.map((r) =>
    r.tradeState === 'REFUND' || r.outRefundNo
      ? { line: 'refund', orderNo: r.outTradeNo, reference: r.outRefundNo, amountFen: r.refundFen, status: r.refundStatus, done: r.refundStatus === 'SUCCESS' }
      : { line: 'payment', orderNo: r.outTradeNo, reference: r.transactionId, amountFen: r.orderTotalFen, status: r.tradeState, done: r.tradeState === 'SUCCESS' },
  );
}

/** Alipay's trade bill lists money that moved: 交易 lines are paid trades, 退款 lines (negative) completed refunds. */
export function alipayBillLines(bill: AlipayBillRow[]): BillLine[] {
  return bill.map((r) =>
    r.kind === '退款'
      ? { line: 'refund', orderNo: r.outTradeNo, reference: r.outRequestNo, amountFen: -r.amountFen, status: '退款成功', done: true }
      : { line: 'payment', orderNo: r.outTradeNo, reference: r.tradeNo, amountFen: r.amountFen, status: '交易成功', done: true },
  );
}

/**
 * 对账: every payment and refund line of the channel's bill against ours for the same day, matched by the
 * channel transaction id (payments) and our refund number (refunds). Every difference is listed; none on a clean day.
 */
export function reconcile(bill: BillLine[], payments: OurPayment[], refunds: OurRefund[]): Difference[] {
  const out: Difference[] = [];
  const theirs = (line: BillLine['line']) => new Map(bill.filter((b) => b.line === line).map((b) => [b.reference, b]));
  const ours = [
    ...payments.map((p) => ({ line: 'payment' as const, orderNo: p.orderNo, reference: p.transactionId, amountFen: p.amountFen, status: p.orderStatus, done: true })),
    // A refund the channel reports as done only counts against one we think succeeded, and the other way round.
    ...refunds.map((r) => ({ line: 'refund' as const, orderNo: r.orderNo, reference: r.refundNo, amountFen: r.amountFen, status: r.status, done: r.status === 'succeeded' })),
  ];
  const unmatched = { payment: theirs('payment'), refund: theirs('refund') };
  for (const o of ours) {
    const t = unmatched[o.line].get(o.reference);
    unmatched[o.line].delete(o.reference);
    const base = { line: o.line, orderNo: o.orderNo, reference: o.reference, oursFen: o.amountFen, oursStatus: o.status };
    if (!t) out.push({ ...base, kind: 'missing_theirs', theirsFen: null, theirsStatus: null });
    else if (t.amountFen !== o.amountFen) out.push({ ...base, kind: 'amount_mismatch', theirsFen: t.amountFen, theirsStatus: t.status });
    else if (t.done !== o.done) out.push({ ...base, kind: 'status_mismatch', theirsFen: t.amountFen, theirsStatus: t.status });
  }
  for (const t of [...unmatched.payment.values(), ...unmatched.refund.values()]) {
    out.push({ kind: 'missing_ours', line: t.line, orderNo: t.orderNo, reference: t.reference, oursFen: null, theirsFen: t.amountFen, oursStatus: null, theirsStatus: t.status });
  }
  return out;
}

const KIND_LABELS: Record<DifferenceKind, string> = { missing_ours: '我方缺失', missing_theirs: '渠道缺失', amount_mismatch: '金额不符', status_mismatch: '状态不符' };
const cell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  // Quote everything a spreadsheet could misread; a leading = + - @ is prefixed so it is never run as a formula.
  return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};
const yuan = (fen: number | null) => (fen === null ? null : (fen / 100).toFixed(2));

/** The report as CSV (UTF-8 with BOM, so Excel shows the Chinese headers). */
export function differencesCsv(date: string, channel: string, diffs: Difference[]): string {
  const header = ['对账日期', '渠道', '差异类型', '类别', '商户订单号', '交易/退款单号', '我方金额(元)', '渠道金额(元)', '我方状态', '渠道状态'];
  const rows = diffs.map((d) => [date, channel, KIND_LABELS[d.kind], d.line === 'payment' ? '支付' : '退款', d.orderNo, d.reference, yuan(d.oursFen), yuan(d.theirsFen), d.oursStatus, d.theirsStatus]);
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
