// A local WeChat Pay API v3 gateway on loopback: its own platform RSA key and serial, merchant
// signature checks, in-memory orders and refunds, signed+encrypted notifications with fault
// controls, and trade bills built from what happened. Pair it with createWechatPayClient.
import { createHash, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { startSimulatorServer, type SimulatorRequest, type SimulatorResponse } from '@xinglin/sim-http';
import type { TradeBillLineInput } from './bill';
import type { PublicKeyInput } from './signing';
import { checkMerchantRequest, signedReply, type SimAuthOptions } from './sim-auth';
import { handleCashier } from './sim-cashier';
import { createNotifier, type NotificationDelivery, type NotificationFaults } from './sim-notify';
import { ROUTES, type RouteContext } from './sim-routes';
import { createSimStore, SimRejection } from './sim-store';
import type { RefundResource, Transaction } from './types';

export interface WechatPaySimulatorOptions {
  mchid: string;
  /** When set, prepay requests for another appid are refused (APPID_MCHID_NOT_MATCH). */
  appid?: string;
  merchantSerialNo: string;
  /** Verifies the merchant's request signatures: the public half of the client's merchantPrivateKey. */
  merchantPublicKey: PublicKeyInput;
  apiV3Key: string;
  now?: () => number;
  /** Retry a notification the merchant did not answer 2xx after each of these waits (WeChat Pay uses 15 s, 15 s, 30 s, 3 min, …); default none. */
  notifyRetryDelaysMs?: readonly number[];
  /** Complete refunds (SUCCESS + REFUND.SUCCESS notification) right after creating them; default true. */
  autoCompleteRefunds?: boolean;
  port?: number;
  host?: string;
}

export interface WechatPaySimulator {
  url: string;
  platformSerial: string;
  /** PEM (SPKI) of the platform public key. */
  platformPublicKey: string;
  /** Ready for WechatPayClientConfig.platformKeys. */
  platformKeys: Record<string, string>;
  handle(req: SimulatorRequest): Promise<SimulatorResponse>;
  /** The payer pays: SUCCESS, then TRANSACTION.SUCCESS to notify_url. Resolves after delivery. */
  pay(outTradeNo: string): Promise<NotificationDelivery[]>;
  /** The payment fails (PAYERROR). WeChat Pay sends no notification for this. */
  fail(outTradeNo: string): Promise<void>;
  completeRefund(outRefundNo: string, status?: 'SUCCESS' | 'ABNORMAL'): Promise<NotificationDelivery[]>;
  setFaults(faults: NotificationFaults): void;
  /** Sends notifications held by the reorder fault, newest first. */
  flushNotifications(): Promise<NotificationDelivery[]>;
  deliveries(): NotificationDelivery[];
  transaction(outTradeNo: string): Transaction | undefined;
  /** Rewrites bill rows before serving (drop, add, change amounts) for reconciliation tests; undefined resets. */
  alterBill(fn: ((rows: TradeBillLineInput[], date: string) => TradeBillLineInput[]) | undefined): void;
  /** Waits for background work (auto-completed refunds and their notifications). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

function platformSerialNo(key: KeyObject): string {
  const digest = createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('hex');
  return `PUB_KEY_ID_01${digest.slice(0, 26).toUpperCase()}`;
}

export async function createWechatPaySimulator(options: WechatPaySimulatorOptions): Promise<WechatPaySimulator> {
  const now = options.now ?? Date.now;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const platformSerial = platformSerialNo(publicKey);
  const auth: SimAuthOptions = {
    mchid: options.mchid, merchantSerialNo: options.merchantSerialNo, platformKey: privateKey, platformSerial, now,
    merchantPublicKey: typeof options.merchantPublicKey === 'string' ? createPublicKey(options.merchantPublicKey) : options.merchantPublicKey,
  };
  const store = createSimStore(now);
  const notifier = createNotifier({
    platformKey: privateKey, platformSerial, apiV3Key: options.apiV3Key, now, retryDelaysMs: options.notifyRetryDelaysMs,
  });
  const pending = new Set<Promise<unknown>>();
  let baseUrl = '';
  let billEditor: RouteContext['alterBill'] | undefined;

  const track = (work: Promise<unknown>): void => {
    const p = work.catch(() => undefined).finally(() => pending.delete(p));
    pending.add(p);
  };

  async function completeRefund(outRefundNo: string, status: 'SUCCESS' | 'ABNORMAL' = 'SUCCESS'): Promise<NotificationDelivery[]> {
    const { refund, notifyUrl } = store.completeRefund(outRefundNo, status);
    if (!notifyUrl) return [];
    const resource: RefundResource = {
        mchid: options.mchid, out_trade_no: refund.out_trade_no, transaction_id: refund.transaction_id,
        out_refund_no: refund.out_refund_no, refund_id: refund.refund_id, refund_status: refund.status,
        ...(refund.success_time ? { success_time: refund.success_time } : {}),
        user_received_account: refund.user_received_account,
        amount: { total: refund.amount.total, refund: refund.amount.refund, payer_total: refund.amount.payer_total, payer_refund: refund.amount.payer_refund },
    };
    return notifier.notify({
      url: notifyUrl, eventType: status === 'SUCCESS' ? 'REFUND.SUCCESS' : 'REFUND.ABNORMAL', originalType: 'refund',
      summary: status === 'SUCCESS' ? '退款成功' : '退款异常', resource,
    });
  }

  const ctx: RouteContext = {
    store, mchid: options.mchid, appid: options.appid, baseUrl: () => baseUrl, bills: new Map(),
    alterBill: (rows, date) => (billEditor ? billEditor(rows, date) : rows),
    afterRefund: (no) => {
      if (options.autoCompleteRefunds !== false) track(new Promise((r) => setTimeout(r, 0)).then(() => completeRefund(no)));
    },
  };

  async function pay(outTradeNo: string): Promise<NotificationDelivery[]> {
    const order = store.pay(outTradeNo);
    return notifier.notify({
      url: order.request.notify_url, eventType: 'TRANSACTION.SUCCESS', originalType: 'transaction', summary: '支付成功',
      resource: store.transaction(order),
    });
  }
  const fail = async (outTradeNo: string): Promise<void> => void store.fail(outTradeNo);

  async function handle(req: SimulatorRequest): Promise<SimulatorResponse> {
    const url = new URL(req.path, 'http://simulator.invalid');
    if (url.pathname.startsWith('/sim/')) {
      try {
        return await handleCashier({ store, pay, fail }, req, url.pathname, url.searchParams);
      } catch (err) {
        if (!(err instanceof SimRejection)) throw err;
        return { status: err.status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: err.code, message: err.message }) };
      }
    }
    const rejectReason = checkMerchantRequest(auth, req);
    if (rejectReason) return signedReply(auth, 401, JSON.stringify({ code: 'SIGN_ERROR', message: rejectReason }));
    for (const route of ROUTES) {
      const match = route.pattern.exec(url.pathname);
      if (!match || route.method !== req.method.toUpperCase()) continue;
      try {
        const out = route.handle(ctx, match, url.searchParams, req.body);
        if (out.raw) return { status: out.status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: out.body };
        return signedReply(auth, out.status, out.body);
      } catch (err) {
        if (!(err instanceof SimRejection)) throw err;
        return signedReply(auth, err.status, JSON.stringify({ code: err.code, message: err.message }));
      }
    }
    return signedReply(auth, 404, JSON.stringify({ code: 'NOT_FOUND', message: `no API at ${req.method} ${url.pathname}` }));
  }

  const server = await startSimulatorServer({ handle }, options.port ?? 0, options.host);
  baseUrl = server.url;
  const platformPublicKey = publicKey.export({ type: 'spki', format: 'pem' }).toString();

  return {
    url: server.url,
    platformSerial,
    platformPublicKey,
    platformKeys: { [platformSerial]: platformPublicKey },
    handle,
    pay,
    fail,
    completeRefund,
    setFaults: (faults) => notifier.setFaults(faults),
    flushNotifications: () => notifier.flush(),
    deliveries: () => notifier.deliveries(),
    transaction: (no) => {
      const order = store.orders.get(no);
      return order ? store.transaction(order) : undefined;
    },
    alterBill: (fn) => {
      billEditor = fn;
    },
    idle: async () => {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    close: async () => {
      await Promise.all([...pending]);
      await server.close();
    },
  };
}

/** A random 32-character APIv3 key for tests and local development. */
export const randomApiV3Key = (): string => randomBytes(16).toString('hex');
