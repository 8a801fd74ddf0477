// Access tokens as WeChat hands them out, on the simulator's clock:
// - classic (/cgi-bin/token): each call mints a new token; the previous one stays usable for
//   5 more minutes so servers can switch over (WeChat's documented overlap);
// - stable (/cgi-bin/stable_token): normal mode returns the current token until its last 5
//   minutes; force_refresh revokes it at once, but not more often than every 30 s.
// The two kinds are independent, as WeChat documents.
import { randomBytes } from 'node:crypto';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  FORCE_REFRESH_MIN_INTERVAL_SECONDS,
  TOKEN_REFRESH_MARGIN_SECONDS,
  WECHAT_ERRCODES,
} from './constants';

interface IssuedToken {
  token: string;
  /** Epoch ms. */
  expiresAt: number;
  revoked: boolean;
}

export interface GrantedToken {
  access_token: string;
  expires_in: number;
}

export interface TokenStore {
  classic(): GrantedToken;
  stable(forceRefresh: boolean): GrantedToken;
  /** 0 when `token` may be used now, else 41001 (missing), 40001 (unknown or revoked) or 42001 (expired). */
  check(token: string | null): number;
  clear(): void;
}

const MARGIN_MS = TOKEN_REFRESH_MARGIN_SECONDS * 1000;

export function createTokenStore(now: () => number): TokenStore {
  const issued = new Map<string, IssuedToken>();
  let classicLatest: IssuedToken | undefined;
  let stableLatest: IssuedToken | undefined;
  let lastForcedAt = Number.NEGATIVE_INFINITY;

  // Each operation reads the clock once, so a fresh token reports exactly 7200 s, not 7199.
  function mint(at: number): IssuedToken {
    // Real tokens are ~136 printable characters; the length matters only to storage, not to us.
    const token = randomBytes(96).toString('base64url');
    const entry = { token, expiresAt: at + ACCESS_TOKEN_TTL_SECONDS * 1000, revoked: false };
    issued.set(entry.token, entry);
    return entry;
  }

  const grant = (t: IssuedToken, at: number): GrantedToken => ({
    access_token: t.token,
    expires_in: Math.max(0, Math.floor((t.expiresAt - at) / 1000)),
  });

  return {
    classic() {
      const at = now();
      if (classicLatest) classicLatest.expiresAt = Math.min(classicLatest.expiresAt, at + MARGIN_MS);
      classicLatest = mint(at);
      return grant(classicLatest, at);
    },
    stable(forceRefresh) {
      const at = now();
      const current = stableLatest;
      const alive = current !== undefined && !current.revoked && at < current.expiresAt;
      if (forceRefresh && alive && at - lastForcedAt < FORCE_REFRESH_MIN_INTERVAL_SECONDS * 1000) {
        return grant(current, at);
      }
      if (forceRefresh) {
        lastForcedAt = at;
        if (current) current.revoked = true;
      } else if (alive && current.expiresAt - at > MARGIN_MS) {
        return grant(current, at);
      }
      // A token renewed in its last minutes stays valid until it expires on its own.
      stableLatest = mint(at);
      return grant(stableLatest, at);
    },
    check(token) {
      if (!token) return WECHAT_ERRCODES.ACCESS_TOKEN_MISSING;
      const entry = issued.get(token);
      if (entry === undefined || entry.revoked) return WECHAT_ERRCODES.INVALID_CREDENTIAL;
      return now() < entry.expiresAt ? WECHAT_ERRCODES.OK : WECHAT_ERRCODES.ACCESS_TOKEN_EXPIRED;
    },
    clear() {
      issued.clear();
      classicLatest = undefined;
      stableLatest = undefined;
      lastForcedAt = Number.NEGATIVE_INFINITY;
    },
  };
}
