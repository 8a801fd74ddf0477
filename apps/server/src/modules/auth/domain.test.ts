import { describe, expect, it } from 'vitest';
import { decideSmsSend, generateSmsCode, hashSmsCode, maskPhone, startOfChinaDay } from './domain';

describe('auth domain rules', () => {
  it('starts the day at midnight Beijing time', () => {
    expect(startOfChinaDay(new Date('2026-11-26T15:59:59Z')).toISOString()).toBe('2026-11-25T16:00:00.000Z');
    expect(startOfChinaDay(new Date('2026-11-26T16:00:00Z')).toISOString()).toBe('2026-11-26T16:00:00.000Z');
  });

  it('allows one send a minute and ten a day', () => {
    const now = new Date('2026-11-26T04:00:00Z');
    expect(decideSmsSend(now, null, 0)).toEqual({ allowed: true });
    expect(decideSmsSend(now, new Date(now.getTime() - 59_500), 1)).toEqual({ allowed: false, reason: 'too_soon', retryAfterSeconds: 1 });
    expect(decideSmsSend(now, new Date(now.getTime() - 60_000), 9)).toEqual({ allowed: true });
    const limited = decideSmsSend(now, new Date(now.getTime() - 3600_000), 10);
    // 04:00Z is 12:00 in Beijing: twelve hours to midnight.
    expect(limited).toEqual({ allowed: false, reason: 'daily_limit', retryAfterSeconds: 12 * 3600 });
  });

  it('makes 6-digit codes and binds their hash to the phone', () => {
    for (let i = 0; i < 50; i++) expect(generateSmsCode()).toMatch(/^\d{6}$/);
    expect(hashSmsCode('s', '13800000000', '123456')).not.toBe(hashSmsCode('s', '13800000001', '123456'));
  });

  it('masks phones', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});
