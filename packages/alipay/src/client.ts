// The merchant side of Alipay, through the official alipay-sdk (v4): wap/page pay URLs, trade
// create (mini program), query, refund, close, the daily trade bill, and notification verification. Amounts in fen.
import { AlipayRequestError, AlipaySdk } from 'alipay-sdk';
import { parseAlipayBill, type AlipayBillRow } from './bill';
import { AlipayApiError, AlipayError, AlipaySignatureError } from './errors';
import { fenToYuan, yuanToFen } from './fen';
import { verifyNotification, type AlipayNotification, type AlipayTradeStatus } from './notification';

export const ALIPAY_GATEWAY = 'https://openapi.alipay.com/gateway.do';

export interface AlipayClientConfig {
  appId: string;
  /** Application private key, PEM: PKCS#1 ("RSA PRIVATE KEY") or PKCS#8 ("PRIVATE KEY"). */
  privateKey: string;
  /** Alipay's public key (PEM or bare base64) from the open platform console, or the simulator's. */
  alipayPublicKey: string;
  /** Defaults to production; the simulator's gatewayUrl in development and tests. */
  gateway?: string;
  /** Default notify_url for every order. */
  notifyUrl?: string;
  timeoutMs?: number;
}

export interface PayPageInput {
  outTradeNo: string;
  totalFen: number;
  subject: string;
  returnUrl?: string;
  notifyUrl?: string;
  /** "yyyy-MM-dd HH:mm:ss" Beijing time. */
  timeExpire?: string;
  /** wap only: where the "back" button of the cashier goes. */
  quitUrl?: string;
}

export interface AlipayTrade {
  outTradeNo: string;
  tradeNo: string;
  tradeStatus: AlipayTradeStatus;
  totalFen: number;
  buyerPayFen?: number;
  sendPayDate?: string;
}

export interface AlipayClient {
  /** alipay.trade.wap.pay as a GET URL for the phone browser. */
  wapPayUrl(input: PayPageInput): string;
  /** alipay.trade.page.pay as a GET URL for a desktop browser. */
  pagePayUrl(input: PayPageInput): string;
  /** alipay.trade.create, for my.tradePay in an Alipay mini program. */
  createTrade(input: { outTradeNo: string; totalFen: number; subject: string; buyerId?: string; buyerOpenId?: string; notifyUrl?: string }): Promise<{ tradeNo: string }>;
  query(outTradeNo: string): Promise<AlipayTrade>;
  /** outRequestNo makes partial and repeated refunds safe; fundChange is false for a repeat. */
  refund(input: { outTradeNo: string; refundFen: number; outRequestNo: string; reason?: string }): Promise<{ fundChange: boolean; refundedTotalFen: number }>;
  close(outTradeNo: string): Promise<void>;
  /**
   * The trade bill of a Beijing day (yyyy-MM-dd): alipay.data.dataservice.bill.downloadurl.query, then the zip
   * behind bill_download_url, read (parseAlipayBill).
   */
  tradeBill(date: string): Promise<{ rows: AlipayBillRow[] }>;
  /** Verify and parse the form fields of an async notification; throws AlipaySignatureError etc. */
  verifyNotification(fields: Record<string, string>): AlipayNotification;
  readonly sdk: AlipaySdk;
}

const keyType = (pem: string): 'PKCS1' | 'PKCS8' => (pem.includes('RSA PRIVATE KEY') ? 'PKCS1' : 'PKCS8');

