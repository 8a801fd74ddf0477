// Server-side TC3 verification for the simulator, checking what Tencent's gateway checks, in the
// order that gives the most specific AuthFailure.* code.
import { timingSafeEqual } from 'node:crypto';
import { SMS_SERVICE, TC3_ALGORITHM, TC3_MAX_SKEW_SECONDS, TC3_TERMINATOR } from './constants';
import { parseTc3Authorization, tc3Date, tc3Sign, type Tc3Credentials } from './tc3';
import type { TencentError } from './tencent-wire';

/** A request with lower-cased header names and single string values. */
export interface NormalisedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

const err = (Code: string, Message: string): TencentError => ({ Code, Message });

/**
 * `service` is the credential-scope product name; it defaults to SMS and is a parameter so other
 * Tencent Cloud simulators (FaceID in @xinglin/identity) verify with the same code.
 */
export function verifyTc3Request(
  req: NormalisedRequest,
  keys: Tc3Credentials,
  nowSeconds: number,
  service: string = SMS_SERVICE,
): TencentError | null {
  const header = req.headers['authorization'];
  const auth = header === undefined ? null : parseTc3Authorization(header);
  if (auth === null || auth.algorithm !== TC3_ALGORITHM || auth.terminator !== TC3_TERMINATOR) {
    return err('AuthFailure.InvalidAuthorization', 'Authorization header does not follow the TC3-HMAC-SHA256 format.');
  }
  const rawTimestamp = req.headers['x-tc-timestamp'] ?? '';
  if (!/^\d+$/.test(rawTimestamp)) {
    return err('InvalidParameter', 'The value of X-TC-Timestamp must be a UNIX timestamp in seconds.');
  }
  const timestamp = Number(rawTimestamp);
  if (Math.abs(nowSeconds - timestamp) > TC3_MAX_SKEW_SECONDS) {
    return err(
      'AuthFailure.SignatureExpire',
      `Signature expired. Timestamp ${timestamp} differs from server time ${nowSeconds} by more than 5 minutes.`,
    );
  }
  if (auth.secretId !== keys.secretId) {
    return err(
      'AuthFailure.SecretIdNotFound',
      'The SecretId is not found, please ensure that your SecretId is correct.',
    );
  }
  const signedHeaders: Record<string, string> = {};
  for (const name of auth.signedHeaders) {
    const value = req.headers[name];
    if (value === undefined) {
      return err('AuthFailure.InvalidAuthorization', `Signed header ${name} is missing from the request.`);
    }
    signedHeaders[name] = value;
  }
  if (!('content-type' in signedHeaders) || !('host' in signedHeaders)) {
    return err('AuthFailure.InvalidAuthorization', 'SignedHeaders must include content-type and host.');
  }
  const [path = '/', query = ''] = req.path.split('?', 2);
  const expected = tc3Sign(
    { method: req.method, path, query, headers: signedHeaders, payload: req.body, service, timestamp },
    keys,
  );
  // A wrong service or a date other than the timestamp's UTC day is a signature failure for Tencent too.
  const scopeOk = auth.service === service && auth.date === tc3Date(timestamp);
  const given = Buffer.from(auth.signature.toLowerCase(), 'utf8');
  const wanted = Buffer.from(expected.signature, 'utf8');
  if (!scopeOk || given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
    return err(
      'AuthFailure.SignatureFailure',
      'The provided credentials could not be validated. Please check your signature is correct.',
    );
  }
  return null;
}
