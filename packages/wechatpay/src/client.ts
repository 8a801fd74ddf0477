// The merchant side of WeChat Pay API v3: prepay (JSAPI, H5), query, close, refund, trade bill,
// notification parsing. Everything goes through a signed transport whose answers are verified.
import { createHash } from 'node:crypto';
import { parseTradeBill, type TradeBill } from './bill';
import { WechatPayAmountMismatchError, WechatPayApiError, WechatPayError } from './errors';
import { parseNotification, type Notification } from './notification';
import { buildRequestPaymentParams } from './request-payment';
import type { PrivateKeyInput, PublicKeyInput } from './signing';
import { createTransport, parseJsonReply } from './transport';
import type {
  H5PrepayRequest, JsapiPrepayRequest, Refund, RefundRequest, RequestPaymentParams, TradeBillLocation, Transaction,
} from './types';
import { createPlatformVerifier, type HeaderBag } from './verify';

export const WECHATPAY_BASE_URL = 'https://api.mch.weixin.qq.com';

const EMPTY_BILL = (): TradeBill => ({
  rows: [],
  summary: { count: 0, settlementTotalFen: 0, refundTotalFen: 0, orderTotalFen: 0, requestedRefundTotalFen: 0 },
});

export interface WechatPayClientConfig {
  mchid: string;
  /** The mini program / official account appid used for prepay and wx.requestPayment. */
  appid: string;
  merchantSerialNo: string;
  merchantPrivateKey: PrivateKeyInput;
  /** 32-byte APIv3 key that decrypts notification resources. */
  apiV3Key: string;
  /** Platform public keys (or certificates) by serial, for responses and notifications. */
  platformKeys: Record<string, PublicKeyInput>;
  /** Defaults to the production gateway; point it at the simulator in development and tests. */
  baseUrl?: string;
  /** Epoch ms; the same clock signs requests and judges platform timestamps. */
  now?: () => number;
  timeoutMs?: number;
  toleranceSeconds?: number;
}

type WithOptionalAppid<T> = Omit<T, 'appid'> & { appid?: string };

export interface WechatPayClient {
  /** POST /v3/pay/transactions/jsapi, then the signed wx.requestPayment parameters. */
  jsapiPrepay(req: WithOptionalAppid<JsapiPrepayRequest>): Promise<{ prepayId: string; requestPayment: RequestPaymentParams }>;
  /** POST /v3/pay/transactions/h5 → the cashier URL to open in the phone browser. */
  h5Prepay(req: WithOptionalAppid<H5PrepayRequest>): Promise<{ h5Url: string }>;
  requestPaymentParams(prepayId: string): RequestPaymentParams;
  queryByOutTradeNo(outTradeNo: string): Promise<Transaction>;
  closeOrder(outTradeNo: string): Promise<void>;
  refund(req: RefundRequest): Promise<Refund>;
  queryRefund(outRefundNo: string): Promise<Refund>;
  /** GET /v3/bill/tradebill, download, check the SHA1, parse. billDate is yyyy-MM-dd. */
  tradeBill(billDate: string, billType?: 'ALL' | 'SUCCESS' | 'REFUND'): Promise<TradeBill>;
  /** Verify and decrypt a notification from the raw body; throws typed WechatPayErrors. */
  parseNotification(headers: HeaderBag, body: string): Notification;
}

/** Throws WechatPayAmountMismatchError unless the transaction is for exactly `expectedFen`. */
export function assertTransactionAmount(transaction: Transaction, expectedFen: number): void {
  if (transaction.amount.total !== expectedFen) {
    throw new WechatPayAmountMismatchError(transaction.out_trade_no, expectedFen, transaction.amount.total);
  }
}

export function createWechatPayClient(config: WechatPayClientConfig): WechatPayClient {
  const now = config.now ?? Date.now;
  const verifier = createPlatformVerifier({ platformKeys: config.platformKeys, now, toleranceSeconds: config.toleranceSeconds });
  const send = createTransport({
    baseUrl: config.baseUrl ?? WECHATPAY_BASE_URL,
    merchant: { mchid: config.mchid, serialNo: config.merchantSerialNo, privateKey: config.merchantPrivateKey },
    verifier,
    now,
    timeoutMs: config.timeoutMs ?? 10_000,
  });
  const mchidQuery = `mchid=${encodeURIComponent(config.mchid)}`;
  const requestPaymentParams = (prepayId: string): RequestPaymentParams =>
    buildRequestPaymentParams({
      appId: config.appid, prepayId, privateKey: config.merchantPrivateKey, timestamp: Math.floor(now() / 1000),
    });

  return {
    async jsapiPrepay(req) {
      const body = { ...req, appid: req.appid ?? config.appid, mchid: config.mchid };
      const { prepay_id } = parseJsonReply<{ prepay_id: string }>(
        await send({ method: 'POST', path: '/v3/pay/transactions/jsapi', body }),
      );
      return { prepayId: prepay_id, requestPayment: requestPaymentParams(prepay_id) };
    },
    async h5Prepay(req) {
      const body = { ...req, appid: req.appid ?? config.appid, mchid: config.mchid };
      const { h5_url } = parseJsonReply<{ h5_url: string }>(await send({ method: 'POST', path: '/v3/pay/transactions/h5', body }));
      return { h5Url: h5_url };
    },
    requestPaymentParams,
    async queryByOutTradeNo(outTradeNo) {
      const path = `/v3/pay/transactions/out-trade-no/${encodeURIComponent(outTradeNo)}?${mchidQuery}`;
      return parseJsonReply<Transaction>(await send({ method: 'GET', path }));
    },
    async closeOrder(outTradeNo) {
      const path = `/v3/pay/transactions/out-trade-no/${encodeURIComponent(outTradeNo)}/close`;
      await send({ method: 'POST', path, body: { mchid: config.mchid } });
    },
    async refund(req) {
      return parseJsonReply<Refund>(await send({ method: 'POST', path: '/v3/refund/domestic/refunds', body: req }));
    },
    async queryRefund(outRefundNo) {
      const path = `/v3/refund/domestic/refunds/${encodeURIComponent(outRefundNo)}`;
      return parseJsonReply<Refund>(await send({ method: 'GET', path }));
    },
    async tradeBill(billDate, billType = 'ALL') {
      const path = `/v3/bill/tradebill?bill_date=${encodeURIComponent(billDate)}&bill_type=${billType}`;
      let location: TradeBillLocation;
      try {
        location = parseJsonReply<TradeBillLocation>(await send({ method: 'GET', path }));
      } catch (err) {
        // WeChat Pay has no file for a day without transactions; for reconciliation that is an empty bill.
        if (err instanceof WechatPayApiError && err.apiCode === 'NO_STATEMENT_EXIST') return EMPTY_BILL();
        throw err;
      }
      const file = await send({ method: 'GET', path: location.download_url, unsigned: true });
      const hash = createHash('sha1').update(file.text, 'utf8').digest('hex');
      if (hash.toLowerCase() !== location.hash_value.toLowerCase()) {
        throw new WechatPayError('INVALID_RESPONSE', `trade bill ${billDate} does not match its SHA1 hash_value`);
      }
      return parseTradeBill(file.text);
    },
    parseNotification: (headers, body) => parseNotification(headers, body, { verifier, apiV3Key: config.apiV3Key }),
  };
}
