import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALIPAY_BILL_COLUMNS, formatAlipayBill, parseAlipayBill } from './bill';
import { startAlipayHarness, type AlipayHarness } from './test-harness';

// Written by hand in Alipay's layout (not by formatAlipayBill): GBK, CRLF, cells padded with a tab, refund negative.
const DETAIL = [
  '#支付宝业务明细查询',
  '#账号：[20881021462251350156]',
  '#起始日期：[2026年11月25日 00:00:00]   终止日期：[2026年11月26日 00:00:00]',
  '#-----------------------------------------业务明细列表----------------------------------------',
  ALIPAY_BILL_COLUMNS.join(','),
  '2026112522001400001111111111\t,XL20261125A1\t,交易,挂号费\t,2026-11-25 09:00:01,2026-11-25 09:00:09,,,,,pat***@example.com,12.34\t,12.34\t,0.00,0.00,0.00,0.00,0.00,,0.00,0.00,,0.00,0.00,',
  '2026112522001400001111111111\t,XL20261125A1\t,退款,挂号费\t,2026-11-25 09:00:01,2026-11-25 15:30:00,,,,,pat***@example.com,-0.07\t,-0.07\t,0.00,0.00,0.00,0.00,0.00,,0.00,0.00,RF20261125A1\t,0.00,0.00,',
  '#-----------------------------------------业务明细列表结束------------------------------------',
  '#交易合计：1笔，商家实收共12.34元，商家优惠共0.00元',
  '#退款合计：1笔，商家实收退款共-0.07元，商家优惠退款共0.00元',
  '#导出时间：[2026年11月26日 08:12:40]',
].join('\r\n');

describe('parseAlipayBill', () => {
  it('reads the payment and refund lines of a bill in Alipay’s layout (GBK CSV in a zip)', () => {
    const zip = zipSync({ '20881021462251350156_20261125_业务明细.csv': iconv.encode(DETAIL, 'gbk'), '20881021462251350156_20261125_业务明细(汇总).csv': iconv.encode('#支付宝业务汇总查询', 'gbk') });
    const bill = parseAlipayBill(zip);
    expect(bill).toMatchObject({ tradeCount: 1, refundCount: 1 });
    expect(bill.rows[0]).toMatchObject({ tradeNo: '2026112522001400001111111111', outTradeNo: 'XL20261125A1', kind: '交易', subject: '挂号费', amountFen: 1234, outRequestNo: '' });
    expect(bill.rows[1]).toMatchObject({ kind: '退款', amountFen: -7, outRequestNo: 'RF20261125A1', finishedAt: '2026-11-25 15:30:00' });
    expect(bill.rows[1]!.raw['订单金额（元）']).toBe('-0.07');
  });

  it('reads back what formatAlipayBill writes, Chinese subjects included', () => {
    const rows = [
      { tradeNo: 'T1', outTradeNo: 'XL1', kind: '交易' as const, subject: '门诊缴费,检验（血常规）', createdAt: '2026-11-25 10:00:00', finishedAt: '2026-11-25 10:00:05', amountFen: 100_000, outRequestNo: '' },
      { tradeNo: 'T1', outTradeNo: 'XL1', kind: '退款' as const, subject: '门诊缴费', createdAt: '2026-11-25 10:00:00', finishedAt: '2026-11-25 11:00:00', amountFen: -1, outRequestNo: 'RF1' },
    ];
    const bill = parseAlipayBill(formatAlipayBill({ pid: '2088102146225135', date: '2026-11-25', rows, exportedAt: '2026-11-26 09:00:00' }));
    expect(bill.rows.map(({ raw, ...r }) => (void raw, r))).toEqual([{ ...rows[0], subject: '门诊缴费 检验（血常规）' }, rows[1]]);
  });

  it('refuses what is not a bill', () => {
    expect(() => parseAlipayBill(new TextEncoder().encode('<html>error</html>'))).toThrow(RangeError);
    expect(() => parseAlipayBill(zipSync({ 'readme.txt': iconv.encode('没有账单', 'gbk') }))).toThrow(/业务明细/);
    const noEnd = DETAIL.split('\r\n').filter((l) => !l.includes('列表结束')).join('\r\n');
    expect(() => parseAlipayBill(zipSync({ 'x_业务明细.csv': iconv.encode(noEnd, 'gbk') }))).toThrow(/end marker/);
  });
});

describe('the simulator’s trade bill through the client', () => {
  let h: AlipayHarness;
  let clock = Date.parse('2026-11-25T01:00:00Z');
  beforeAll(async () => {
    h = await startAlipayHarness(() => clock);
  });
  afterAll(() => h.close());

  it('lists the day’s payments and refunds that moved money, and nothing of other days or of unpaid trades', async () => {
    const { tradeNo } = await h.client.createTrade({ outTradeNo: 'XLBILL1', totalFen: 1000, subject: '挂号费', buyerId: '2088000000000001' });
    await h.sim.pay('XLBILL1');
    await h.client.createTrade({ outTradeNo: 'XLBILL2', totalFen: 500, subject: '挂号费', buyerId: '2088000000000001' });
    clock += 3600_000;
    await h.client.refund({ outTradeNo: 'XLBILL1', refundFen: 300, outRequestNo: 'RF1' });
    await h.client.refund({ outTradeNo: 'XLBILL1', refundFen: 300, outRequestNo: 'RF1' });
    clock += 86_400_000;
    await h.client.refund({ outTradeNo: 'XLBILL1', refundFen: 700, outRequestNo: 'RF2' });
    await h.sim.idle();

    const first = await h.client.tradeBill('2026-11-25');
    expect(first.rows.map((r) => [r.kind, r.outTradeNo, r.tradeNo, r.amountFen, r.outRequestNo])).toEqual([['交易', 'XLBILL1', tradeNo, 1000, ''], ['退款', 'XLBILL1', tradeNo, -300, 'RF1']]);
    const second = await h.client.tradeBill('2026-11-26');
    expect(second.rows.map((r) => [r.kind, r.amountFen, r.outRequestNo])).toEqual([['退款', -700, 'RF2']]);
    h.sim.alterBill((rows) => rows.map((r) => ({ ...r, amountFen: r.amountFen - 1 })));
    expect((await h.client.tradeBill('2026-11-26')).rows[0]!.amountFen).toBe(-701);
    h.sim.alterBill(undefined);
    await expect(h.client.tradeBill('2026-12-30')).rejects.toMatchObject({ subCode: 'isp.bill_not_exist' });
    await expect(h.client.tradeBill('2026-13-45')).rejects.toMatchObject({ subCode: 'isv.invalid-parameter' });
  });
});
