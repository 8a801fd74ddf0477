// wx.login codes and getPhoneNumber codes: single use, valid for 5 minutes, like WeChat's. Issuing
// one stands in for the mini program calling wx.login or the user tapping the phone button.
import { createHash, randomBytes } from 'node:crypto';
import { CODE_TTL_SECONDS, WECHAT_ERRCODES } from './constants';

export interface SimulatedUserInput {
  openid?: string;
  unionid?: string;
  /** The number bound to this WeChat account; also makes the openid stable for that number. */
  phone?: string;
}

export interface SimulatedUser {
  openid: string;
  unionid?: string;
  phone?: string;
}

/** What a login code exchanges for: the user plus the session_key this wx.login created. */
export interface LoginGrant extends SimulatedUser {
  sessionKey: string;
}

export interface SimulatedPhone {
  phoneNumber: string;
  purePhoneNumber: string;
  countryCode: string;
  /** Epoch seconds when the user shared the number (WeChat's watermark.timestamp). */
  issuedAt: number;
}

interface CodeEntry<T> {
  value: T;
  expiresAt: number;
  used: boolean;
}

export type Redeemed<T> = { ok: true; value: T } | { ok: false; errcode: number };

const TTL_MS = CODE_TTL_SECONDS * 1000;

/**
 * Openids are 28 characters starting with "o" and differ per app: derive one from (appId, phone)
 * so a developer's phone number keeps its WeChat user across logins and restarts.
 */
function derivedOpenid(appId: string, phone: string): string {
  return `o${createHash('sha256').update(`${appId}\u0000${phone}`).digest('base64url').slice(0, 27)}`;
}
const randomOpenid = (): string => `o${randomBytes(21).toString('base64url').slice(0, 27)}`;

export function createCodeStore(appId: string, now: () => number) {
  const loginCodes = new Map<string, CodeEntry<LoginGrant>>();
  const phoneCodes = new Map<string, CodeEntry<SimulatedPhone>>();
  const users = new Map<string, SimulatedUser>();

  function redeem<T>(codes: Map<string, CodeEntry<T>>, code: string, usedErrcode: number): Redeemed<T> {
    const entry = codes.get(code);
    if (entry === undefined || (!entry.used && now() >= entry.expiresAt)) {
      return { ok: false, errcode: WECHAT_ERRCODES.INVALID_CODE };
    }
    if (entry.used) return { ok: false, errcode: usedErrcode };
    entry.used = true;
    return { ok: true, value: entry.value };
  }

  return {
    issueLoginCode(input: SimulatedUserInput): string {
      const openid = input.openid ?? (input.phone ? derivedOpenid(appId, input.phone) : randomOpenid());
      const known = users.get(openid);
      const user: SimulatedUser = { ...known, openid };
      if (input.unionid !== undefined) user.unionid = input.unionid;
      if (input.phone !== undefined) user.phone = input.phone;
      users.set(openid, user);
      // wx.login codes are 32 printable characters, e.g. 051v0m000ObAyK19vV1005SDWf0v0m0s.
      const code = randomBytes(24).toString('base64url').slice(0, 32);
      // Each wx.login may renew session_key; WeChat's are 16 random bytes in base64.
      const value = { ...user, sessionKey: randomBytes(16).toString('base64') };
      loginCodes.set(code, { value, expiresAt: now() + TTL_MS, used: false });
      return code;
    },
    issuePhoneCode(phone: string, countryCodeInput = '86'): string {
      const countryCode = countryCodeInput.replace(/\D/g, '');
      const purePhoneNumber = phone.replace(new RegExp(`^\\+${countryCode}`), '');
      // WeChat: phoneNumber carries the country code for foreign numbers only.
      const phoneNumber = countryCode === '86' ? purePhoneNumber : `+${countryCode}${purePhoneNumber}`;
      const value = { phoneNumber, purePhoneNumber, countryCode, issuedAt: Math.floor(now() / 1000) };
      const code = randomBytes(32).toString('hex');
      phoneCodes.set(code, { value, expiresAt: now() + TTL_MS, used: false });
      return code;
    },
    /** 40029 for an unknown or expired code, 40163 for one already exchanged. */
    redeemLoginCode: (code: string) => redeem(loginCodes, code, WECHAT_ERRCODES.CODE_BEEN_USED),
    /** WeChat documents only 40029 for getPhoneNumber, so a reused phone code gets 40029 too. */
    redeemPhoneCode: (code: string) => redeem(phoneCodes, code, WECHAT_ERRCODES.INVALID_CODE),
    user(openid: string): SimulatedUser | undefined {
      const found = users.get(openid);
      return found && { ...found };
    },
    clear() {
      loginCodes.clear();
      phoneCodes.clear();
      users.clear();
    },
  };
}

export type CodeStore = ReturnType<typeof createCodeStore>;
