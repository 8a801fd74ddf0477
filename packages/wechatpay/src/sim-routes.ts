// The simulated WeChat Pay API v3 endpoints. Each handler gets an authenticated request and
// answers {status, body}; simulator.ts signs the answer.
import { createHash, randomBytes } from 'node:crypto';
import { formatTradeBill, type TradeBillLineInput } from './bill';
import { billRows, type BillType } from './sim-bill';
import { SimRejection, type SimStore } from './sim-store';
import { parseBody, positiveFen, prepayRequest, str } from './sim-validate';

export interface RouteContext {
  store: SimStore;
  mchid: string;
  appid?: string;
  baseUrl: () => string;
  bills: Map<string, string>;
  alterBill: (rows: TradeBillLineInput[], date: string) => TradeBillLineInput[];
  afterRefund: (outRefundNo: string) => void;
}

export interface RouteReply {
  status: number;
  body: string;
  /** Bill files are served as text and are not platform-signed. */
  raw?: boolean;
}

const json = (status: number, value: unknown): RouteReply => ({ status, body: JSON.stringify(value) });

type Handler = (ctx: RouteContext, match: RegExpExecArray, query: URLSearchParams, body: string) => RouteReply;

export const ROUTES: { method: string; pattern: RegExp; handle: Handler }[] = [
  {
    method: 'POST', pattern: /^\/v3\/pay\/transactions\/jsapi$/,
    handle: (ctx, _m, _q, body) => {
      const order = ctx.store.prepay('JSAPI', prepayRequest(parseBody(body), ctx.mchid, ctx.appid, true));
      return json(200, { prepay_id: order.prepayId });
    },
  },
  {
    method: 'POST', pattern: /^\/v3\/pay\/transactions\/h5$/,
    handle: (ctx, _m, _q, body) => {
      const parsed = parseBody(body);
      const scene = parsed.scene_info as { payer_client_ip?: unknown } | undefined;
      if (typeof scene?.payer_client_ip !== 'string') throw new SimRejection(400, 'PARAM_ERROR', '缺少 scene_info.payer_client_ip');
      const order = ctx.store.prepay('MWEB', prepayRequest(parsed, ctx.mchid, ctx.appid, false));
      return json(200, { h5_url: `${ctx.baseUrl()}/sim/h5?prepay_id=${order.prepayId}` });
    },
  },
  {
    method: 'GET', pattern: /^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)$/,
    handle: (ctx, m, q) => {
      if (q.get('mchid') !== ctx.mchid) throw new SimRejection(400, 'PARAM_ERROR', 'mchid 缺失或不匹配');
      return json(200, ctx.store.transaction(ctx.store.get(decodeURIComponent(m[1]!))));
    },
  },
  {
    method: 'POST', pattern: /^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)\/close$/,
    handle: (ctx, m, _q, body) => {
      if (str(parseBody(body), 'mchid') !== ctx.mchid) throw new SimRejection(400, 'PARAM_ERROR', 'mchid 不匹配');
      ctx.store.close(decodeURIComponent(m[1]!));
      return { status: 204, body: '' };
    },
  },
  {
    method: 'POST', pattern: /^\/v3\/refund\/domestic\/refunds$/,
    handle: (ctx, _m, _q, body) => {
      const req = parseBody(body);
      const amount = (req.amount ?? {}) as Record<string, unknown>;
      if (amount.currency !== 'CNY') throw new SimRejection(400, 'PARAM_ERROR', 'amount.currency 必须为 CNY');
      const notifyUrl = typeof req.notify_url === 'string' ? req.notify_url : undefined;
      const fresh = !ctx.store.refunds.has(str(req, 'out_refund_no', 64));
      const entry = ctx.store.refund(
        {
          out_trade_no: str(req, 'out_trade_no', 32), out_refund_no: str(req, 'out_refund_no', 64),
          amount: { refund: positiveFen(amount.refund, 'amount.refund'), total: positiveFen(amount.total, 'amount.total') },
        },
        notifyUrl,
      );
      if (fresh) ctx.afterRefund(entry.refund.out_refund_no);
      return json(200, entry.refund);
    },
  },
  {
    method: 'GET', pattern: /^\/v3\/refund\/domestic\/refunds\/([^/]+)$/,
    handle: (ctx, m) => {
      const entry = ctx.store.refunds.get(decodeURIComponent(m[1]!));
      if (!entry) throw new SimRejection(404, 'RESOURCE_NOT_EXISTS', '退款单不存在');
      return json(200, entry.refund);
    },
  },
  {
    method: 'GET', pattern: /^\/v3\/bill\/tradebill$/,
    handle: (ctx, _m, q) => {
      const date = q.get('bill_date') ?? '';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new SimRejection(400, 'PARAM_ERROR', 'bill_date 格式错误');
      const type = (q.get('bill_type') ?? 'ALL') as BillType;
      if (!['ALL', 'SUCCESS', 'REFUND'].includes(type)) throw new SimRejection(400, 'PARAM_ERROR', 'bill_type 无效');
      const rows = ctx.alterBill(billRows(ctx.store, date, type), date);
      if (rows.length === 0) throw new SimRejection(400, 'NO_STATEMENT_EXIST', '账单文件不存在');
      const text = formatTradeBill(rows);
      const token = randomBytes(12).toString('hex');
      ctx.bills.set(token, text);
      return json(200, {
        download_url: `${ctx.baseUrl()}/v3/billdownload/file?token=${token}`,
        hash_type: 'SHA1',
        hash_value: createHash('sha1').update(text, 'utf8').digest('hex'),
      });
    },
  },
  {
    method: 'GET', pattern: /^\/v3\/billdownload\/file$/,
    handle: (ctx, _m, q) => {
      const text = ctx.bills.get(q.get('token') ?? '');
      if (text === undefined) throw new SimRejection(404, 'RESOURCE_NOT_EXISTS', '账单下载链接无效');
      return { status: 200, body: text, raw: true };
    },
  },
];
