import { createCipheriv, getCiphers } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  aes256gcm,
  algorithms,
  createGcmAlgorithm,
  findAlgorithm,
  registerAlgorithm,
  sm4gcm,
  SM4_GCM_AVAILABLE,
  type FieldAlgorithm,
} from './algorithms';
import { FieldCryptoError } from './errors';

const hex = (s: string): Buffer => Buffer.from(s, 'hex');

function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return err instanceof FieldCryptoError ? err.reason : 'other error';
  }
  return 'no error';
}

// McGrew & Viega, "The Galois/Counter Mode of Operation (GCM)", Appendix B, Test Case 16:
// 256-bit key, 96-bit IV, 20 bytes of AAD, 60 bytes of plaintext.
const TC16 = {
  key: 'feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308',
  iv: 'cafebabefacedbaddecaf888',
  aad: 'feedfacedeadbeeffeedfacedeadbeefabaddad2',
  plaintext:
    'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
  ciphertext:
    '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662',
  tag: '76fc6ece0f4e1768cddf8853bb2d551b',
};

// RFC 8998 Appendix A.1: SM4-GCM (SM4 as specified in GB/T 32907-2016).
const RFC8998 = {
  key: '0123456789abcdeffedcba9876543210',
  iv: '00001234567800000000abcd',
  aad: 'feedfacedeadbeeffeedfacedeadbeefabaddad2',
  plaintext:
    'aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbccccccccccccccccddddddddddddddddeeeeeeeeeeeeeeeeffffffffffffffffeeeeeeeeeeeeeeeeaaaaaaaaaaaaaaaa',
  ciphertext:
    '17f399f08c67d5ee19d0dc9969c4bb7d5fd46fd3756489069157b282bb200735d82710ca5c22f0ccfa7cbf93d496ac15a56834cbcf98c397b4024a2691233b8d',
  tag: '83de3541e4c2b58177e065a9bf7b62ec',
};

describe('aes256gcm', () => {
  it('reproduces GCM spec Test Case 16 when given its IV', () => {
    const fixed = createGcmAlgorithm({ id: 'A256GCM', cipher: 'aes-256-gcm', keyBytes: 32, ivSource: () => hex(TC16.iv) });
    const box = fixed.encrypt(hex(TC16.key), hex(TC16.plaintext), hex(TC16.aad));
    expect(box.iv.toString('hex')).toBe(TC16.iv);
    expect(box.ciphertext.toString('hex')).toBe(TC16.ciphertext);
    expect(box.tag.toString('hex')).toBe(TC16.tag);
  });

  it('decrypts Test Case 16', () => {
    const out = aes256gcm.decrypt(hex(TC16.key), hex(TC16.iv), hex(TC16.ciphertext), hex(TC16.tag), hex(TC16.aad));
    expect(out.toString('hex')).toBe(TC16.plaintext);
  });

  it('rejects Test Case 16 with one AAD bit changed', () => {
    const aad = hex(TC16.aad);
    aad[0] = (aad[0] ?? 0) ^ 1;
    const run = () => aes256gcm.decrypt(hex(TC16.key), hex(TC16.iv), hex(TC16.ciphertext), hex(TC16.tag), aad);
    expect(reasonOf(run)).toBe('auth_failed');
  });

  it('uses a fresh 12-byte IV and a 16-byte tag per encryption', () => {
    const key = Buffer.alloc(32, 7);
    const a = aes256gcm.encrypt(key, Buffer.from('same'), Buffer.from('ctx'));
    const b = aes256gcm.encrypt(key, Buffer.from('same'), Buffer.from('ctx'));
    expect(a.iv).toHaveLength(12);
    expect(a.tag).toHaveLength(16);
    expect(a.iv.equals(b.iv)).toBe(false);
    expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
  });

  it('refuses truncated tags and odd IV lengths as malformed rather than trying them', () => {
    const key = hex(TC16.key);
    const short = () => aes256gcm.decrypt(key, hex(TC16.iv), hex(TC16.ciphertext), hex(TC16.tag).subarray(0, 12), hex(TC16.aad));
    const longIv = () => aes256gcm.decrypt(key, Buffer.alloc(16), hex(TC16.ciphertext), hex(TC16.tag), hex(TC16.aad));
    expect(reasonOf(short)).toBe('malformed');
    expect(reasonOf(longIv)).toBe('malformed');
  });
});

describe('SM4-GCM', () => {
  it('is registered exactly when this OpenSSL can run it', () => {
    expect(SM4_GCM_AVAILABLE).toBe(getCiphers().includes('sm4-gcm'));
    expect('SM4GCM' in algorithms).toBe(SM4_GCM_AVAILABLE);
    if (!SM4_GCM_AVAILABLE) expect(() => createCipheriv('sm4-gcm', Buffer.alloc(16), Buffer.alloc(12))).toThrow();
  });

  it.skipIf(!sm4gcm)('reproduces the RFC 8998 A.1 vector', () => {
    const alg = sm4gcm as FieldAlgorithm;
    expect(alg.keyBytes).toBe(16);
    const out = alg.decrypt(hex(RFC8998.key), hex(RFC8998.iv), hex(RFC8998.ciphertext), hex(RFC8998.tag), hex(RFC8998.aad));
    expect(out.toString('hex')).toBe(RFC8998.plaintext);
    const fixed = createGcmAlgorithm({ id: 'SM4GCM', cipher: 'sm4-gcm', keyBytes: 16, ivSource: () => hex(RFC8998.iv) });
    const box = fixed.encrypt(hex(RFC8998.key), hex(RFC8998.plaintext), hex(RFC8998.aad));
    expect(box.ciphertext.toString('hex') + box.tag.toString('hex')).toBe(RFC8998.ciphertext + RFC8998.tag);
  });
});

describe('registry', () => {
  it('holds A256GCM and finds ids case-insensitively', () => {
    expect(algorithms['A256GCM']).toBe(aes256gcm);
    expect(findAlgorithm('a256gcm')).toBe(aes256gcm);
    expect(findAlgorithm('toString')).toBeUndefined();
    expect(findAlgorithm('DES')).toBeUndefined();
  });

  it('accepts a new algorithm but never replaces one or takes an id that breaks envelopes', () => {
    const extra: FieldAlgorithm = { ...aes256gcm, id: 'TESTX1' };
    registerAlgorithm(extra);
    expect(findAlgorithm('testx1')).toBe(extra);
    expect(() => registerAlgorithm({ ...aes256gcm })).toThrow('A256GCM is already registered');
    expect(() => registerAlgorithm({ ...aes256gcm, id: 'sm4.gcm' })).toThrow('algorithm id must match');
  });
});
