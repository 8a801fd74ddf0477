import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** Login-code rules from the product brief; the service enforces them. */
export const SMS_CODE_RULES = {
  ttlSeconds: 5 * 60,
  resendAfterSeconds: 60,
  maxPerDay: 10,
  maxAttempts: 5,
  templateMinutes: '5',
} as const;

export function generateSmsCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, '0');
}

export function hashSmsCode(secret: string, phone: string, code: string): string {
  // Bound to the phone so a leaked table row is useless for another number.
  return createHmac('sha256', secret).update(`${phone}:${code}`).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

export type TokenKind = 'access' | 'refresh';

/** Opaque bearer tokens; only their SHA-256 is stored. The prefix lets log scrubbing and secret scanners spot them. */
export function generateToken(kind: TokenKind): string {
  return `${kind === 'access' ? 'xla' : 'xlr'}_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** China has one time zone and no daylight saving: a "day" for SMS limits starts at 00:00 UTC+8. */
export function startOfChinaDay(now: Date): Date {
  const offsetMs = 8 * 3600_000;
  const dayMs = 24 * 3600_000;
  return new Date(Math.floor((now.getTime() + offsetMs) / dayMs) * dayMs - offsetMs);
}

export type SendDecision = { allowed: true } | { allowed: false; reason: 'too_soon' | 'daily_limit'; retryAfterSeconds: number };

export function decideSmsSend(now: Date, lastSentAt: Date | null, sentToday: number): SendDecision {
  if (lastSentAt) {
    const elapsed = (now.getTime() - lastSentAt.getTime()) / 1000;
    if (elapsed < SMS_CODE_RULES.resendAfterSeconds) {
      return { allowed: false, reason: 'too_soon', retryAfterSeconds: Math.ceil(SMS_CODE_RULES.resendAfterSeconds - elapsed) };
    }
  }
  if (sentToday >= SMS_CODE_RULES.maxPerDay) {
    const tomorrow = startOfChinaDay(now).getTime() + 24 * 3600_000;
    return { allowed: false, reason: 'daily_limit', retryAfterSeconds: Math.ceil((tomorrow - now.getTime()) / 1000) };
  }
  return { allowed: true };
}

export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '***';
}

export function defaultDisplayName(phone: string): string {
  return `用户${phone.slice(-4)}`;
}
