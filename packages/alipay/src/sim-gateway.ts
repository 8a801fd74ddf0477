// The simulated gateway.do: merges URL and form parameters, checks app_id and the merchant's RSA2
// signature, then either runs an OpenAPI method (POST, signed JSON answer) or opens the cashier
// for a page method (GET alipay.trade.wap.pay / alipay.trade.page.pay, as the browser would).
import type { KeyObject } from 'node:crypto';
import type { SimulatorRequest, SimulatorResponse } from '@xinglin/sim-http';
import { rsa2Sign, rsa2Verify, signContent } from './rsa2';
import { cashierPage } from './sim-cashier';
import { METHODS, priceFen, type Biz, type MethodContext } from './sim-methods';
import { SimBusinessError } from './sim-store';

export interface GatewayOptions {
  appId: string;
  appPublicKey: KeyObject;
  alipayPrivateKey: KeyObject;
  methods: MethodContext;
}

const PAGE_METHODS: Record<string, string> = {
  'alipay.trade.wap.pay': 'QUICK_WAP_WAY',
  'alipay.trade.page.pay': 'FAST_INSTANT_TRADE_PAY',
};

export function readParams(req: SimulatorRequest, url: URL): Record<string, string> {
  const params: Record<string, string> = Object.fromEntries(url.searchParams);
  const type = String(req.headers['content-type'] ?? '');
  if (req.body && (type.includes('x-www-form-urlencoded') || type === '')) Object.assign(params, Object.fromEntries(new URLSearchParams(req.body)));
  return params;
}

/** The answer body Alipay gives: {"<method>_response": {...}, "sign": RSA2 over the inner JSON text}. */
export function signedAnswer(options: GatewayOptions, method: string, payload: Record<string, string>): SimulatorResponse {
  const inner = JSON.stringify(payload);
  const key = `${method.replaceAll('.', '_')}_response`;
  const body = `{"${key}":${inner},"sign":"${rsa2Sign(inner, options.alipayPrivateKey)}"}`;
  return { status: 200, headers: { 'content-type': 'application/json;charset=utf-8' }, body };
}

function failure(err: SimBusinessError): Record<string, string> {
  return { code: err.code, msg: err.msg, sub_code: err.subCode, sub_msg: err.subMsg };
}

function parseBiz(raw: string | undefined): Biz {
  try {
    const value: unknown = JSON.parse(raw ?? '{}');
    if (typeof value === 'object' && value !== null) return value as Biz;
  } catch {
    // reported below
  }
  throw new SimBusinessError('isv.invalid-parameter', 'biz_content 不是合法的 JSON', '40002', 'Invalid Arguments');
}

export function handleGateway(options: GatewayOptions, req: SimulatorRequest, url: URL): SimulatorResponse {
  const params = readParams(req, url);
  const method = params.method ?? '';
  const answer = (payload: Record<string, string>) => signedAnswer(options, method, payload);
  try {
    if (params.app_id !== options.appId) throw new SimBusinessError('isv.invalid-app-id', '无效的AppID参数', '40002', 'Invalid Arguments');
    if (params.sign_type !== 'RSA2') throw new SimBusinessError('isv.invalid-signature-type', '无效的签名类型', '40002', 'Invalid Arguments');
    if (!rsa2Verify(signContent(params), params.sign ?? '', options.appPublicKey)) {
      throw new SimBusinessError('isv.invalid-signature', `验签出错，网关生成的验签字符串为：${signContent(params)}`, '40002', 'Invalid Arguments');
    }
    const biz = parseBiz(params.biz_content);
    const productCode = PAGE_METHODS[method];
    if (productCode && req.method === 'GET') {
      const trade = options.methods.store.create({
        outTradeNo: String(biz.out_trade_no ?? ''), subject: String(biz.subject ?? ''), totalFen: priceFen(biz, 'total_amount'),
        productCode, notifyUrl: params.notify_url, returnUrl: params.return_url,
      });
      return cashierPage(trade);
    }
    const run = METHODS[method];
    if (!run) throw new SimBusinessError('isv.invalid-method', '不存在的方法名', '40002', 'Invalid Arguments');
    return answer(run(options.methods, biz, params));
  } catch (err) {
    if (!(err instanceof SimBusinessError)) throw err;
    if (PAGE_METHODS[method] && req.method === 'GET') {
      return { status: 400, headers: { 'content-type': 'text/html; charset=utf-8' }, body: `<!doctype html><meta charset="utf-8"><p>${err.subCode}</p>` };
    }
    return answer(failure(err));
  }
}
