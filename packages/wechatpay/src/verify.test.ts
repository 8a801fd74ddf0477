import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WechatPaySignatureError, WechatPayStaleTimestampError, WechatPayUnknownSerialError } from './errors';
import { platformSignatureMessage, rsaSign } from './signing';
import { createPlatformVerifier } from './verify';

const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
const SERIAL = 'PUB_KEY_ID_0100000000000000000000000001';
const NOW_MS = 1_764_000_000_000;
const BODY = '{"prepay_id":"wx1"}';

function headers(overrides: Record<string, string> = {}, body = BODY, timestamp = String(NOW_MS / 1000)) {
  const nonce = 'N0NCE';
  return {
    'Wechatpay-Timestamp': timestamp,
    'Wechatpay-Nonce': nonce,
    'Wechatpay-Serial': SERIAL,
    'Wechatpay-Signature': rsaSign(platformSignatureMessage(timestamp, nonce, body), platform.privateKey),
    ...overrides,
  };
}

describe('createPlatformVerifier', () => {
  const verifier = createPlatformVerifier({ platformKeys: { [SERIAL]: platform.publicKey }, now: () => NOW_MS });

  it('accepts a body signed by the platform key of that serial, headers in any case', () => {
    expect(() => verifier.verify(headers(), BODY)).not.toThrow();
    const lower = Object.fromEntries(Object.entries(headers()).map(([k, v]) => [k.toLowerCase(), v]));
    expect(() => verifier.verify(new Headers(lower), BODY)).not.toThrow();
  });

  it('refuses a changed body or a signature from another key as a bad signature', () => {
    expect(() => verifier.verify(headers(), BODY.replace('wx1', 'wx2'))).toThrow(WechatPaySignatureError);
    const forger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const forged = rsaSign(platformSignatureMessage(String(NOW_MS / 1000), 'N0NCE', BODY), forger);
    expect(() => verifier.verify(headers({ 'Wechatpay-Signature': forged }), BODY)).toThrow(WechatPaySignatureError);
  });

  it('refuses missing signature headers', () => {
    const { 'Wechatpay-Signature': _dropped, ...rest } = headers();
    expect(() => verifier.verify(rest, BODY)).toThrow(WechatPaySignatureError);
  });

  it('refuses an unknown serial with its own error', () => {
    const err = (() => {
      try {
        verifier.verify(headers({ 'Wechatpay-Serial': 'PUB_KEY_ID_other' }), BODY);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(WechatPayUnknownSerialError);
    expect((err as WechatPayUnknownSerialError).serial).toBe('PUB_KEY_ID_other');
  });

  it('accepts up to 5 minutes of skew either way and refuses more as stale', () => {
    const at = (offsetSeconds: number) => String(NOW_MS / 1000 + offsetSeconds);
    expect(() => verifier.verify(headers({}, BODY, at(-300)), BODY)).not.toThrow();
    expect(() => verifier.verify(headers({}, BODY, at(300)), BODY)).not.toThrow();
    expect(() => verifier.verify(headers({}, BODY, at(-301)), BODY)).toThrow(WechatPayStaleTimestampError);
    expect(() => verifier.verify(headers({}, BODY, at(301)), BODY)).toThrow(WechatPayStaleTimestampError);
  });
});
