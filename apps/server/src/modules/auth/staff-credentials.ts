import { dictionary } from '@zxcvbn-ts/language-common';
import * as OTPAuth from 'otpauth';

export const PASSWORD_MIN_LENGTH = 12;
const common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export type PasswordProblem = 'too_short' | 'common' | 'contains_username';

/** Staff password policy: 12+ characters, not a known common password, not built on the username. */
export function checkPasswordPolicy(password: string, username: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (common.has(password.toLowerCase())) return 'common';
  if (username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) return 'contains_username';
  return null;
}

export const passwordProblemMessages: Record<PasswordProblem, { zh: string; en: string }> = {
  too_short: { zh: `密码至少 ${PASSWORD_MIN_LENGTH} 位`, en: `The password needs at least ${PASSWORD_MIN_LENGTH} characters` },
  common: { zh: '该密码过于常见，请换一个', en: 'This password is too common; choose another' },
  contains_username: { zh: '密码不能包含用户名', en: 'The password must not contain the username' },
};

const PERIOD_SECONDS = 30;

function totp(secretBase32: string) {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secretBase32), algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS });
}

/**
 * Accepts the current code or one step either side (clock drift), and never a step at or before the last one
 * used, so a code seen over someone's shoulder cannot be replayed. Returns the accepted step or null.
 */
export function acceptTotp(secretBase32: string, code: string, at: Date, lastStep: number | null): number | null {
  const delta = totp(secretBase32).validate({ token: code, timestamp: at.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(at.getTime() / 1000 / PERIOD_SECONDS) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

export function totpCode(secretBase32: string, at: Date): string {
  return totp(secretBase32).generate({ timestamp: at.getTime() });
}

export function totpUri(secretBase32: string, username: string): string {
  return new OTPAuth.TOTP({ issuer: '杏林医院', label: username, secret: OTPAuth.Secret.fromBase32(secretBase32) }).toString();
}
