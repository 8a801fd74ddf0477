import { describe, expect, it } from 'vitest';
import { SM4_GCM_AVAILABLE } from './algorithms';
import { generateKeySpec, parseKeyring } from './keyring';

const K1 = Buffer.alloc(32, 1).toString('base64');
const K2 = Buffer.alloc(32, 2).toString('base64');
const SHORT = Buffer.alloc(16, 3).toString('base64');

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  return 'no error';
}

describe('parseKeyring', () => {
  it('reads id:key pairs, defaulting to A256GCM, and picks the active key', () => {
    const ring = parseKeyring(` k1:${K1} , k2:${K2}`, 'k2');
    expect(ring.ids()).toEqual(['k1', 'k2']);
    expect(ring.active.id).toBe('k2');
    expect(ring.active.algorithm.id).toBe('A256GCM');
    expect(ring.get('k1')?.key.equals(Buffer.alloc(32, 1))).toBe(true);
    expect(ring.get('k3')).toBeUndefined();
  });

  it('accepts an explicit algorithm name in any case', () => {
    expect(parseKeyring(`k1:a256gcm:${K1}`, 'k1').active.algorithm.id).toBe('A256GCM');
  });

  it('names the entry with a key of the wrong length, without echoing the key', () => {
    const msg = messageOf(() => parseKeyring(`k1:${K1},k2:${SHORT}`, 'k1'));
    expect(msg).toBe('keyring entry #2 ("k2"): key is 16 bytes, A256GCM needs 32');
    expect(msg).not.toContain(SHORT);
  });

  it('names entries that are not base64, duplicated, empty or oddly shaped', () => {
    expect(messageOf(() => parseKeyring(`k1:${K1},k2:not*base64`, 'k1'))).toBe('keyring entry #2 ("k2"): key is not valid base64');
    expect(messageOf(() => parseKeyring(`k1:${K1},k1:${K2}`, 'k1'))).toBe('keyring entry #2 ("k1"): duplicate key id');
    expect(messageOf(() => parseKeyring(`k1:${K1},`, 'k1'))).toBe('keyring entry #2: empty entry');
    expect(messageOf(() => parseKeyring(`k1:a:b:${K1}`, 'k1'))).toBe(
      'keyring entry #1 ("k1"): expected id:base64key or id:algorithm:base64key',
    );
    expect(messageOf(() => parseKeyring(K1, 'k1'))).toBe('keyring entry #1: expected id:base64key or id:algorithm:base64key');
  });

  it('rejects key ids that would break the envelope and does not print them', () => {
    const msg = messageOf(() => parseKeyring(`k.1:${K1}`, 'k.1'));
    expect(msg).toMatch(/^keyring entry #1: key id must match/);
    expect(msg).not.toContain('k.1');
  });

  it('rejects unknown algorithms, listing what is available', () => {
    expect(messageOf(() => parseKeyring(`k1:des:${K1}`, 'k1'))).toMatch(
      /^keyring entry #1 \("k1"\): algorithm "des" is not available in this runtime \(available: A256GCM/,
    );
  });

  it.runIf(!SM4_GCM_AVAILABLE)('says plainly when sm4gcm keys cannot be used on this OpenSSL', () => {
    const sm4Key = Buffer.alloc(16, 4).toString('base64');
    expect(messageOf(() => parseKeyring(`k3:sm4gcm:${sm4Key}`, 'k3'))).toMatch(/algorithm "sm4gcm" is not available/);
  });

  it('needs a spec and an active id that is in it', () => {
    expect(messageOf(() => parseKeyring('  ', 'k1'))).toBe('keyring: no keys configured');
    expect(messageOf(() => parseKeyring(`k1:${K1}`, 'k9'))).toBe('keyring: active key "k9" is not among the configured ids (k1)');
  });
});

describe('generateKeySpec', () => {
  it('produces a fresh entry that parseKeyring accepts', () => {
    const spec = generateKeySpec('2025q1');
    expect(spec).toMatch(/^2025q1:[A-Za-z0-9+/]{43}=$/);
    expect(generateKeySpec('2025q1')).not.toBe(spec);
    expect(parseKeyring(spec, '2025q1').active.key).toHaveLength(32);
  });

  it('refuses ids and algorithms the keyring would refuse', () => {
    expect(() => generateKeySpec('a.b')).toThrow('key id must match');
    expect(() => generateKeySpec('k1', 'des')).toThrow('algorithm "des" is not available');
  });
});
