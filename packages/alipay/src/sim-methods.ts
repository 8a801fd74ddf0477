// The simulated OpenAPI methods (gateway.do, POST). Each takes the parsed biz_content and the
// common parameters and returns the *_response object; failures throw SimBusinessError.
import { fenToYuan, yuanToFen } from './fen';
import { SimBusinessError, type AlipayStore, type SimTrade } from './sim-store';
import { alipayTime } from './sim-time';

export interface MethodContext {
  store: AlipayStore;
  now: () => number;
  /** Called after a refund moved money, to send the refund notification. */
  afterRefund: (trade: SimTrade, outRequestNo: string | undefined) => void;
  /** A short-lived download address of the trade bill of a Beijing day (yyyy-MM-dd). */
  billDownloadUrl: (date: string) => string;
}

export type Biz = Record<string, unknown>;
type Method = (ctx: MethodContext, biz: Biz, common: Record<string, string>) => Record<string, string>;

const OK = { code: '10000', msg: 'Success' };

function text(biz: Biz, key: string, max = 256): string {
  const value = biz[key];
  if (typeof value !== 'string' || value === '' || value.length > max) {
    throw new SimBusinessError('isv.missing-parameter', `缺少必选参数 ${key}`, '40001', 'Missing Required Arguments');
  }
  return value;
}

/** Alipay "Price": yuan with at most two decimals, 0.01 to 100000000.00. */
export function priceFen(biz: Biz, key: string): number {
  const raw = biz[key];
  const value = typeof raw === 'number' ? String(raw) : raw;
  let fen = NaN;
  try {
    fen = typeof value === 'string' ? yuanToFen(value) : NaN;
  } catch {
    // reported below
  }
  if (!Number.isInteger(fen) || fen < 1 || fen > 10_000_000_000) {
    throw new SimBusinessError('isv.invalid-parameter', `参数 ${key} 不合法`, '40002', 'Invalid Arguments');
  }
  return fen;
}

export function tradeFields(trade: SimTrade): Record<string, string> {
  return {
    trade_no: trade.tradeNo, out_trade_no: trade.outTradeNo, buyer_logon_id: 'pat***@example.com',
    trade_status: trade.status, total_amount: fenToYuan(trade.totalFen), buyer_user_id: trade.buyerId,
    ...(trade.paidAt !== undefined
      ? { buyer_pay_amount: fenToYuan(trade.totalFen), receipt_amount: fenToYuan(trade.totalFen), send_pay_date: alipayTime(trade.paidAt) }
      : {}),
  };
}

export const METHODS: Record<string, Method> = {
  'alipay.data.dataservice.bill.downloadurl.query': (ctx, biz) => {
    if (text(biz, 'bill_type', 32) !== 'trade') throw new SimBusinessError('isv.invalid-parameter', '参数 bill_type 不合法', '40002', 'Invalid Arguments');
    const date = text(biz, 'bill_date', 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) throw new SimBusinessError('isv.invalid-parameter', '参数 bill_date 不合法', '40002', 'Invalid Arguments');
    // Alipay has no bill for a day that has not begun; the simulator also serves today's, so far (tests reconcile today).
    if (date > alipayTime(ctx.now()).slice(0, 10)) throw new SimBusinessError('isp.bill_not_exist', '账单不存在');
    return { ...OK, bill_download_url: ctx.billDownloadUrl(date) };
  },
  'alipay.trade.create': (ctx, biz, common) => {
    const buyerId = typeof biz.buyer_id === 'string' ? biz.buyer_id : typeof biz.buyer_open_id === 'string' ? biz.buyer_open_id : undefined;
    if (!buyerId) throw new SimBusinessError('ACQ.INVALID_PARAMETER', 'buyer_id 与 buyer_open_id 不能同时为空');
    const trade = ctx.store.create({
      outTradeNo: text(biz, 'out_trade_no', 64), subject: text(biz, 'subject'), totalFen: priceFen(biz, 'total_amount'),
      productCode: typeof biz.product_code === 'string' ? biz.product_code : 'JSAPI_PAY', notifyUrl: common.notify_url, buyerId,
    });
    return { ...OK, out_trade_no: trade.outTradeNo, trade_no: trade.tradeNo };
  },
  'alipay.trade.query': (ctx, biz) => ({ ...OK, ...tradeFields(ctx.store.get(text(biz, 'out_trade_no', 64))) }),
  'alipay.trade.close': (ctx, biz) => {
    const trade = ctx.store.close(text(biz, 'out_trade_no', 64));
    return { ...OK, trade_no: trade.tradeNo, out_trade_no: trade.outTradeNo };
  },
  'alipay.trade.refund': (ctx, biz) => {
    const outRequestNo = typeof biz.out_request_no === 'string' && biz.out_request_no ? biz.out_request_no : undefined;
    const { trade, fundChange } = ctx.store.refund(text(biz, 'out_trade_no', 64), priceFen(biz, 'refund_amount'), outRequestNo);
    if (fundChange) ctx.afterRefund(trade, outRequestNo);
    return {
      ...OK, trade_no: trade.tradeNo, out_trade_no: trade.outTradeNo, buyer_logon_id: 'pat***@example.com',
      fund_change: fundChange ? 'Y' : 'N', refund_fee: fenToYuan(ctx.store.refundedFen(trade)),
      gmt_refund_pay: alipayTime(trade.refundedAt ?? ctx.now()),
    };
  },
};
