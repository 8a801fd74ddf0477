// Deterministic keyed hashes for equality lookup ("find the patient with this phone") over encrypted
// columns. HMAC rather than a plain hash because phone and ID numbers are so low-entropy that an unkeyed
// SHA-256 of every possible value is a quick table to build. The key is separate from the encryption keys:
// it cannot be rotated per row, since changing it means recomputing every stored index (see README).

import { createHmac } from 'node:crypto';

export type BlindIndex = (kind: string, value: string) => string;

/** Kinds whose values compare case-insensitively: the ID number's check character 'x', passport letters. */
export const CASE_INSENSITIVE_KINDS: ReadonlySet<string> = new Set(['id_number', 'passport']);

export const MIN_BLIND_INDEX_KEY_BYTES = 32;
/** Lower-case identifier, so kind and value cannot run into each other across the ':' separator. */
const KIND = /^[a-z][a-z0-9_]{0,63}$/;

/** The form that is hashed: NFKC (full-width 'ＸＸ１' from Chinese IMEs becomes 'XX1'), trimmed, upper-cased for ID kinds. */
export function normaliseForIndex(kind: string, value: string): string {
  const v = value.normalize('NFKC').trim();
  return CASE_INSENSITIVE_KINDS.has(kind) ? v.toUpperCase() : v;
}

export function createBlindIndex(key: Buffer): BlindIndex {
  if (key.length < MIN_BLIND_INDEX_KEY_BYTES) {
    throw new Error(`blind index key must be at least ${MIN_BLIND_INDEX_KEY_BYTES} bytes`);
  }
  // Copied so a caller zeroing or reusing its buffer cannot change every index computed afterwards.
  const ownKey = Buffer.from(key);
  return (kind, value) => {
    if (!KIND.test(kind)) throw new Error(`blind index kind must match ${String(KIND)}`);
    return createHmac('sha256', ownKey).update(`${kind}:${normaliseForIndex(kind, value)}`, 'utf8').digest('hex');
  };
}
