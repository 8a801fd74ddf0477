import { describe, expect, it } from 'vitest';
import { createBlindIndex, normaliseForIndex } from './blind-index';

const KEY = Buffer.from('a'.repeat(32));
// Pinned with the OpenSSL CLI, independently of this code:
//   printf 'phone:13812341234' | openssl dgst -sha256 -hmac aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
const PHONE_13812341234 = '1c9564baac23b0cbb5c496114984f7b079cd6e2b86a4ad630da61867b55c7a82';
const ID_11010119900307123X = '25d71f2234493753c9a1790f366dc8dad5a79c61f9e86a3584e49c89293139e0';

describe('createBlindIndex', () => {
  const index = createBlindIndex(KEY);

  it('is HMAC-SHA256 over "kind:value", in hex', () => {
    expect(index('phone', '13812341234')).toBe(PHONE_13812341234);
    expect(index('id_number', '11010119900307123X')).toBe(ID_11010119900307123X);
  });

  it('is deterministic, so it can back a unique index and a WHERE clause', () => {
    expect(index('phone', '13812341234')).toBe(index('phone', '13812341234'));
    expect(createBlindIndex(Buffer.from('a'.repeat(32)))('phone', '13812341234')).toBe(PHONE_13812341234);
  });

  it('differs per kind and per key', () => {
    expect(index('phone_backup', '13812341234')).not.toBe(PHONE_13812341234);
    expect(createBlindIndex(Buffer.from('b'.repeat(32)))('phone', '13812341234')).not.toBe(PHONE_13812341234);
  });

  it("treats an ID number's x and X, stray spaces and full-width input as the same value", () => {
    for (const typed of ['11010119900307123x', ' 11010119900307123X ', '１１０１０１１９９００３０７１２３ｘ']) {
      expect(index('id_number', typed)).toBe(ID_11010119900307123X);
    }
    expect(index('phone', ' 13812341234\n')).toBe(PHONE_13812341234);
  });

  it('keeps case for kinds that are not ID documents', () => {
    expect(normaliseForIndex('email', ' Zhang@Example.com ')).toBe('Zhang@Example.com');
    expect(normaliseForIndex('passport', 'e12345678')).toBe('E12345678');
  });

  it('takes a copy of the key', () => {
    const key = Buffer.from('a'.repeat(32));
    const own = createBlindIndex(key);
    key.fill(0);
    expect(own('phone', '13812341234')).toBe(PHONE_13812341234);
  });

  it('refuses short keys and kinds that could blur the kind:value boundary', () => {
    expect(() => createBlindIndex(Buffer.alloc(16))).toThrow('at least 32 bytes');
    expect(() => index('phone:x', '1')).toThrow('kind must match');
    expect(() => index('', '1')).toThrow('kind must match');
  });
});
