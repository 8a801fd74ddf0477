// TC3-HMAC-SHA256, Tencent Cloud API 3.0's request signature, written against Tencent's published
// "Signature v3" algorithm. The adapter signs with it and the simulator verifies with the same
// canonicalisation, so a test that passes here means both sides agree with the documented vector.
import { createHash, createHmac } from 'node:crypto';
import { TC3_ALGORITHM, TC3_TERMINATOR } from './constants';

export interface Tc3Credentials {
  secretId: string;
  secretKey: string;
}

export interface Tc3SignInput {
  method: string;
  /** Always "/" for API 3.0. */
  path?: string;
  /** Empty for POST; only GET carries a query string. */
  query?: string;
  /** Exactly the headers that take part in the signature (content-type and host at least). */
  headers: Record<string, string>;
  /** The body exactly as sent: the hash covers its UTF-8 bytes, not a re-serialisation. */
  payload: string;
  service: string;
  /** Unix seconds, the same value sent as X-TC-Timestamp. */
  timestamp: number;
}

export interface Tc3Signature {
  authorization: string;
  signature: string;
  signedHeaders: string;
  credentialScope: string;
  canonicalRequest: string;
  stringToSign: string;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The scope date is the UTC day of the timestamp; a local-time date breaks just after midnight in China. */
export function tc3Date(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

export function tc3CanonicalRequest(input: Tc3SignInput): { canonicalRequest: string; signedHeaders: string } {
  // Names and values are lower-cased and trimmed, then sorted by name, as the algorithm specifies.
  const entries = Object.entries(input.headers)
    .map(([name, value]) => [name.trim().toLowerCase(), value.trim().toLowerCase()] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const canonicalHeaders = entries.map(([name, value]) => `${name}:${value}\n`).join('');
  const signedHeaders = entries.map(([name]) => name).join(';');
  const canonicalRequest = [
    input.method.toUpperCase(),
    input.path ?? '/',
    input.query ?? '',
    canonicalHeaders,
    signedHeaders,
    sha256Hex(input.payload),
  ].join('\n');
  return { canonicalRequest, signedHeaders };
}

export function tc3SigningKey(secretKey: string, date: string, service: string): Buffer {
  const secretDate = createHmac('sha256', `TC3${secretKey}`).update(date).digest();
  const secretService = createHmac('sha256', secretDate).update(service).digest();
  return createHmac('sha256', secretService).update(TC3_TERMINATOR).digest();
}

export function tc3Sign(input: Tc3SignInput, credentials: Tc3Credentials): Tc3Signature {
  const { canonicalRequest, signedHeaders } = tc3CanonicalRequest(input);
  const date = tc3Date(input.timestamp);
  const credentialScope = `${date}/${input.service}/${TC3_TERMINATOR}`;
  const stringToSign = [TC3_ALGORITHM, String(input.timestamp), credentialScope, sha256Hex(canonicalRequest)].join(
    '\n',
  );
  const signature = createHmac('sha256', tc3SigningKey(credentials.secretKey, date, input.service))
    .update(stringToSign, 'utf8')
    .digest('hex');
  const authorization =
    `${TC3_ALGORITHM} Credential=${credentials.secretId}/${credentialScope}, ` +
    `SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { authorization, signature, signedHeaders, credentialScope, canonicalRequest, stringToSign };
}

export interface ParsedTc3Authorization {
  algorithm: string;
  secretId: string;
  date: string;
  service: string;
  terminator: string;
  signedHeaders: string[];
  signature: string;
}

// "<algorithm> Credential=<id>/<date>/<service>/<terminator>, SignedHeaders=<a;b>, Signature=<hex>"
const AUTHORIZATION_RE = new RegExp(
  String.raw`^(\S+) Credential=([^/\s]+)/([^/\s]+)/([^/\s]+)/([^,\s]+),\s*` +
    String.raw`SignedHeaders=([^,\s]+),\s*Signature=([0-9a-fA-F]+)$`,
);

/** Splits an Authorization header into its parts; null when it is not in the TC3 shape at all. */
export function parseTc3Authorization(header: string): ParsedTc3Authorization | null {
  const m = AUTHORIZATION_RE.exec(header.trim());
  if (!m) return null;
  const [, algorithm, secretId, date, service, terminator, signed, signature] = m;
  if (!algorithm || !secretId || !date || !service || !terminator || !signed || !signature) return null;
  return { algorithm, secretId, date, service, terminator, signedHeaders: signed.split(';'), signature };
}
