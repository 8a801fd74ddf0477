import { describe, expect, it } from 'vitest';
import { endReasonAfter401 } from './session';

describe('endReasonAfter401', () => {
  it('a refused refresh after UNAUTHENTICATED means the idle timeout signed the user out', () => {
    expect(endReasonAfter401(false, 'UNAUTHENTICATED')).toBe('idle');
  });

  it('anything else is a plain expiry', () => {
    expect(endReasonAfter401(true, 'UNAUTHENTICATED')).toBe('expired');
    expect(endReasonAfter401(false, 'AUTH_REFRESH_INVALID')).toBe('expired');
    expect(endReasonAfter401(false, 'HTTP_401')).toBe('expired');
  });
});
