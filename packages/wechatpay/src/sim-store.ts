// The simulator's orders and refunds and the rules that move them between states, kept free of
// HTTP so routes.ts and the test controls share one source of truth.
import { newPrepayId, newRefundId, newTransactionId, rfc3339Shanghai } from './sim-time';
import type { JsapiPrepayRequest, Refund, RefundStatus, TradeState, Transaction } from './types';

export interface SimOrder {
  tradeType: 'JSAPI' | 'MWEB';
  request: Omit<JsapiPrepayRequest, 'payer'> & { mchid: string; payer?: { openid: string } };
  /** The canonical request, to tell an idempotent retry from a conflicting reuse of out_trade_no. */
  fingerprint: string;
  prepayId: string;
  tradeState: TradeState;
  tradeStateDesc: string;
  transactionId?: string;
  successAt?: number;
  expiresAt?: number;
}

export interface SimRefund {
  refund: Refund;
  notifyUrl?: string;
  successAt?: number;
}

/** A rule violation the routes turn into WeChat's {code, message} with this HTTP status. */
export class SimRejection extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

const TRADE_STATE_DESC: Record<TradeState, string> = {
  SUCCESS: '支付成功', REFUND: '转入退款', NOTPAY: '未支付', CLOSED: '已关闭', REVOKED: '已撤销',
  USERPAYING: '用户支付中', PAYERROR: '支付失败',
};

