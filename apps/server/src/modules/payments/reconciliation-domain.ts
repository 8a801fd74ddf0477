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

const isRefundLine = (r: TradeBillRow) => r.tradeState === 'REFUND' || Boolean(r.outRefundNo);
/** A refund the channel reports as done only counts against one we think succeeded, and the other way round. */
const refundDone = (theirs: string) => theirs === 'SUCCESS';

/**
 * 对账: every payment and refund line of the channel's bill against ours for the same day, matched by the
 * channel transaction id (payments) and our refund number (refunds). Every difference is listed; none on a clean day.
 */
export function reconcile(bill: TradeBillRow[], payments: OurPayment[], refunds: OurRefund[]): Difference[] {
  const out: Difference[] = [];
  const theirPayments = new Map(bill.filter((r) => !isRefundLine(r)).map((r) => [r.transactionId, r]));
  const theirRefunds = new Map(bill.filter(isRefundLine).map((r) => [r.outRefundNo, r]));
  for (const p of payments) {
    const t = theirPayments.get(p.transactionId);
    theirPayments.delete(p.transactionId);
    const base = { line: 'payment' as const, orderNo: p.orderNo, reference: p.transactionId, oursFen: p.amountFen, oursStatus: p.orderStatus };
    if (!t) out.push({ ...base, kind: 'missing_theirs', theirsFen: null, theirsStatus: null });
    else if (t.orderTotalFen !== p.amountFen) out.push({ ...base, kind: 'amount_mismatch', theirsFen: t.orderTotalFen, theirsStatus: t.tradeState });
    else if (t.tradeState !== 'SUCCESS') out.push({ ...base, kind: 'status_mismatch', theirsFen: t.orderTotalFen, theirsStatus: t.tradeState });
  }
  for (const t of theirPayments.values()) out.push({ kind: 'missing_ours', line: 'payment', orderNo: t.outTradeNo, reference: t.transactionId, oursFen: null, theirsFen: t.orderTotalFen, oursStatus: null, theirsStatus: t.tradeState });
  for (const r of refunds) {
    const t = theirRefunds.get(r.refundNo);
    theirRefunds.delete(r.refundNo);
    const base = { line: 'refund' as const, orderNo: r.orderNo, reference: r.refundNo, oursFen: r.amountFen, oursStatus: r.status };
    if (!t) out.push({ ...base, kind: 'missing_theirs', theirsFen: null, theirsStatus: null });
    else if (t.refundFen !== r.amountFen) out.push({ ...base, kind: 'amount_mismatch', theirsFen: t.refundFen, theirsStatus: t.refundStatus });
    else if (refundDone(t.refundStatus) !== (r.status === 'succeeded')) out.push({ ...base, kind: 'status_mismatch', theirsFen: t.refundFen, theirsStatus: t.refundStatus });
  }
  for (const t of theirRefunds.values()) out.push({ kind: 'missing_ours', line: 'refund', orderNo: t.outTradeNo, reference: t.outRefundNo, oursFen: null, theirsFen: t.refundFen, oursStatus: null, theirsStatus: t.refundStatus });
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
