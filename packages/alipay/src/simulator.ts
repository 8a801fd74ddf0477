// A local Alipay OpenAPI gateway on loopback that the official alipay-sdk talks to (set the
// client's gateway to `${sim.gatewayUrl}`): its own RSA2 key pair, checks of the merchant's request
// signatures, in-memory trades, signed answers, and signed notifications with fault controls.
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import { startSimulatorServer, type SimulatorRequest, type SimulatorResponse } from '@xinglin/sim-http';
import { formatAlipayBill, type AlipayBillLineInput } from './bill';
import { billRows } from './sim-bill';
import { fenToYuan } from './fen';
import { cashierReply } from './sim-cashier';
import { handleGateway, readParams, type GatewayOptions } from './sim-gateway';
import { tradeFields } from './sim-methods';
import { createAlipayNotifier, type AlipayDelivery, type AlipayNotificationFaults } from './sim-notify';
import { createAlipayStore, SimBusinessError, type SimTrade } from './sim-store';
import { alipayTime } from './sim-time';

export interface AlipaySimulatorOptions {
  appId: string;
  /** The merchant's application public key (PEM): verifies the SDK's request signatures. */
  appPublicKey: string | KeyObject;
  now?: () => number;
  /** Retry a notification not answered "success" after each of these waits (Alipay: 4 min, 10 min, …); default none. */
  notifyRetryDelaysMs?: readonly number[];
  port?: number;
  host?: string;
}

export interface AlipaySimulator {
  url: string;
  /** Pass as AlipayClientConfig.gateway. */
  gatewayUrl: string;
  /** PEM (SPKI) of the simulator's "Alipay public key", for AlipayClientConfig.alipayPublicKey. */
  alipayPublicKey: string;
  handle(req: SimulatorRequest): Promise<SimulatorResponse>;
  /** The buyer pays: TRADE_SUCCESS, then a notification to notify_url. Resolves after delivery. */
  pay(outTradeNo: string): Promise<AlipayDelivery[]>;
  /** The unpaid trade times out: TRADE_CLOSED, with a notification. */
  expire(outTradeNo: string): Promise<AlipayDelivery[]>;
  setFaults(faults: AlipayNotificationFaults): void;
  flushNotifications(): Promise<AlipayDelivery[]>;
  deliveries(): AlipayDelivery[];
  trade(outTradeNo: string): Readonly<SimTrade> | undefined;
  /** Rewrites the trade bill's lines before serving (drop, add, change amounts) for reconciliation tests; undefined resets. */
  alterBill(fn: ((rows: AlipayBillLineInput[], date: string) => AlipayBillLineInput[]) | undefined): void;
  /** Waits for background work (refund notifications). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const SELLER_ID = '2088102146225135';

export async function createAlipaySimulator(options: AlipaySimulatorOptions): Promise<AlipaySimulator> {
  const now = options.now ?? Date.now;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const store = createAlipayStore(now);
  const notifier = createAlipayNotifier({ alipayPrivateKey: privateKey, retryDelaysMs: options.notifyRetryDelaysMs });
  const pending = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>): void => {
    const p = work.catch(() => undefined).finally(() => pending.delete(p));
    pending.add(p);
  };

  function notificationFields(trade: SimTrade, extra: Record<string, string> = {}): Record<string, string> {
    const { trade_no, out_trade_no, trade_status, total_amount, receipt_amount, buyer_pay_amount } = tradeFields(trade);
    return Object.fromEntries(Object.entries({
      notify_time: alipayTime(now()), notify_type: 'trade_status_sync', app_id: options.appId, charset: 'utf-8', version: '1.0',
      trade_no, out_trade_no, trade_status, total_amount, receipt_amount, buyer_pay_amount, buyer_id: trade.buyerId,
      seller_id: SELLER_ID, subject: trade.subject, gmt_create: alipayTime(trade.createdAt),
      gmt_payment: trade.paidAt === undefined ? undefined : alipayTime(trade.paidAt),
      gmt_close: trade.closedAt === undefined ? undefined : alipayTime(trade.closedAt),
      ...extra,
    }).filter((entry): entry is [string, string] => entry[1] !== undefined));
  }

  const notify = async (trade: SimTrade, extra?: Record<string, string>): Promise<AlipayDelivery[]> =>
    trade.notifyUrl ? notifier.notify(trade.notifyUrl, notificationFields(trade, extra)) : [];

  // Like Alipay's, a bill address works for a short while only (Alipay: 30 s; here 5 min, for slow test machines).
  const bills = new Map<string, { date: string; until: number }>();
  let billEditor: ((rows: AlipayBillLineInput[], date: string) => AlipayBillLineInput[]) | undefined;
  let baseUrl = '';
  function billDownload(token: string): SimulatorResponse {
    const bill = bills.get(token);
    if (!bill || bill.until < now()) return cashierReply(404, { message: 'bill address unknown or expired' });
    const rows = billRows(store, bill.date);
    const bytes = formatAlipayBill({ pid: SELLER_ID, date: bill.date, rows: billEditor ? billEditor(rows, bill.date) : rows, exportedAt: alipayTime(now()) });
    return { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: '', bytes };
  }

  const gateway: GatewayOptions = {
    appId: options.appId,
    appPublicKey: typeof options.appPublicKey === 'string' ? createPublicKey(options.appPublicKey) : options.appPublicKey,
    alipayPrivateKey: privateKey,
    methods: {
      store, now,
      afterRefund: (trade, outRequestNo) => track(notify(trade, {
        refund_fee: fenToYuan(store.refundedFen(trade)), gmt_refund: alipayTime(trade.refundedAt ?? now()),
        ...(outRequestNo ? { out_biz_no: outRequestNo } : {}),
      })),
      billDownloadUrl: (date) => {
        const token = randomBytes(16).toString('hex');
        bills.set(token, { date, until: now() + 5 * 60_000 });
        return `${baseUrl}/sim/bill/${token}.csv.zip`;
      },
    },
  };

  const pay = (outTradeNo: string) => notify(store.pay(outTradeNo));

  async function handle(req: SimulatorRequest): Promise<SimulatorResponse> {
    const url = new URL(req.path, 'http://simulator.invalid');
    if (url.pathname === '/gateway.do') return handleGateway(gateway, req, url);
    const bill = /^\/sim\/bill\/([0-9a-f]{32})\.csv\.zip$/.exec(url.pathname);
    if (bill && req.method === 'GET') return billDownload(bill[1]!);
    if (url.pathname === '/sim/cashier/pay' && req.method === 'POST') {
      const params = readParams(req, url);
      try {
        await pay(params.out_trade_no ?? '');
        return cashierReply(200, { out_trade_no: params.out_trade_no, trade_status: store.get(params.out_trade_no ?? '').status });
      } catch (err) {
        if (!(err instanceof SimBusinessError)) throw err;
        return cashierReply(400, { sub_code: err.subCode, sub_msg: err.subMsg });
      }
    }
    return cashierReply(404, { message: 'not an Alipay simulator path' });
  }

  const server = await startSimulatorServer({ handle }, options.port ?? 0, options.host);
  baseUrl = server.url;
  return {
    url: server.url,
    gatewayUrl: `${server.url}/gateway.do`,
    alipayPublicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    handle,
    pay,
    expire: (outTradeNo) => notify(store.close(outTradeNo)),
    setFaults: (faults) => notifier.setFaults(faults),
    flushNotifications: () => notifier.flush(),
    deliveries: () => notifier.deliveries(),
    trade: (outTradeNo) => store.trades.get(outTradeNo),
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
