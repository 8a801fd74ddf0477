// The stored form of one encrypted field: `v1.<keyId>.<algId>.<iv>.<ciphertext>.<tag>`, parts in
// unpadded base64url. Only [A-Za-z0-9_.-], so it fits a text column, a CSV cell or a log line unescaped.

import { FieldCryptoError } from './errors';

export const ENVELOPE_VERSION = 'v1';

export interface Envelope {
  keyId: string;
  algId: string;
  iv: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

const ID = /^[A-Za-z0-9_-]{1,32}$/;
const B64URL = /^[A-Za-z0-9_-]*$/;

/** The part every envelope of a given key starts with; it is also authenticated as part of the AAD. */
export function envelopeHeader(keyId: string, algId: string): string {
  return `${ENVELOPE_VERSION}.${keyId}.${algId}`;
}

export function formatEnvelope(e: Envelope): string {
  const body = [e.iv, e.ciphertext, e.tag].map((b) => b.toString('base64url')).join('.');
  return `${envelopeHeader(e.keyId, e.algId)}.${body}`;
}

export function parseEnvelope(text: string): Envelope {
  const parts = text.split('.');
  if (parts.length !== 6) throw malformed('expected 6 dot-separated parts');
  const [version, keyId, algId, iv, ciphertext, tag] = parts as [string, string, string, string, string, string];
  if (version !== ENVELOPE_VERSION) throw malformed('unsupported version');
  if (!ID.test(keyId)) throw malformed('bad key id');
  if (!ID.test(algId)) throw malformed('bad algorithm id');
  return { keyId, algId, iv: decode(iv, 'iv'), ciphertext: decode(ciphertext, 'ciphertext'), tag: decode(tag, 'tag') };
}

function decode(text: string, part: string): Buffer {
  const bytes = Buffer.from(text, 'base64url');
  // Node's decoder skips junk and ignores spare trailing bits, so two strings could carry the same bytes.
  // Insisting on the canonical form makes every edit of the stored text an edit of the authenticated bytes.
  if (!B64URL.test(text) || bytes.toString('base64url') !== text) throw malformed(`${part} is not canonical base64url`);
  return bytes;
}

function malformed(detail: string): FieldCryptoError {
  return new FieldCryptoError('malformed', `field envelope: ${detail}`);
}
