// One HTTP exchange with the WeChat API, turned into a value: JSON on success, a WeChatFailure for
// an errcode, an HTTP error, a garbled body or a network fault. Nothing here throws.
import { isRetryableErrcode, LOCAL_ERRCODES } from './constants';
import type { WeChatFailure } from './types';

export interface WeChatRequest {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
}

export type WeChatResponse = { ok: true; json: Record<string, unknown>; text: string } | WeChatFailure;

export interface TransportOptions {
  baseUrl: string;
  timeoutMs: number;
  /** Scrubs credentials from any text that ends up in an errmsg. */
  redact: (text: string) => string;
}

export function failure(errcode: number, errmsg: string, retryable = isRetryableErrcode(errcode)): WeChatFailure {
  return { ok: false, errcode, errmsg, retryable };
}

function errorText(err: unknown): string {
  // fetch wraps the useful part (ECONNREFUSED, ENOTFOUND, …) in `cause`.
  if (!(err instanceof Error)) return String(err);
  return err.cause instanceof Error ? `${err.message}: ${err.cause.message}` : err.message;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

export function createTransport(options: TransportOptions): (req: WeChatRequest) => Promise<WeChatResponse> {
  // Keep a base path (a dev proxy may mount the simulator under /wechat); new URL(path, base) drops it.
  const base = options.baseUrl.replace(/\/+$/, '');

  return async function send(req) {
    const query = new URLSearchParams(req.query ?? {}).toString();
    const url = `${base}${req.path}${query ? `?${query}` : ''}`;
    // Messages name the path only: the query carries the AppSecret or the access token.
    const where = `WeChat ${req.path}`;
    let status: number;
    let text: string;
    try {
      const res = await fetch(url, {
        method: req.method,
        headers: req.body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      status = res.status;
      text = await res.text();
    } catch (err) {
      // Refused, reset, DNS, TLS or timeout: nothing was confirmed, so trying again later is right.
      return failure(LOCAL_ERRCODES.NETWORK, options.redact(`${where} unreachable: ${errorText(err)}`), true);
    }
    if (status !== 200) {
      const retryable = status >= 500 || status === 429;
      return failure(LOCAL_ERRCODES.HTTP_STATUS, `${where} answered HTTP ${status}`, retryable);
    }
    const json = parseJson(text);
    if (json === null) return failure(LOCAL_ERRCODES.INVALID_RESPONSE, `${where} answered a non-JSON body`, true);
    // Successful answers either omit errcode (jscode2session, token) or send 0.
    const errcode = json.errcode;
    if (typeof errcode === 'number' && errcode !== 0) {
      const errmsg = typeof json.errmsg === 'string' ? json.errmsg : '';
      return failure(errcode, options.redact(errmsg));
    }
    return { ok: true, json, text };
  };
}
