import { describe, expect, it } from 'vitest';
import { scrub } from './logging';

describe('log scrubbing', () => {
  it('masks phones, ID numbers and tokens in free text and URLs', () => {
    expect(scrub('/sim/sms?phone=13812345678')).toBe('/sim/sms?phone=138****5678');
    expect(scrub('id 11010519491231002X here')).toBe('id 110105********002X here');
    expect(scrub('Bearer xla_abcdefghijklmnopqrstuvwxyz0123')).toBe('Bearer [token]');
    expect(scrub('order 20261126000123456789')).toBe('order 20261126000123456789');
  });
});
