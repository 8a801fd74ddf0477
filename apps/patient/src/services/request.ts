import Taro from '@tarojs/taro';
import { apiErrorSchema, type SessionTokens } from '@xinglin/contracts';
import { z } from 'zod';
import type { Lang } from '../i18n/lang';
import { clearSession, loadSession, saveSession } from './session-store';

/**
 * The one request module: base URL, bearer token, one transparent refresh-and-retry on 401,
 * and error normalisation into RequestError (the server's {code, messageZh, messageEn} shape).
 */

// zod would probe `new Function` before compiling object parsers: the server's CSP (no 'unsafe-eval')
// logs that probe as a console error in H5, and the mini program forbids eval outright.
z.config({ jitless: true });

/** H5 is served by the API server itself (same origin); the mini program needs an absolute origin. */
export const API_ORIGIN = process.env.TARO_ENV === 'h5' ? '' : API_BASE;
const BASE = `${API_ORIGIN}/api/v1`;
const TIMEOUT_MS = 15_000;

export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageZh: string,
    readonly messageEn: string,
    readonly requestId?: string,
    readonly details?: unknown,
  ) {
    super(messageEn);
    this.name = 'RequestError';
  }

  localized(lang: Lang): string {
    return lang === 'en' ? this.messageEn : this.messageZh;
  }

  /** Seconds to wait, from a 429's `details.retryAfterSeconds`. */
  get retryAfterSeconds(): number | undefined {
    const d = this.details as { retryAfterSeconds?: unknown } | undefined;
    return typeof d?.retryAfterSeconds === 'number' ? d.retryAfterSeconds : undefined;
  }
}

const NETWORK_ZH = '网络连接失败，请检查网络后重试';
const NETWORK_EN = 'Network error. Check your connection and try again.';

/** Any thrown value → a message in the user's language. */
export function errorMessage(err: unknown, lang: Lang): string {
  if (err instanceof RequestError) return err.localized(lang);
  return lang === 'en' ? NETWORK_EN : NETWORK_ZH;
}

type Query = Record<string, string | number | undefined>;
export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Query;
  /** false: never send the bearer token (sign-in endpoints). */
  auth?: boolean;
}

interface RawResponse {
  status: number;
  data: unknown;
}

function buildUrl(path: string, query?: Query): string {
  const parts = Object.entries(query ?? {})
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return `${BASE}${path}${parts.length ? `?${parts.join('&')}` : ''}`;
}

async function send(path: string, opts: RequestOptions, token?: string): Promise<RawResponse> {
  const header: Record<string, string> = { Accept: 'application/json' };
  if (opts.body !== undefined) header['Content-Type'] = 'application/json';
  if (token) header.Authorization = `Bearer ${token}`;
  try {
    const res = await Taro.request({
      url: buildUrl(path, opts.query),
      method: opts.method ?? 'GET',
      data: opts.body as Record<string, unknown> | undefined,
      header,
      dataType: 'json',
      timeout: TIMEOUT_MS,
    });
    return { status: res.statusCode, data: res.data as unknown };
  } catch {
    throw new RequestError(0, 'NETWORK_ERROR', NETWORK_ZH, NETWORK_EN);
  }
}

function toError({ status, data }: RawResponse): RequestError {
  const parsed = apiErrorSchema.safeParse(typeof data === 'string' ? safeJson(data) : data);
  if (parsed.success) {
    const e = parsed.data;
    return new RequestError(e.statusCode, e.code, e.messageZh, e.messageEn, e.requestId, e.details);
  }
  return new RequestError(status, `HTTP_${status}`, `服务暂时不可用（${status}），请稍后再试`,
    `The service is unavailable (${status}). Please try again later.`);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

let refreshing: Promise<boolean> | null = null;

/** Rotates the refresh token once; concurrent 401s share one refresh. */
function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    const current = loadSession();
    if (!current) return false;
    try {
      const res = await send('/auth/refresh', {
        method: 'POST',
        body: { refreshToken: current.refreshToken },
      });
      if (res.status === 400 || res.status === 401 || res.status === 403) {
        clearSession(); // the refresh token is dead: signed out
        return false;
      }
      if (res.status !== 200) return false; // server trouble: keep the session
      saveSession(res.data as SessionTokens);
      return true;
    } catch {
      return false; // network trouble: keep the session, fail this request
    }
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const token = opts.auth === false ? undefined : loadSession()?.accessToken;
  let res = await send(path, opts, token);
  if (res.status === 401 && token && (await refreshSession())) {
    res = await send(path, opts, loadSession()?.accessToken);
  }
  if (res.status >= 200 && res.status < 300) return res.data as T;
  throw toError(res);
}

/** Absolute URL for server-relative assets such as a doctor's avatarUrl. */
export function assetUrl(url: string): string {
  return /^https?:\/\//.test(url) || !url.startsWith('/') ? url : `${API_ORIGIN}${url}`;
}