export function createAlipayClient(config: AlipayClientConfig): AlipayClient {
  const sdk = new AlipaySdk({
    appId: config.appId, privateKey: config.privateKey, keyType: keyType(config.privateKey),
    alipayPublicKey: config.alipayPublicKey, gateway: config.gateway ?? ALIPAY_GATEWAY, signType: 'RSA2',
    timeout: config.timeoutMs ?? 10_000,
  });

  async function call(method: string, bizContent: Record<string, unknown>, extra: Record<string, string> = {}): Promise<Record<string, string>> {
    let result: Record<string, unknown>;
    try {
      // validateSign: the SDK skips response verification unless asked.
      result = await sdk.exec(method, { bizContent, ...extra }, { validateSign: true });
    } catch (err) {
      if (err instanceof AlipayRequestError && err.message.includes('验签失败')) {
        throw new AlipaySignatureError(`Alipay ${method} answer signature does not verify`, { cause: err });
      }
      throw new AlipayError('NETWORK', `Alipay ${method} failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    if (result.code !== '10000') throw new AlipayApiError(String(result.code), String(result.subCode ?? ''), String(result.subMsg ?? result.msg ?? ''));
    return result as Record<string, string>;
  }

  function pageUrl(method: string, productCode: string, input: PayPageInput): string {
    const notifyUrl = input.notifyUrl ?? config.notifyUrl;
    return sdk.pageExecute(method, 'GET', {
      bizContent: {
        out_trade_no: input.outTradeNo, total_amount: fenToYuan(input.totalFen), subject: input.subject, product_code: productCode,
        ...(input.timeExpire ? { time_expire: input.timeExpire } : {}), ...(input.quitUrl ? { quit_url: input.quitUrl } : {}),
      },
      ...(notifyUrl ? { notifyUrl } : {}),
      ...(input.returnUrl ? { returnUrl: input.returnUrl } : {}),
    });
  }

  return {
    sdk,
    wapPayUrl: (input) => pageUrl('alipay.trade.wap.pay', 'QUICK_WAP_WAY', input),
    pagePayUrl: (input) => pageUrl('alipay.trade.page.pay', 'FAST_INSTANT_TRADE_PAY', input),
    async createTrade(input) {
      const notifyUrl = input.notifyUrl ?? config.notifyUrl;
      const result = await call('alipay.trade.create', {
        out_trade_no: input.outTradeNo, total_amount: fenToYuan(input.totalFen), subject: input.subject, product_code: 'JSAPI_PAY',
        ...(input.buyerId ? { buyer_id: input.buyerId } : {}), ...(input.buyerOpenId ? { buyer_open_id: input.buyerOpenId } : {}),
      }, notifyUrl ? { notifyUrl } : {});
      return { tradeNo: result.tradeNo! };
    },
    async query(outTradeNo) {
      const r = await call('alipay.trade.query', { out_trade_no: outTradeNo });
      return {
        outTradeNo: r.outTradeNo!, tradeNo: r.tradeNo!, tradeStatus: r.tradeStatus as AlipayTradeStatus, totalFen: yuanToFen(r.totalAmount!),
        ...(r.buyerPayAmount ? { buyerPayFen: yuanToFen(r.buyerPayAmount) } : {}), ...(r.sendPayDate ? { sendPayDate: r.sendPayDate } : {}),
      };
    },
    async refund(input) {
      const r = await call('alipay.trade.refund', {
        out_trade_no: input.outTradeNo, refund_amount: fenToYuan(input.refundFen), out_request_no: input.outRequestNo,
        ...(input.reason ? { refund_reason: input.reason } : {}),
      });
      return { fundChange: r.fundChange === 'Y', refundedTotalFen: yuanToFen(r.refundFee ?? '0') };
    },
    async close(outTradeNo) {
      await call('alipay.trade.close', { out_trade_no: outTradeNo });
    },
    async tradeBill(date) {
      const { billDownloadUrl } = await call('alipay.data.dataservice.bill.downloadurl.query', { bill_type: 'trade', bill_date: date });
      let zip: Uint8Array;
      try {
        const res = await fetch(billDownloadUrl!, { signal: AbortSignal.timeout(config.timeoutMs ?? 10_000) });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        zip = new Uint8Array(await res.arrayBuffer());
      } catch (err) {
        throw new AlipayError('NETWORK', `Alipay trade bill download failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
      }
      return parseAlipayBill(zip);
    },
    verifyNotification: (fields) => verifyNotification(sdk, config.appId, fields),
  };
}
