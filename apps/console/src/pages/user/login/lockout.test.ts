import { describe, expect, it } from 'vitest';
import type { NormalizedError } from '../../../services/api-error';
import { formatCountdown, lockoutText, loginErrorText, retryAfterSeconds } from './lockout';

const error = (statusCode: number, code: string, details?: unknown): NormalizedError => ({
  statusCode,
  code,
  messageZh: '服务器原文',
  messageEn: 'server text',
  requestId: 'r1',
  details,
});

describe('retryAfterSeconds', () => {
  it('reads details.retryAfterSeconds from a 423 lock', () => {
    expect(retryAfterSeconds(error(423, 'AUTH_ACCOUNT_LOCKED', { retryAfterSeconds: 900 }))).toBe(900);
    expect(retryAfterSeconds(error(423, 'AUTH_ACCOUNT_LOCKED', { retryAfterSeconds: 12.2 }))).toBe(13);
  });

  it('is null for other errors or a lock without a usable number', () => {
    expect(retryAfterSeconds(error(401, 'AUTH_BAD_CREDENTIALS', { retryAfterSeconds: 900 }))).toBeNull();
    expect(retryAfterSeconds(error(423, 'AUTH_ACCOUNT_LOCKED'))).toBeNull();
    expect(retryAfterSeconds(error(423, 'AUTH_ACCOUNT_LOCKED', { retryAfterSeconds: '900' }))).toBeNull();
    expect(retryAfterSeconds(error(423, 'AUTH_ACCOUNT_LOCKED', { retryAfterSeconds: -1 }))).toBeNull();
  });
});

describe('lockoutText', () => {
  it('rounds minutes up so the user never retries too early', () => {
    expect(lockoutText(900, 'zh-CN')).toBe('账号已锁定，请 15 分钟后再试');
    expect(lockoutText(61, 'zh-CN')).toBe('账号已锁定，请 2 分钟后再试');
    expect(lockoutText(60, 'en-US')).toBe('Account locked. Try again in 1 min');
  });

  it('switches to seconds in the last minute', () => {
    expect(lockoutText(59, 'zh-CN')).toBe('账号已锁定，请 59 秒后再试');
    expect(lockoutText(0.4, 'en-US')).toBe('Account locked. Try again in 1 s');
    expect(lockoutText(-5, 'zh-CN')).toBe('账号已锁定，请 0 秒后再试');
  });
});

describe('formatCountdown', () => {
  it('shows m:ss, and h:mm:ss past an hour', () => {
    expect(formatCountdown(900)).toBe('15:00');
    expect(formatCountdown(65)).toBe('1:05');
    expect(formatCountdown(9)).toBe('0:09');
    expect(formatCountdown(3725)).toBe('1:02:05');
    expect(formatCountdown(-3)).toBe('0:00');
  });
});

describe('loginErrorText', () => {
  it('never says which factor was wrong', () => {
    expect(loginErrorText(error(401, 'AUTH_BAD_CREDENTIALS'), 'zh-CN')).toBe('用户名、密码或动态验证码错误');
    expect(loginErrorText(error(401, 'AUTH_BAD_CREDENTIALS'), 'en-US')).toBe('Wrong username, password or authenticator code');
  });

  it("shows the server's own text for anything else (e.g. 400 validation)", () => {
    expect(loginErrorText(error(400, 'VALIDATION_FAILED'), 'zh-CN')).toBe('服务器原文');
    expect(loginErrorText(error(400, 'VALIDATION_FAILED'), 'en-US')).toBe('server text');
  });
});
