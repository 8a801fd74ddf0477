// One signed exchange with WeChat Pay API v3: sign the request with the merchant key, send it,
// verify the platform signature on a 2xx answer, and turn a non-2xx answer into WechatPayApiError.
import { WechatPayApiError, WechatPayError } from './errors';
import { buildAuthorization, nonceString, type MerchantCredentials } from './signing';
import type { PlatformVerifier } from './verify';

export interface TransportOptions {
  baseUrl: string;
  merchant: MerchantCredentials;
  verifier: PlatformVerifier;
  now: () => number;
  timeoutMs: number;
}

export interface WechatPayCall {
  method: 'GET' | 'POST';
  /** Path and query ("/v3/…?mchid=…"), or an absolute URL such as a bill download_url. */
  path: string;
  body?: unknown;
  /** Bill downloads are not signed by the platform; they are checked by hash instead. */
  unsigned?: boolean;
}

export interface WechatPayReply {
  status: number;
  text: string;
}

export type Transport = (call: WechatPayCall) => Promise<WechatPayReply>;

function apiError(status: number, text: string): WechatPayApiError {
  try {
    const json = JSON.parse(text) as { code?: unknown; message?: unknown };
    return new WechatPayApiError(status, String(json.code ?? 'UNKNOWN'), String(json.message ?? ''));
  } catch {
    return new WechatPayApiError(status, 'UNKNOWN', text.slice(0, 200));
  }
}

export function createTransport(options: TransportOptions): Transport {
  const base = options.baseUrl.replace(/\/+$/, '');
  return async (call) => {
    const url = new URL(/^https?:/.test(call.path) ? call.path : `${base}${call.path}`);
    const body = call.body === undefined ? '' : JSON.stringify(call.body);
    const authorization = buildAuthorization(options.merchant, {
      method: call.method,
      url: `${url.pathname}${url.search}`,
      body,
      timestamp: Math.floor(options.now() / 1000),
      nonce: nonceString(),
    });
    let res: Response;
    let text: string;
    try {
      res = await fetch(url, {
        method: call.method,
        headers: {
          Authorization: authorization,
          Accept: 'application/json',
          'User-Agent': 'xinglin-wechatpay/0.1',
          ...(body ? { 'Content-Type': 'application/json' } : {}),
        },
        body: body || undefined,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      text = await res.text();
    } catch (err) {
      throw new WechatPayError('NETWORK', `WeChat Pay ${url.pathname} unreachable: ${String(err)}`, { cause: err });
    }
    if (res.status < 200 || res.status >= 300) throw apiError(res.status, text);
    // The spec: a 2xx answer without a valid platform signature is to be treated as forged.
    if (!call.unsigned) options.verifier.verify(res.headers, text);
    return { status: res.status, text };
  };
}

export function parseJsonReply<T>(reply: WechatPayReply): T {
  try {
    return JSON.parse(reply.text) as T;
  } catch (err) {
    throw new WechatPayError('INVALID_RESPONSE', 'WeChat Pay answered a non-JSON body', { cause: err });
  }
}
