// The Alipay simulator's trades and the rules that move them (WAIT_BUYER_PAY → TRADE_SUCCESS →
// TRADE_CLOSED on full refund; WAIT_BUYER_PAY → TRADE_CLOSED on close/expiry), free of HTTP.
import { randomInt } from 'node:crypto';

export type TradeStatus = 'WAIT_BUYER_PAY' | 'TRADE_SUCCESS' | 'TRADE_CLOSED' | 'TRADE_FINISHED';

export interface SimTrade {
  outTradeNo: string;
  tradeNo: string;
  subject: string;
  totalFen: number;
  productCode: string;
  status: TradeStatus;
  notifyUrl?: string;
  returnUrl?: string;
  buyerId: string;
  createdAt: number;
  paidAt?: number;
  closedAt?: number;
  /** Refunds by out_request_no, in fen. */
  refunds: Map<string, number>;
  refundedAt?: number;
  /** Each refund that moved money, when (for the trade bill). */
  refundLog: { outRequestNo: string; fen: number; at: number }[];
}

/** A business failure answered as code 40004 with this sub_code, like Alipay's ACQ.* codes. */
export class SimBusinessError extends Error {
  constructor(readonly subCode: string, readonly subMsg: string, readonly code = '40004', readonly msg = 'Business Failed') {
    super(`${subCode}: ${subMsg}`);
  }
}

const digits = (n: number): string => Array.from({ length: n }, () => String(randomInt(10))).join('');

export function createAlipayStore(now: () => number) {
  const trades = new Map<string, SimTrade>();

  function get(outTradeNo: string): SimTrade {
    const trade = trades.get(outTradeNo);
    if (!trade) throw new SimBusinessError('ACQ.TRADE_NOT_EXIST', '交易不存在');
    return trade;
  }

  const refundedFen = (trade: SimTrade): number => [...trade.refunds.values()].reduce((s, f) => s + f, 0);

  return {
    trades,
    get,
    refundedFen,

    create(input: Pick<SimTrade, 'outTradeNo' | 'subject' | 'totalFen' | 'productCode' | 'notifyUrl' | 'returnUrl'> & { buyerId?: string }): SimTrade {
      const existing = trades.get(input.outTradeNo);
      if (existing) {
        if (existing.status !== 'WAIT_BUYER_PAY') throw new SimBusinessError('ACQ.TRADE_HAS_SUCCESS', '交易已被支付');
        if (existing.totalFen !== input.totalFen || existing.subject !== input.subject) {
          throw new SimBusinessError('ACQ.CONTEXT_INCONSISTENT', '交易信息被篡改');
        }
        return existing;
      }
      const trade: SimTrade = {
        ...input, tradeNo: `${new Date(now()).toISOString().slice(0, 10).replace(/-/g, '')}22001${digits(17)}`,
        status: 'WAIT_BUYER_PAY', buyerId: input.buyerId ?? `2088${digits(12)}`, createdAt: now(), refunds: new Map(), refundLog: [],
      };
      trades.set(input.outTradeNo, trade);
      return trade;
    },

    pay(outTradeNo: string): SimTrade {
      const trade = get(outTradeNo);
      if (trade.status !== 'WAIT_BUYER_PAY') throw new SimBusinessError('ACQ.TRADE_STATUS_ERROR', `交易状态为 ${trade.status}`);
      trade.status = 'TRADE_SUCCESS';
      trade.paidAt = now();
      return trade;
    },

    close(outTradeNo: string): SimTrade {
      const trade = get(outTradeNo);
      if (trade.status !== 'WAIT_BUYER_PAY') throw new SimBusinessError('ACQ.TRADE_STATUS_ERROR', '交易状态不合法');
      trade.status = 'TRADE_CLOSED';
      trade.closedAt = now();
      return trade;
    },

    /** Returns whether money moved (false for a repeated out_request_no: Alipay's fund_change "N"). */
    refund(outTradeNo: string, refundFen: number, outRequestNo: string | undefined): { trade: SimTrade; fundChange: boolean } {
      const trade = get(outTradeNo);
      if (trade.paidAt === undefined) throw new SimBusinessError('ACQ.TRADE_STATUS_ERROR', '交易状态不合法');
      // Without out_request_no Alipay only accepts a full refund, keyed by the trade itself.
      const key = outRequestNo ?? outTradeNo;
      if (outRequestNo === undefined && refundFen !== trade.totalFen) {
        throw new SimBusinessError('ACQ.REFUND_AMT_NOT_EQUAL_TOTAL', '撤销或退款金额与订单金额不一致');
      }
      const previous = trade.refunds.get(key);
      if (previous !== undefined) {
        if (previous !== refundFen) throw new SimBusinessError('ACQ.REFUND_AMT_NOT_EQUAL_TOTAL', '撤销或退款金额与订单金额不一致');
        return { trade, fundChange: false };
      }
      if (refundedFen(trade) + refundFen > trade.totalFen) {
        throw new SimBusinessError('ACQ.REASON_TRADE_REFUND_FEE_ERR', '退款金额无效');
      }
      trade.refunds.set(key, refundFen);
      trade.refundedAt = now();
      trade.refundLog.push({ outRequestNo: key, fen: refundFen, at: trade.refundedAt });
      if (refundedFen(trade) === trade.totalFen) trade.status = 'TRADE_CLOSED';
      return { trade, fundChange: true };
    },

    clear: () => trades.clear(),
  };
}

export type AlipayStore = ReturnType<typeof createAlipayStore>;
