import { describe, expect, it } from 'vitest';
import { isLive, statusKey } from './queue-model';

describe('queue page model', () => {
  it('names each status and polls only a live queue', () => {
    expect(statusKey('called')).toBe('queue.status.called');
    expect(statusKey('cancelled')).toBe('queue.status.ended');
    expect(isLive('checked_in')).toBe(true);
    expect(isLive('completed')).toBe(false);
    expect(isLive('held')).toBe(false);
  });
});