export function createSimStore(now: () => number) {
  const orders = new Map<string, SimOrder>();
  const refunds = new Map<string, SimRefund>();

  function setState(order: SimOrder, state: TradeState, desc = TRADE_STATE_DESC[state]): void {
    order.tradeState = state;
    order.tradeStateDesc = desc;
  }

  function get(outTradeNo: string): SimOrder {
    const order = orders.get(outTradeNo);
    if (!order) throw new SimRejection(404, 'ORDER_NOT_EXIST', '订单不存在');
    return order;
  }

  function refundedFen(outTradeNo: string): number {
    let sum = 0;
    for (const r of refunds.values()) {
      if (r.refund.out_trade_no === outTradeNo && r.refund.status !== 'ABNORMAL' && r.refund.status !== 'CLOSED') {
        sum += r.refund.amount.refund;
      }
    }
    return sum;
  }

  return {
    orders,
    refunds,
    get,
    byPrepayId: (prepayId: string) => [...orders.values()].find((o) => o.prepayId === prepayId),

    prepay(tradeType: SimOrder['tradeType'], request: SimOrder['request']): SimOrder {
      const fingerprint = JSON.stringify(request);
      const existing = orders.get(request.out_trade_no);
      if (existing) {
        if (existing.tradeState === 'SUCCESS' || existing.tradeState === 'REFUND') throw new SimRejection(400, 'ORDERPAID', '该订单已支付');
        if (existing.tradeState === 'CLOSED') throw new SimRejection(400, 'ORDER_CLOSED', '该订单已关闭');
        if (existing.fingerprint !== fingerprint) throw new SimRejection(400, 'INVALID_REQUEST', '201 商户订单号重复');
        return existing;
      }
      const expiresAt = request.time_expire ? Date.parse(request.time_expire) : undefined;
      const order: SimOrder = {
        tradeType, request, fingerprint, prepayId: newPrepayId(now()), tradeState: 'NOTPAY',
        tradeStateDesc: TRADE_STATE_DESC.NOTPAY, expiresAt,
      };
      orders.set(request.out_trade_no, order);
      return order;
    },

    /** The payer confirms in the cashier. Throws a SimRejection when the order cannot be paid. */
    pay(outTradeNo: string): SimOrder {
      const order = get(outTradeNo);
      if (order.tradeState !== 'NOTPAY' && order.tradeState !== 'PAYERROR') {
        throw new SimRejection(400, 'ORDER_NOT_PAYABLE', `order is ${order.tradeState}`);
      }
      if (order.expiresAt !== undefined && now() > order.expiresAt) throw new SimRejection(400, 'ORDER_CLOSED', '订单已过期');
      order.transactionId = newTransactionId();
      order.successAt = now();
      setState(order, 'SUCCESS');
      return order;
    },

    fail(outTradeNo: string, desc = '支付失败，请重新下单支付'): SimOrder {
      const order = get(outTradeNo);
      if (order.tradeState !== 'NOTPAY') throw new SimRejection(400, 'ORDER_NOT_PAYABLE', `order is ${order.tradeState}`);
      setState(order, 'PAYERROR', desc);
      return order;
    },

    close(outTradeNo: string): void {
      const order = get(outTradeNo);
      if (order.tradeState === 'SUCCESS' || order.tradeState === 'REFUND') throw new SimRejection(400, 'ORDERPAID', '该订单已支付');
      setState(order, 'CLOSED');
    },

    refund(req: { out_trade_no: string; out_refund_no: string; amount: { refund: number; total: number } }, notifyUrl?: string): SimRefund {
      const existing = refunds.get(req.out_refund_no);
      if (existing) return existing;
      const order = get(req.out_trade_no);
      if (!order.transactionId || (order.tradeState !== 'SUCCESS' && order.tradeState !== 'REFUND')) {
        throw new SimRejection(400, 'INVALID_REQUEST', '订单未支付，不能退款');
      }
      if (req.amount.total !== order.request.amount.total) throw new SimRejection(400, 'PARAM_ERROR', '订单金额与原订单不一致');
      if (refundedFen(req.out_trade_no) + req.amount.refund > order.request.amount.total) {
        throw new SimRejection(403, 'NOT_ENOUGH', '申请退款金额超过订单可退金额');
      }
      const total = order.request.amount.total;
      const refund: Refund = {
        refund_id: newRefundId(), out_refund_no: req.out_refund_no, transaction_id: order.transactionId,
        out_trade_no: req.out_trade_no, channel: 'ORIGINAL', user_received_account: '支付用户零钱',
        create_time: rfc3339Shanghai(now()), status: 'PROCESSING',
        amount: { total, refund: req.amount.refund, payer_total: total, payer_refund: req.amount.refund, currency: 'CNY' },
      };
      const entry: SimRefund = { refund, notifyUrl };
      refunds.set(req.out_refund_no, entry);
      setState(order, 'REFUND');
      return entry;
    },

    completeRefund(outRefundNo: string, status: Exclude<RefundStatus, 'PROCESSING'>): SimRefund {
      const entry = refunds.get(outRefundNo);
      if (!entry) throw new SimRejection(404, 'RESOURCE_NOT_EXISTS', '退款单不存在');
      entry.refund.status = status;
      if (status === 'SUCCESS') {
        entry.successAt = now();
        entry.refund.success_time = rfc3339Shanghai(entry.successAt);
      }
      return entry;
    },

    transaction(order: SimOrder): Transaction {
      const paid = order.transactionId !== undefined && (order.tradeState === 'SUCCESS' || order.tradeState === 'REFUND');
      const { appid, mchid, out_trade_no, attach, amount, payer } = order.request;
      return {
        appid, mchid, out_trade_no, trade_state: order.tradeState, trade_state_desc: order.tradeStateDesc,
        ...(attach !== undefined ? { attach } : {}),
        ...(paid
          ? {
              transaction_id: order.transactionId, trade_type: order.tradeType, bank_type: 'OTHERS',
              success_time: rfc3339Shanghai(order.successAt!), payer,
              amount: { total: amount.total, payer_total: amount.total, currency: 'CNY', payer_currency: 'CNY' },
            }
          : { amount: { total: amount.total, currency: 'CNY' } }),
      };
    },

    clear(): void {
      orders.clear();
      refunds.clear();
    },
  };
}

export type SimStore = ReturnType<typeof createSimStore>;
