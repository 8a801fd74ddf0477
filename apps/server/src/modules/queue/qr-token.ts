import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/**
 * The token a department's posted QR code carries: `xlq1.<departmentId>.<keyVersion>.<signature>`, the signature
 * an HMAC-SHA256 over department and version. The key is derived from the auth secret for this purpose only, so a
 * check-in code can never be confused with any other signed value.
 */
const PREFIX = 'xlq1';

function keyFor(secret: string, version: number): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'xinglin', `check-in-qr/v${version}`, 32));
}

function signature(secret: string, departmentId: string, version: number): string {
  return createHmac('sha256', keyFor(secret, version)).update(`${departmentId}:${version}`).digest('base64url');
}

export function signCheckInToken(secret: string, departmentId: string, version: number): string {
  return `${PREFIX}.${departmentId}.${version}.${signature(secret, departmentId, version)}`;
}

/** The department and key version of a genuine token; null for anything forged, truncated or malformed. */
export function verifyCheckInToken(secret: string, token: string): { departmentId: string; version: number } | null {
  // The patient app may hand over a URL that carries the token as ?token=…; take the token out of it.
  const raw = /[?&]token=([^&#]+)/.exec(token)?.[1] ?? token;
  let parts: string[];
  try {
    parts = decodeURIComponent(raw).trim().split('.');
  } catch {
    return null; // a malformed %-escape
  }
  if (parts.length !== 4 || parts[0] !== PREFIX) return null;
  const [, departmentId, v, sig] = parts as [string, string, string, string];
  const version = Number(v);
  if (!/^[0-9a-f-]{36}$/i.test(departmentId) || !Number.isInteger(version) || version < 1 || version > 10_000) return null;
  const expected = Buffer.from(signature(secret, departmentId, version));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { departmentId, version } : null;
}
