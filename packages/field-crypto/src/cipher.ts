// Encrypts one field value into an envelope and back. The caller's context (table.column:rowId) and the
// envelope header are the AAD, so a ciphertext pasted into another row or column, or relabelled with
// another key id or algorithm, fails authentication instead of decrypting to someone else's data.

import { FieldCryptoError } from './errors';
import { envelopeHeader, formatEnvelope, parseEnvelope } from './envelope';
import type { KeyEntry, Keyring } from './keyring';

export interface FieldCipher {
  encrypt(plaintext: string, context: string): string;
  decrypt(envelope: string, context: string): string;
  /** True when the envelope was written with a key other than the active one. */
  needsRotation(envelope: string): boolean;
  /** Re-encrypts under the active key; returns the envelope unchanged when it already uses it. */
  rotate(envelope: string, context: string): string;
  keyIdOf(envelope: string): string;
}

export function createFieldCipher(keyring: Keyring): FieldCipher {
  const encrypt = (plaintext: string, context: string): string => {
    requireContext(context);
    const entry = keyring.active;
    const header = envelopeHeader(entry.id, entry.algorithm.id);
    const sealed = entry.algorithm.encrypt(entry.key, Buffer.from(plaintext, 'utf8'), aadFor(header, context));
    return formatEnvelope({ keyId: entry.id, algId: entry.algorithm.id, ...sealed });
  };

  const decrypt = (envelope: string, context: string): string => {
    requireContext(context);
    const e = parseEnvelope(envelope);
    const entry = keyFor(keyring, e.keyId);
    // A key id names exactly one algorithm; an envelope claiming another was relabelled or mis-configured.
    if (entry.algorithm.id !== e.algId) {
      throw new FieldCryptoError('auth_failed', `field envelope: key "${e.keyId}" is not a ${e.algId} key`);
    }
    const aad = aadFor(envelopeHeader(e.keyId, e.algId), context);
    try {
      return entry.algorithm.decrypt(entry.key, e.iv, e.ciphertext, e.tag, aad).toString('utf8');
    } catch (err) {
      if (err instanceof FieldCryptoError) throw err;
      // Anything else from OpenSSL on this path means the bytes did not verify; never pass its text on.
      throw new FieldCryptoError('auth_failed', `field envelope: decryption with key "${e.keyId}" failed`);
    }
  };

  const keyIdOf = (envelope: string): string => parseEnvelope(envelope).keyId;
  const needsRotation = (envelope: string): boolean => keyIdOf(envelope) !== keyring.active.id;

  return {
    encrypt,
    decrypt,
    needsRotation,
    keyIdOf,
    rotate(envelope, context) {
      // Decrypt first even when no rotation is due, so a rotation job also proves every row still reads.
      const plaintext = decrypt(envelope, context);
      return needsRotation(envelope) ? encrypt(plaintext, context) : envelope;
    },
  };
}

function keyFor(keyring: Keyring, keyId: string): KeyEntry {
  const entry = keyring.get(keyId);
  if (!entry) throw new FieldCryptoError('unknown_key', `field envelope: key "${keyId}" is not in the keyring`);
  return entry;
}

// The header has no '\n' (ids are [A-Za-z0-9_-]), so header and context cannot be shifted into each other.
function aadFor(header: string, context: string): Buffer {
  return Buffer.from(`${header}\n${context}`, 'utf8');
}

function requireContext(context: string): void {
  // An empty context would silently drop the row binding, so it is a programming error, not a default.
  if (context === '') throw new TypeError('field cipher: context must name the column and row, e.g. "patients.phone:42"');
}
