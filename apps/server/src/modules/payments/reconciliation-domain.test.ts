import type { TradeBillRow } from '@xinglin/wechatpay';
import { describe, expect, it } from 'vitest';
import { alipayBillLines, differencesCsv, reconcile, wechatBillLines } from './reconciliation-domain';

const row = (o: Partial<TradeBillRow>): TradeBillRow => ({
  tradeTime: '2026-01-02 10:00:00', appid: 'wx', mchid: '1', transactionId: '', outTradeNo: '', openid: '', tradeType: 'JSAPI', tradeState: 'SUCCESS', currency: 'CNY',
  settlementTotalFen: 0, refundId: '', outRefundNo: '', refundFen: 0, refundStatus: '', description: '', attach: '', orderTotalFen: 0, requestedRefundFen: 0, raw: {}, ...o,
});

describe('reconcile', () => {
  const bill = wechatBillLines([row({ transactionId: 'T1', outTradeNo: 'XL1', orderTotalFen: 2000 }), row({ tradeState: 'REFUND', transactionId: 'T1', outTradeNo: 'XL1', outRefundNo: 'RF1', refundFen: 2000, refundStatus: 'SUCCESS' })]);

  it('finds nothing when both sides agree', () => {
    expect(reconcile(bill, [{ orderNo: 'XL1', transactionId: 'T1', amountFen: 2000, orderStatus: 'refunded' }], [{ orderNo: 'XL1', refundNo: 'RF1', amountFen: 2000, status: 'succeeded' }])).toEqual([]);
  });

  it('lists each kind of difference once', () => {
    const diffs = reconcile(
      [...bill, ...wechatBillLines([row({ transactionId: 'T9', outTradeNo: 'XL9', orderTotalFen: 100 })])],
      [{ orderNo: 'XL1', transactionId: 'T1', amountFen: 1999, orderStatus: 'paid' }, { orderNo: 'XL2', transactionId: 'T2', amountFen: 500, orderStatus: 'paid' }],
      [{ orderNo: 'XL1', refundNo: 'RF1', amountFen: 2000, status: 'processing' }],
    );
    expect(diffs.map((d) => `${d.kind}/${d.line}/${d.reference}`).sort()).toEqual(['amount_mismatch/payment/T1', 'missing_ours/payment/T9', 'missing_theirs/payment/T2', 'status_mismatch/refund/RF1']);
  });

  it('reads Alipay’s bill the same way: a refund line is negative and means the refund completed', () => {
    const base = { tradeNo: 'A1', outTradeNo: 'XL1', subject: '挂号费', createdAt: '', finishedAt: '', raw: {} };
    const alipay = alipayBillLines([{ ...base, kind: '交易', amountFen: 2000, outRequestNo: '' }, { ...base, kind: '退款', amountFen: -500, outRequestNo: 'RF1' }]);
    expect(reconcile(alipay, [{ orderNo: 'XL1', transactionId: 'A1', amountFen: 2000, orderStatus: 'paid' }], [{ orderNo: 'XL1', refundNo: 'RF1', amountFen: 500, status: 'succeeded' }])).toEqual([]);
    const diffs = reconcile(alipay, [{ orderNo: 'XL1', transactionId: 'A1', amountFen: 2000, orderStatus: 'paid' }], [{ orderNo: 'XL1', refundNo: 'RF1', amountFen: 500, status: 'processing' }]);
    expect(diffs).toEqual([expect.objectContaining({ kind: 'status_mismatch', line: 'refund', reference: 'RF1', oursStatus: 'processing', theirsStatus: '退款成功', theirsFen: 500 })]);
  });

  it('writes CSV with a BOM, quoted cells and formula-looking text defused', () => {
    const csv = differencesCsv('2026-01-02', 'wechat', [{ kind: 'missing_ours', line: 'payment', orderNo: '=cmd()', reference: 'T"9', oursFen: null, theirsFen: 150, oursStatus: null, theirsStatus: 'SUCCESS' }]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`"'=cmd()","T""9","","1.50"`);
  });
});
