// The access token, fetched once and kept in memory until shortly before it expires. Concurrent
// callers share one fetch: WeChat rate-limits the token APIs, and with the classic endpoint every
// extra fetch would start invalidating the token the other callers hold.
import {
  GRANT_TYPE_CLIENT_CREDENTIAL,
  LOCAL_ERRCODES,
  TOKEN_REFRESH_MARGIN_SECONDS,
  WECHAT_PATHS,
} from './constants';
import { failure, type WeChatRequest, type WeChatResponse } from './transport';
import type { AccessTokenEndpoint, WeChatFailure } from './types';

export type AccessTokenOutcome = { ok: true; token: string } | WeChatFailure;

export interface AccessTokenCache {
  get(): Promise<AccessTokenOutcome>;
  /** Forget `token` after WeChat rejected it; a newer token fetched meanwhile is kept. */
  invalidate(token: string): void;
  /** The cached token, for redaction only. */
  peek(): string | undefined;
}

export interface AccessTokenCacheOptions {
  appId: string;
  appSecret: string;
  endpoint: AccessTokenEndpoint;
  now: () => number;
  send: (req: WeChatRequest) => Promise<WeChatResponse>;
}

function tokenRequest(o: AccessTokenCacheOptions): WeChatRequest {
  const credentials = { grant_type: GRANT_TYPE_CLIENT_CREDENTIAL, appid: o.appId, secret: o.appSecret };
  // Normal mode only: force_refresh would revoke the token other servers of this app are using.
  return o.endpoint === 'stable'
    ? { method: 'POST', path: WECHAT_PATHS.stableToken, body: { ...credentials, force_refresh: false } }
    : { method: 'GET', path: WECHAT_PATHS.token, query: credentials };
}

/** Seconds the token is used before a refresh: all but the last 5 minutes, or half a short lifetime. */
export function usableSeconds(expiresIn: number): number {
  return Math.max(expiresIn - TOKEN_REFRESH_MARGIN_SECONDS, expiresIn / 2);
}

export function createAccessTokenCache(options: AccessTokenCacheOptions): AccessTokenCache {
  let cached: { token: string; refreshAt: number } | undefined;
  let inflight: Promise<AccessTokenOutcome> | undefined;

  async function fetchToken(): Promise<AccessTokenOutcome> {
    const res = await options.send(tokenRequest(options));
    if (!res.ok) return res;
    const { access_token: token, expires_in: expiresIn } = res.json;
    if (typeof token !== 'string' || token === '' || typeof expiresIn !== 'number' || !(expiresIn > 0)) {
      const errmsg = 'WeChat token API answered without access_token/expires_in';
      return failure(LOCAL_ERRCODES.INVALID_RESPONSE, errmsg, true);
    }
    cached = { token, refreshAt: options.now() + usableSeconds(expiresIn) * 1000 };
    return { ok: true, token };
  }

  return {
    get() {
      if (cached && options.now() < cached.refreshAt) return Promise.resolve({ ok: true, token: cached.token });
      inflight ??= fetchToken().finally(() => {
        inflight = undefined;
      });
      return inflight;
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined;
    },
    peek: () => cached?.token,
  };
}
