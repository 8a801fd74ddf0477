import { describe, expect, it } from 'vitest';
import { decryptResource, encryptResource } from './aead';
import { WechatPayDecryptError } from './errors';

const KEY = '0123456789abcdef0123456789abcdef';
const resource = (ciphertext: string, extra: Partial<{ nonce: string; associated_data: string }> = {}) => ({
  algorithm: 'AEAD_AES_256_GCM', ciphertext, nonce: 'abcdefghijkl', associated_data: 'transaction', ...extra,
});

describe('AEAD_AES_256_GCM resources', () => {
  const ciphertext = encryptResource('{"out_trade_no":"A1","amount":{"total":100}}', KEY, 'abcdefghijkl', 'transaction');

  it('decrypts what was encrypted with the same key, nonce and associated data', () => {
    expect(JSON.parse(decryptResource(resource(ciphertext), KEY))).toEqual({ out_trade_no: 'A1', amount: { total: 100 } });
  });

  it.each([
    ['another APIv3 key', () => decryptResource(resource(ciphertext), 'fedcba9876543210fedcba9876543210')],
    ['other associated data', () => decryptResource(resource(ciphertext, { associated_data: 'refund' }), KEY)],
    ['another nonce', () => decryptResource(resource(ciphertext, { nonce: 'abcdefghijkm' }), KEY)],
    ['a flipped ciphertext byte', () => {
      const bytes = Buffer.from(ciphertext, 'base64');
      bytes[3] = bytes[3]! ^ 1;
      return decryptResource(resource(bytes.toString('base64')), KEY);
    }],
    ['a truncated ciphertext', () => decryptResource(resource('AAAA'), KEY)],
    ['an unknown algorithm', () => decryptResource({ ...resource(ciphertext), algorithm: 'AES_CBC' }, KEY)],
    ['a key that is not 32 bytes', () => decryptResource(resource(ciphertext), 'short')],
  ])('refuses %s with WechatPayDecryptError', (_label, run) => {
    expect(run).toThrow(WechatPayDecryptError);
  });
});
