import { describe, expect, it } from 'vitest';
import { formatTradeBill, parseTradeBill, TRADE_BILL_COLUMNS } from './bill';
import { fenToYuan, yuanToFen } from './fen';

// Written by hand in WeChat Pay's layout (not by formatTradeBill), CRLF line ends, BOM included.
const BILL = [
  '\uFEFF' + TRADE_BILL_COLUMNS.join(','),
  '`2026-11-25 09:12:03,`wx2421b1c4370ec43b,`1900000109,`0,`,`4200002731202611250123456789,`XL20261125A1,`oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,`JSAPI,`SUCCESS,`OTHERS,`CNY,`12.34,`0.00,`0,`0,`0.00,`0.00,`,`,`挂号费,`,`0.07000,`0.60%,`12.34,`0.00,`',
  '`2026-11-25 16:40:00,`wx2421b1c4370ec43b,`1900000109,`0,`,`4200002731202611250123456789,`XL20261125A1,`oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,`JSAPI,`REFUND,`OTHERS,`CNY,`0.00,`0.00,`50300103562026112500001234567890,`RF20261125A1,`0.07,`0.00,`ORIGINAL,`SUCCESS,`挂号费,`,`0.00000,`0.60%,`0.00,`0.07,`',
  '总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额',
  '`2,`12.34,`0.07,`0.00,`0.07000,`12.34,`0.07',
  '',
].join('\r\n');

describe('parseTradeBill', () => {
  it('reads payment and refund lines into fen, backticks stripped', () => {
    const bill = parseTradeBill(BILL);
    expect(bill.rows).toHaveLength(2);
    expect(bill.rows[0]).toMatchObject({
      tradeTime: '2026-11-25 09:12:03', mchid: '1900000109', transactionId: '4200002731202611250123456789',
      outTradeNo: 'XL20261125A1', tradeState: 'SUCCESS', settlementTotalFen: 1234, orderTotalFen: 1234,
      refundId: '', outRefundNo: '', refundFen: 0, description: '挂号费',
    });
    expect(bill.rows[0]!.raw['手续费']).toBe('0.07000');
    expect(bill.rows[1]).toMatchObject({ tradeState: 'REFUND', outRefundNo: 'RF20261125A1', refundFen: 7, refundStatus: 'SUCCESS' });
    expect(bill.summary).toEqual({ count: 2, settlementTotalFen: 1234, refundTotalFen: 7, orderTotalFen: 1234, requestedRefundTotalFen: 7 });
  });

  it('refuses text that is not a trade bill', () => {
    expect(() => parseTradeBill('<html>error</html>')).toThrow(RangeError);
    expect(() => parseTradeBill(TRADE_BILL_COLUMNS.join(','))).toThrow(/summary/);
  });

  it('reads back what formatTradeBill writes', () => {
    const row = parseTradeBill(BILL).rows[0]!;
    const { raw: _raw, ...input } = row;
    const again = parseTradeBill(formatTradeBill([input, { ...input, outTradeNo: 'XL2', settlementTotalFen: 1, orderTotalFen: 1 }]));
    expect(again.rows.map((r) => [r.outTradeNo, r.settlementTotalFen])).toEqual([['XL20261125A1', 1234], ['XL2', 1]]);
    expect(again.summary.settlementTotalFen).toBe(1235);
  });
});

describe('yuan and fen', () => {
  it('converts exactly, without floating point', () => {
    expect(yuanToFen('0.07')).toBe(7);
    expect(yuanToFen('12.3')).toBe(1230);
    expect(yuanToFen('100')).toBe(10000);
    expect(yuanToFen('-1.01')).toBe(-101);
    expect(fenToYuan(7)).toBe('0.07');
    expect(fenToYuan(-101)).toBe('-1.01');
    expect(() => yuanToFen('1.234')).toThrow(RangeError);
    expect(() => fenToYuan(1.5)).toThrow(RangeError);
  });
});
