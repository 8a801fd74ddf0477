import { describe, expect, it } from 'vitest';
import { verifyTc3Request, type NormalisedRequest } from './simulator-auth';
import { signTencentRequest } from './tencent';

const KEYS = { secretId: 'AKIDauth', secretKey: 'auth-secret' };
const TS = 1_700_000_000;

function signed(overrides: Partial<typeof KEYS> = {}, timestamp = TS): NormalisedRequest {
  const config = { ...KEYS, ...overrides, sdkAppId: '1', signName: 's', endpoint: '127.0.0.1:9' };
  const req = signTencentRequest(config, 'SendSms', '{"a":1}', timestamp);
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { method: 'POST', path: '/', headers, body: req.body };
}

describe('verifyTc3Request', () => {
  it('accepts a correctly signed request, port in Host included', () => {
    expect(verifyTc3Request(signed(), KEYS, TS)).toBeNull();
  });

  it('rejects a wrong secret key, a changed body and a changed signed header', () => {
    expect(verifyTc3Request(signed({ secretKey: 'nope' }), KEYS, TS)?.Code).toBe('AuthFailure.SignatureFailure');
    expect(verifyTc3Request({ ...signed(), body: '{"a":2}' }, KEYS, TS)?.Code).toBe('AuthFailure.SignatureFailure');
    const req = signed();
    const moved = { ...req, headers: { ...req.headers, 'x-tc-action': 'PullSmsSendStatus' } };
    expect(verifyTc3Request(moved, KEYS, TS)?.Code).toBe('AuthFailure.SignatureFailure');
  });

  it('names an unknown SecretId', () => {
    expect(verifyTc3Request(signed({ secretId: 'AKIDother' }), KEYS, TS)?.Code).toBe('AuthFailure.SecretIdNotFound');
  });

  it('allows five minutes of clock skew either way and no more', () => {
    expect(verifyTc3Request(signed({}, TS - 300), KEYS, TS)).toBeNull();
    expect(verifyTc3Request(signed({}, TS + 300), KEYS, TS)).toBeNull();
    expect(verifyTc3Request(signed({}, TS - 301), KEYS, TS)?.Code).toBe('AuthFailure.SignatureExpire');
    expect(verifyTc3Request(signed({}, TS + 301), KEYS, TS)?.Code).toBe('AuthFailure.SignatureExpire');
  });

  it('rejects a missing or malformed Authorization and a signed header that was not sent', () => {
    const req = signed();
    const { authorization: _dropped, ...rest } = req.headers;
    expect(verifyTc3Request({ ...req, headers: rest }, KEYS, TS)?.Code).toBe('AuthFailure.InvalidAuthorization');
    const bearer = { ...req, headers: { ...req.headers, authorization: 'Bearer x' } };
    expect(verifyTc3Request(bearer, KEYS, TS)?.Code).toBe('AuthFailure.InvalidAuthorization');
    const { 'x-tc-action': _action, ...noAction } = req.headers;
    expect(verifyTc3Request({ ...req, headers: noAction }, KEYS, TS)?.Code).toBe('AuthFailure.InvalidAuthorization');
  });
});
