import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/**
 * The token a receipt's QR code carries: `xlr1.<orderId>.<signature>`, an HMAC-SHA256 over the order id with a key
 * derived from the auth secret for receipts only (as modules/queue does for check-in codes), so a receipt token can
 * never be confused with any other signed value. It proves the receipt was issued by us; what it shows is read
 * fresh from the order (a refunded receipt says so).
 */
const PREFIX = 'xlr1';

const keyFor = (secret: string) => Buffer.from(hkdfSync('sha256', secret, 'xinglin', 'receipt-qr/v1', 32));
const signature = (secret: string, orderId: string) => createHmac('sha256', keyFor(secret)).update(`receipt:${orderId}`).digest('base64url');

export function signReceiptToken(secret: string, orderId: string): string {
  return `${PREFIX}.${orderId}.${signature(secret, orderId)}`;
}

/** The order id of a genuine token; null for anything forged, truncated or malformed. */
export function verifyReceiptToken(secret: string, token: string): string | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return null;
  const [, orderId, sig] = parts as [string, string, string];
  if (!/^[0-9a-f-]{36}$/i.test(orderId)) return null;
  const expected = Buffer.from(signature(secret, orderId));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given) ? orderId : null;
}
