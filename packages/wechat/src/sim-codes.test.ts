import { describe, expect, it } from 'vitest';
import { createCodeStore } from './sim-codes';

const now = () => 1_736_000_000_000;

describe('code store', () => {
  it('derives a per-app openid from the phone, so a dev phone keeps its WeChat user', () => {
    const a = createCodeStore('wxA', now);
    const b = createCodeStore('wxB', now);
    const grant = (store: typeof a) => {
      const r = store.redeemLoginCode(store.issueLoginCode({ phone: '13800138000' }));
      if (!r.ok) throw new Error(`redeem failed: ${r.errcode}`);
      return r.value;
    };
    const first = grant(a);
    expect(grant(a).openid).toBe(first.openid);
    expect(grant(b).openid).not.toBe(first.openid);
    expect(first.openid).toHaveLength(28);
  });

  it('gives each login its own session_key and random users their own openid', () => {
    const store = createCodeStore('wxA', now);
    const one = store.redeemLoginCode(store.issueLoginCode({ openid: 'oA' }));
    const two = store.redeemLoginCode(store.issueLoginCode({ openid: 'oA' }));
    const other = store.redeemLoginCode(store.issueLoginCode({}));
    if (!one.ok || !two.ok || !other.ok) throw new Error('redeem failed');
    expect(one.value.sessionKey).not.toBe(two.value.sessionKey);
    expect(other.value.openid).not.toBe('oA');
  });

  it('keeps unionid and phone across later logins that omit them', () => {
    const store = createCodeStore('wxA', now);
    store.issueLoginCode({ openid: 'oA', unionid: 'oU', phone: '13800138000' });
    store.issueLoginCode({ openid: 'oA' });
    expect(store.user('oA')).toEqual({ openid: 'oA', unionid: 'oU', phone: '13800138000' });
  });

  it('strips +86 from a mainland number', () => {
    const store = createCodeStore('wxA', now);
    const r = store.redeemPhoneCode(store.issuePhoneCode('+8613800138000'));
    const value = { phoneNumber: '13800138000', purePhoneNumber: '13800138000', countryCode: '86' };
    expect(r).toMatchObject({ ok: true, value });
  });
});
