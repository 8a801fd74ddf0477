import { describe, expect, it } from 'vitest';
import { toE164, toMainlandMobile } from './phone';

describe('toE164', () => {
  it('adds +86 to a bare mainland mobile', () => {
    expect(toE164('13800138000')).toBe('+8613800138000');
  });
  it('accepts the common ways of writing the country code and separators', () => {
    for (const raw of ['+8613800138000', '8613800138000', '008613800138000', '+86 138-0013-8000']) {
      expect(toE164(raw)).toBe('+8613800138000');
    }
  });
  it('passes other countries through in E.164', () => {
    expect(toE164('+85291234567')).toBe('+85291234567');
  });
  it('rejects what cannot be a phone number', () => {
    for (const raw of ['', '12345', '1380013800', 'abc', '+0123456789']) expect(toE164(raw)).toBeNull();
  });
});

describe('toMainlandMobile', () => {
  it('strips +86', () => {
    expect(toMainlandMobile('+8613800138000')).toBe('13800138000');
  });
  it('is null outside mainland China', () => {
    expect(toMainlandMobile('+85291234567')).toBeNull();
  });
});
