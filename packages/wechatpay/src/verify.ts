// Checks the platform signature on a WeChat Pay response or notification: the key is chosen by
// Wechatpay-Serial, the timestamp must be within the tolerance of our (injected) clock, and the
// signature covers TIMESTAMP\nNONCE\nBODY\n exactly as received.
import { WechatPaySignatureError, WechatPayStaleTimestampError, WechatPayUnknownSerialError } from './errors';
import { platformSignatureMessage, rsaVerify, toPublicKey, type PublicKeyInput } from './signing';
import type { KeyObject } from 'node:crypto';

export type HeaderBag = Headers | Record<string, string | string[] | undefined>;

export const SIGNATURE_HEADERS = {
  signature: 'wechatpay-signature',
  timestamp: 'wechatpay-timestamp',
  nonce: 'wechatpay-nonce',
  serial: 'wechatpay-serial',
} as const;

/** Case-insensitive header read that works for fetch Headers and node's lower-cased header objects. */
export function headerValue(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

export interface PlatformVerifierOptions {
  /** Platform public keys or certificates (PEM) by serial: "PUB_KEY_ID_…" or a certificate serial. */
  platformKeys: Record<string, PublicKeyInput>;
  /** Epoch milliseconds; inject a test clock. */
  now?: () => number;
  /** Largest allowed |now − Wechatpay-Timestamp|, default 300 s (the spec's 5 minutes). */
  toleranceSeconds?: number;
}

export interface PlatformVerifier {
  /** Throws WechatPaySignatureError, WechatPayStaleTimestampError or WechatPayUnknownSerialError. */
  verify(headers: HeaderBag, body: string): void;
}

export function createPlatformVerifier(options: PlatformVerifierOptions): PlatformVerifier {
  const keys = new Map<string, KeyObject>(Object.entries(options.platformKeys).map(([s, k]) => [s, toPublicKey(k)]));
  const now = options.now ?? Date.now;
  const tolerance = options.toleranceSeconds ?? 300;

  return {
    verify(headers, body) {
      const signature = headerValue(headers, SIGNATURE_HEADERS.signature);
      const timestamp = headerValue(headers, SIGNATURE_HEADERS.timestamp);
      const nonce = headerValue(headers, SIGNATURE_HEADERS.nonce);
      const serial = headerValue(headers, SIGNATURE_HEADERS.serial);
      if (!signature || !timestamp || !nonce || !serial) {
        throw new WechatPaySignatureError('Wechatpay-Signature/Timestamp/Nonce/Serial headers missing');
      }
      const key = keys.get(serial);
      if (key === undefined) throw new WechatPayUnknownSerialError(serial);
      // Signature first: a forged message should be reported as forged, not as merely late.
      if (!rsaVerify(platformSignatureMessage(timestamp, nonce, body), signature, key)) {
        throw new WechatPaySignatureError(`Wechatpay-Signature does not verify with platform key ${serial}`);
      }
      const seconds = Number(timestamp);
      const nowSeconds = Math.floor(now() / 1000);
      if (!/^\d+$/.test(timestamp) || Math.abs(nowSeconds - seconds) > tolerance) {
        throw new WechatPayStaleTimestampError(seconds, nowSeconds);
      }
    },
  };
}
