// The AEAD primitives behind the envelope. Everything above this file only sees FieldAlgorithm, so a
// second algorithm (SM4-GCM for 密评) is one more registry entry, not a change to the envelope or the cipher.

import { type CipherGCMTypes, createCipheriv, createDecipheriv, getCiphers, randomBytes } from 'node:crypto';
import { FieldCryptoError } from './errors';

export interface SealedBox {
  iv: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

export interface FieldAlgorithm {
  /** Short id written into every envelope, e.g. 'A256GCM'. Letters and digits only. */
  readonly id: string;
  readonly keyBytes: number;
  encrypt(key: Buffer, plaintext: Buffer, aad: Buffer): SealedBox;
  decrypt(key: Buffer, iv: Buffer, ciphertext: Buffer, tag: Buffer, aad: Buffer): Buffer;
}

/** 96-bit IVs are GCM's native size (no GHASH over the IV); with random IVs keep well under 2^32 messages per key. */
export const GCM_IV_BYTES = 12;
/** Full-length tags only: GCM's forgery bound degrades quickly with truncated tags. */
export const GCM_TAG_BYTES = 16;

export interface GcmAlgorithmOptions {
  id: string;
  /** OpenSSL cipher name as node:crypto spells it. */
  cipher: string;
  keyBytes: number;
  /** Tests inject a fixed IV to check published vectors; production always uses randomBytes. */
  ivSource?: (bytes: number) => Buffer;
}

export function createGcmAlgorithm(options: GcmAlgorithmOptions): FieldAlgorithm {
  const { id, keyBytes } = options;
  // @types/node only types the AES names as GCM ciphers; OpenSSL treats every "*-gcm" name the same way.
  const cipher = options.cipher as CipherGCMTypes;
  const ivSource = options.ivSource ?? randomBytes;
  return {
    id,
    keyBytes,
    encrypt(key, plaintext, aad) {
      const iv = ivSource(GCM_IV_BYTES);
      const c = createCipheriv(cipher, key, iv, { authTagLength: GCM_TAG_BYTES });
      c.setAAD(aad);
      const ciphertext = Buffer.concat([c.update(plaintext), c.final()]);
      return { iv, ciphertext, tag: c.getAuthTag() };
    },
    decrypt(key, iv, ciphertext, tag, aad) {
      // GCM accepts any IV length and OpenSSL accepts short tags, so lengths are checked here, not trusted.
      if (iv.length !== GCM_IV_BYTES) throw new FieldCryptoError('malformed', `${id}: IV must be ${GCM_IV_BYTES} bytes`);
      if (tag.length !== GCM_TAG_BYTES) throw new FieldCryptoError('malformed', `${id}: tag must be ${GCM_TAG_BYTES} bytes`);
      const d = createDecipheriv(cipher, key, iv, { authTagLength: GCM_TAG_BYTES });
      d.setAAD(aad);
      d.setAuthTag(tag);
      try {
        return Buffer.concat([d.update(ciphertext), d.final()]);
      } catch {
        // OpenSSL's message ("unable to authenticate data") adds nothing; the reason is what callers act on.
        throw new FieldCryptoError('auth_failed', `${id}: authentication failed`);
      }
    },
  };
}

export const aes256gcm: FieldAlgorithm = createGcmAlgorithm({ id: 'A256GCM', cipher: 'aes-256-gcm', keyBytes: 32 });

/**
 * True when this Node's OpenSSL exposes SM4-GCM to node:crypto. Node 20 bundles OpenSSL 3.0, which has
 * SM4 in CBC/CTR/ECB/CFB/OFB only; see README "SM4 status".
 */
export const SM4_GCM_AVAILABLE = getCiphers().includes('sm4-gcm');

/** SM4-GCM (GB/T 32907 block cipher, RFC 8998 mode), or undefined where OpenSSL does not offer it. */
export const sm4gcm: FieldAlgorithm | undefined = SM4_GCM_AVAILABLE
  ? createGcmAlgorithm({ id: 'SM4GCM', cipher: 'sm4-gcm', keyBytes: 16 })
  : undefined;

/** Algorithms by id. Open on purpose: an SM4-GCM from another provider can be added with registerAlgorithm. */
export const algorithms: Record<string, FieldAlgorithm> = { [aes256gcm.id]: aes256gcm };
if (sm4gcm) algorithms[sm4gcm.id] = sm4gcm;

const ALGORITHM_ID = /^[A-Z0-9]{1,16}$/;

export function registerAlgorithm(algorithm: FieldAlgorithm): void {
  // The id goes into envelopes and the keyring spec, which use '.', ':' and ',' as separators.
  if (!ALGORITHM_ID.test(algorithm.id)) throw new Error(`algorithm id must match ${String(ALGORITHM_ID)}`);
  // Replacing an algorithm would silently change how existing envelopes are read.
  if (algorithms[algorithm.id]) throw new Error(`algorithm ${algorithm.id} is already registered`);
  algorithms[algorithm.id] = algorithm;
}

/** Looks an algorithm up by id, ignoring case, so config may say `sm4gcm` for `SM4GCM`. */
export function findAlgorithm(name: string): FieldAlgorithm | undefined {
  const upper = name.toUpperCase();
  return Object.hasOwn(algorithms, upper) ? algorithms[upper] : undefined;
}
