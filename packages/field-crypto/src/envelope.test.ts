import { describe, expect, it } from 'vitest';
import { formatEnvelope, parseEnvelope } from './envelope';
import { FieldCryptoError } from './errors';

const sample = {
  keyId: 'k1',
  algId: 'A256GCM',
  iv: Buffer.from('000102030405060708090a0b', 'hex'),
  ciphertext: Buffer.from('ff00ee', 'hex'),
  tag: Buffer.alloc(16, 0xab),
};

function reasonOf(text: string): string {
  try {
    parseEnvelope(text);
  } catch (err) {
    return err instanceof FieldCryptoError ? err.reason : 'other';
  }
  return 'parsed';
}

describe('envelope', () => {
  it('formats as v1.<keyId>.<algId>.<iv>.<ct>.<tag> in unpadded base64url', () => {
    expect(formatEnvelope(sample)).toBe('v1.k1.A256GCM.AAECAwQFBgcICQoL._wDu.q6urq6urq6urq6urq6urqw');
  });

  it('parses what it formats, including an empty ciphertext', () => {
    const parsed = parseEnvelope(formatEnvelope(sample));
    expect(parsed.keyId).toBe('k1');
    expect(parsed.algId).toBe('A256GCM');
    expect(parsed.ciphertext.toString('hex')).toBe('ff00ee');
    const empty = formatEnvelope({ ...sample, ciphertext: Buffer.alloc(0) });
    expect(empty).toBe('v1.k1.A256GCM.AAECAwQFBgcICQoL..q6urq6urq6urq6urq6urqw');
    expect(parseEnvelope(empty).ciphertext).toHaveLength(0);
  });

  it('rejects anything that is not exactly a v1 envelope as malformed', () => {
    const good = formatEnvelope(sample);
    expect(reasonOf(good)).toBe('parsed');
    expect(reasonOf('')).toBe('malformed');
    expect(reasonOf('13812341234')).toBe('malformed');
    expect(reasonOf(good.replace(/^v1/, 'v2'))).toBe('malformed');
    expect(reasonOf(`${good}.AA`)).toBe('malformed');
    expect(reasonOf(good.replace('.k1.', '..'))).toBe('malformed');
    expect(reasonOf(good.replace('_wDu', '_wD+'))).toBe('malformed');
    expect(reasonOf(good.replace('_wDu', '_wDu='))).toBe('malformed');
    // 'rqw' → 'rqx' differs only in bits base64url drops: same bytes, so only the canonical check catches it.
    expect(reasonOf(good.replace(/rqw$/, 'rqx'))).toBe('malformed');
  });
});
