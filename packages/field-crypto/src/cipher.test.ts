import { describe, expect, it } from 'vitest';
import { createFieldCipher } from './cipher';
import { FieldCryptoError, type FieldCryptoErrorReason } from './errors';
import { parseKeyring } from './keyring';

const K1 = Buffer.alloc(32, 0x11).toString('base64');
const K2 = Buffer.alloc(32, 0x22).toString('base64');
const ring1 = parseKeyring(`k1:${K1}`, 'k1');
const ring12 = parseKeyring(`k1:${K1},k2:${K2}`, 'k2');
const CTX = 'patients.id_number:42';
const ENVELOPE = /^v1\.k1\.A256GCM\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{22}$/;

function failure(fn: () => unknown): { reason: FieldCryptoErrorReason | 'none'; message: string } {
  try {
    fn();
  } catch (err) {
    if (err instanceof FieldCryptoError) return { reason: err.reason, message: err.message };
    throw err;
  }
  return { reason: 'none', message: '' };
}

/** Changes one character in the middle of part `index`, keeping it valid base64url. */
function tamper(envelope: string, index: number): string {
  const parts = envelope.split('.');
  const part = parts[index] ?? '';
  const at = Math.floor(part.length / 2);
  parts[index] = part.slice(0, at) + (part[at] === 'A' ? 'B' : 'A') + part.slice(at + 1);
  return parts.join('.');
}

describe('createFieldCipher', () => {
  const cipher = createFieldCipher(ring1);

  it('round-trips Chinese text, empty strings and characters outside the BMP', () => {
    for (const text of ['110101199003071234', '张三，既往史：高血压 10 年', '', '𠮷野家 🏥', 'x'.repeat(5000)]) {
      const envelope = cipher.encrypt(text, CTX);
      expect(envelope).toMatch(ENVELOPE);
      expect(cipher.decrypt(envelope, CTX)).toBe(text);
    }
  });

  it('writes a different envelope each time for the same value', () => {
    expect(cipher.encrypt('13812341234', CTX)).not.toBe(cipher.encrypt('13812341234', CTX));
  });

  it('fails with auth_failed when the IV, ciphertext or tag is altered', () => {
    const envelope = cipher.encrypt('13812341234', CTX);
    for (const part of [3, 4, 5]) expect(failure(() => cipher.decrypt(tamper(envelope, part), CTX)).reason).toBe('auth_failed');
  });

  it('fails with auth_failed when the header is relabelled to another known key or algorithm', () => {
    const underK1 = createFieldCipher(parseKeyring(`k1:${K1},k2:${K2}`, 'k1')).encrypt('13812341234', CTX);
    const both = createFieldCipher(ring12);
    expect(failure(() => both.decrypt(underK1.replace('.k1.', '.k2.'), CTX)).reason).toBe('auth_failed');
    expect(failure(() => both.decrypt(underK1.replace('.A256GCM.', '.SM4GCM.'), CTX)).reason).toBe('auth_failed');
  });

  it('binds the context: another row or column cannot decrypt it', () => {
    const envelope = cipher.encrypt('110101199003071234', 'patients.id_number:42');
    expect(failure(() => cipher.decrypt(envelope, 'patients.id_number:43')).reason).toBe('auth_failed');
    expect(failure(() => cipher.decrypt(envelope, 'patients.phone:42')).reason).toBe('auth_failed');
  });

  it('reports unknown_key for envelopes written with a key that is not configured', () => {
    const envelope = createFieldCipher(ring12).encrypt('13812341234', CTX);
    const result = failure(() => cipher.decrypt(envelope, CTX));
    expect(result).toEqual({ reason: 'unknown_key', message: 'field envelope: key "k2" is not in the keyring' });
  });

  it('reports malformed for values that are not envelopes, such as legacy plaintext', () => {
    expect(failure(() => cipher.decrypt('13812341234', CTX)).reason).toBe('malformed');
    expect(failure(() => cipher.keyIdOf('v1.k1')).reason).toBe('malformed');
  });

  it('keeps plaintext and key material out of error messages', () => {
    const secret = '110101199003071234';
    const envelope = cipher.encrypt(secret, CTX);
    for (const bad of [tamper(envelope, 4), envelope.replace('.k1.', '.k9.'), envelope.slice(0, -3)]) {
      const { reason, message } = failure(() => cipher.decrypt(bad, CTX));
      expect(reason).not.toBe('none');
      expect(message).not.toContain(secret);
      expect(message).not.toContain(K1);
      expect(message).not.toContain(bad.split('.')[4]);
    }
  });

  it('refuses an empty context instead of silently dropping the row binding', () => {
    expect(() => cipher.encrypt('x', '')).toThrow(TypeError);
    expect(() => cipher.decrypt(cipher.encrypt('x', CTX), '')).toThrow(TypeError);
  });
});

describe('rotation', () => {
  const old = createFieldCipher(ring1);
  const current = createFieldCipher(ring12);

  it('moves an envelope from k1 to k2 with the same plaintext', () => {
    const before = old.encrypt('北京市海淀区中关村大街1号', CTX);
    expect(current.keyIdOf(before)).toBe('k1');
    expect(current.needsRotation(before)).toBe(true);

    const after = current.rotate(before, CTX);
    expect(current.keyIdOf(after)).toBe('k2');
    expect(after.startsWith('v1.k2.A256GCM.')).toBe(true);
    expect(current.needsRotation(after)).toBe(false);
    expect(current.decrypt(after, CTX)).toBe('北京市海淀区中关村大街1号');
    expect(failure(() => old.decrypt(after, CTX)).reason).toBe('unknown_key');
  });

  it('leaves envelopes already under the active key unchanged', () => {
    const envelope = current.encrypt('13812341234', CTX);
    expect(current.rotate(envelope, CTX)).toBe(envelope);
  });

  it('does not rotate what it cannot authenticate', () => {
    const before = old.encrypt('13812341234', CTX);
    expect(failure(() => current.rotate(before, 'patients.phone:99')).reason).toBe('auth_failed');
  });
});
