// Builds the simulator's trade bill for one Beijing day from what happened in its store: a 交易 line per trade
// paid that day, a 退款 line per refund that moved money that day.
import type { AlipayBillLineInput } from './bill';
import type { AlipayStore } from './sim-store';
import { alipayTime } from './sim-time';

const beijingDate = (ms: number) => alipayTime(ms).slice(0, 10);

export function billRows(store: AlipayStore, date: string): AlipayBillLineInput[] {
  const rows: { at: number; row: AlipayBillLineInput }[] = [];
  for (const t of store.trades.values()) {
    const base = { tradeNo: t.tradeNo, outTradeNo: t.outTradeNo, subject: t.subject, createdAt: alipayTime(t.createdAt) };
    if (t.paidAt !== undefined && beijingDate(t.paidAt) === date) {
      rows.push({ at: t.paidAt, row: { ...base, kind: '交易', finishedAt: alipayTime(t.paidAt), amountFen: t.totalFen, outRequestNo: '' } });
    }
    for (const r of t.refundLog) {
      if (beijingDate(r.at) === date) rows.push({ at: r.at, row: { ...base, kind: '退款', finishedAt: alipayTime(r.at), amountFen: -r.fen, outRequestNo: r.outRequestNo } });
    }
  }
  return rows.sort((a, b) => a.at - b.at).map((x) => x.row);
}
