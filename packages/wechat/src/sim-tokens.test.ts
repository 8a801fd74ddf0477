import { beforeEach, describe, expect, it } from 'vitest';
import { createTokenStore } from './sim-tokens';

let clock = 1_700_000_000_000;
const store = createTokenStore(() => clock);

beforeEach(() => store.clear());

describe('classic tokens', () => {
  it('mints a new token each call and keeps the previous one for 5 minutes', () => {
    const first = store.classic();
    expect(first.expires_in).toBe(7200);
    const second = store.classic();
    expect(second.access_token).not.toBe(first.access_token);
    expect(store.check(first.access_token)).toBe(0);
    clock += 300_000;
    expect(store.check(first.access_token)).toBe(42001);
    expect(store.check(second.access_token)).toBe(0);
  });

  it('expires a token after 7200 s', () => {
    const { access_token: token } = store.classic();
    clock += 7_199_000;
    expect(store.check(token)).toBe(0);
    clock += 1_000;
    expect(store.check(token)).toBe(42001);
  });
});

describe('stable tokens', () => {
  it('returns the same token with the remaining lifetime in normal mode', () => {
    const first = store.stable(false);
    clock += 1_000_000;
    const again = store.stable(false);
    expect(again).toEqual({ access_token: first.access_token, expires_in: 6200 });
  });

  it('renews in the last 5 minutes while the old token lives out its time', () => {
    const first = store.stable(false);
    clock += 6_901_000;
    const renewed = store.stable(false);
    expect(renewed.access_token).not.toBe(first.access_token);
    expect(renewed.expires_in).toBe(7200);
    expect(store.check(first.access_token)).toBe(0);
  });

  it('revokes the old token on force_refresh, but not twice within 30 s', () => {
    const first = store.stable(false);
    clock += 1_000;
    const forced = store.stable(true);
    expect(forced.access_token).not.toBe(first.access_token);
    expect(store.check(first.access_token)).toBe(40001);
    clock += 29_000;
    expect(store.stable(true).access_token).toBe(forced.access_token);
    clock += 1_000;
    expect(store.stable(true).access_token).not.toBe(forced.access_token);
  });

  it('is independent of the classic token', () => {
    const classic = store.classic();
    const stable = store.stable(true);
    expect(store.check(classic.access_token)).toBe(0);
    expect(store.check(stable.access_token)).toBe(0);
  });
});

describe('check', () => {
  it('tells missing, unknown and forgotten tokens apart', () => {
    expect(store.check(null)).toBe(41001);
    expect(store.check('never-issued')).toBe(40001);
    const { access_token: token } = store.stable(false);
    store.clear();
    expect(store.check(token)).toBe(40001);
  });
});
