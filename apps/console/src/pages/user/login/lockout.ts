import { z } from 'zod';
import { translate, type Lang } from '../../../locales';
import type { NormalizedError } from '../../../services/api-error';

/**
 * Pure helpers for the login card's error texts (tested in lockout.test.ts). The server's own
 * messages stay the fallback; the codes below get the console's wording because the login form
 * must never hint at which of the three factors was wrong.
 */
const lockDetails = z.object({ retryAfterSeconds: z.number().positive() });

/** Seconds until a locked account may try again, from a 423 AUTH_ACCOUNT_LOCKED answer. */
export function retryAfterSeconds(info: NormalizedError): number | null {
  if (info.statusCode !== 423 && info.code !== 'AUTH_ACCOUNT_LOCKED') return null;
  const parsed = lockDetails.safeParse(info.details);
  return parsed.success ? Math.ceil(parsed.data.retryAfterSeconds) : null;
}

/** 账号已锁定，请 N 分钟后再试 — minutes rounded up, seconds in the last minute. */
export function lockoutText(seconds: number, lang: Lang): string {
  const s = Math.max(0, Math.ceil(seconds));
  if (s >= 60) return translate(lang, 'login.locked.minutes', { n: Math.ceil(s / 60) });
  return translate(lang, 'login.locked.seconds', { n: s });
}

/** m:ss for the live countdown under the lock message (h:mm:ss past an hour). */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return hh > 0 ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

/** The text for a failed sign-in other than a lock (which counts down on its own). */
export function loginErrorText(info: NormalizedError, lang: Lang): string {
  if (info.code === 'AUTH_BAD_CREDENTIALS') return translate(lang, 'login.badCredentials');
  return lang === 'en-US' ? info.messageEn : info.messageZh;
}
