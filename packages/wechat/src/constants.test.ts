import { describe, expect, it } from 'vitest';
import { describeErrcode, isRetryableErrcode, LOCAL_ERRCODES, WECHAT_ERRCODES, WECHAT_ERRORS } from './constants';

describe('WeChat error table', () => {
  it('describes every named errcode in Chinese and English', () => {
    for (const code of [...Object.values(WECHAT_ERRCODES), ...Object.values(LOCAL_ERRCODES)]) {
      if (code === WECHAT_ERRCODES.OK) continue;
      const info = describeErrcode(code);
      expect(info, `errcode ${code}`).toBeDefined();
      expect(info?.zh).toMatch(/\p{Script=Han}/u);
      expect(info?.en).toMatch(/[a-z]/);
    }
    expect(Object.keys(WECHAT_ERRORS)).toHaveLength(Object.keys(WECHAT_ERRCODES).length - 1 + 3);
  });

  it('keeps our own codes out of WeChat’s range', () => {
    for (const code of Object.values(LOCAL_ERRCODES)) expect(code).toBeLessThanOrEqual(-9000);
  });

  it('retries only system-busy and the per-minute quota', () => {
    expect([-1, 45011].every(isRetryableErrcode)).toBe(true);
    expect([40029, 40163, 40125, 43101, 45009].some(isRetryableErrcode)).toBe(false);
  });
});
