import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fenToYuan, yuanToFen } from './fen';
import { rsa2Sign, rsa2Verify, signContent } from './rsa2';

describe('Alipay sign content', () => {
  it('sorts by name, joins k=v with &, keeps values raw and leaves out sign, the omitted keys and empty values', () => {
    const params = { total_amount: '12.34', app_id: '2021', subject: '挂号 费&x', sign: 'S', sign_type: 'RSA2', memo: '' };
    expect(signContent(params)).toBe('app_id=2021&sign_type=RSA2&subject=挂号 费&x&total_amount=12.34');
    expect(signContent(params, ['sign', 'sign_type'])).toBe('app_id=2021&subject=挂号 费&x&total_amount=12.34');
  });

  it('RSA2 signatures verify with the matching key only', () => {
    const a = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const b = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const sig = rsa2Sign('a=1&b=2', a.privateKey);
    expect(rsa2Verify('a=1&b=2', sig, a.publicKey)).toBe(true);
    expect(rsa2Verify('a=1&b=3', sig, a.publicKey)).toBe(false);
    expect(rsa2Verify('a=1&b=2', sig, b.publicKey)).toBe(false);
  });
});

describe('fen and Alipay prices', () => {
  it('converts exactly and refuses malformed or negative amounts', () => {
    expect(yuanToFen('0.07')).toBe(7);
    expect(yuanToFen('5')).toBe(500);
    expect(fenToYuan(1234)).toBe('12.34');
    expect(fenToYuan(5)).toBe('0.05');
    expect(() => yuanToFen('1.001')).toThrow(RangeError);
    expect(() => yuanToFen('-1')).toThrow(RangeError);
    expect(() => fenToYuan(-1)).toThrow(RangeError);
  });
});
