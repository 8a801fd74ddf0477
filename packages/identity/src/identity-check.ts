// L2 real-name check: does this name belong to this mainland ID number? The Tencent adapter calls
// FaceID IdCardVerification (身份信息认证, 二要素核验).
import { FACEID_ACTIONS, ID_CARD_RESULT, ID_CARD_RESULT_DESCRIPTIONS, type IdCardResultCode } from './constants';
import { callFaceId, failure, type FaceIdConfig, type ProviderFailure } from './tencent-api';

export type IdentityMismatchReason =
  | 'mismatch'
  | 'not_found'
  | 'invalid_id_number'
  | 'invalid_name'
  /** Not reported by Tencent's IdCardVerification; kept for sources that do report it. */
  | 'deceased';

export type IdentityCheckResult =
  | { ok: true; match: true }
  | { ok: true; match: false; reason: IdentityMismatchReason }
  | ProviderFailure;

export interface IdentityCheckProvider {
  check(input: { name: string; idNumber: string }): Promise<IdentityCheckResult>;
}

export type TencentIdentityCheckConfig = FaceIdConfig;

const isResultCode = (value: unknown): value is IdCardResultCode =>
  typeof value === 'string' && value in ID_CARD_RESULT_DESCRIPTIONS;

/**
 * Tencent's Result code to our verdict. -4 and -6 are the national source being down or upgraded
 * (try again later); -7 is the account's daily quota, which a retry today cannot fix.
 */
export function mapIdCardResult(result: IdCardResultCode, description: string): IdentityCheckResult {
  const noMatch = (reason: IdentityMismatchReason): IdentityCheckResult => ({ ok: true, match: false, reason });
  switch (result) {
    case ID_CARD_RESULT.match:
      return { ok: true, match: true };
    case ID_CARD_RESULT.mismatch:
      return noMatch('mismatch');
    case ID_CARD_RESULT.invalidIdNumber:
      return noMatch('invalid_id_number');
    case ID_CARD_RESULT.invalidName:
      return noMatch('invalid_name');
    case ID_CARD_RESULT.notFound:
      return noMatch('not_found');
    case ID_CARD_RESULT.sourceUnavailable:
    case ID_CARD_RESULT.sourceUpgrading:
      return failure(`IdCardVerification.Result${result}`, description, true);
    case ID_CARD_RESULT.dailyLimit:
      return failure(`IdCardVerification.Result${result}`, description, false);
  }
}

export function createTencentIdentityCheck(config: TencentIdentityCheckConfig): IdentityCheckProvider {
  return {
    async check({ name, idNumber }) {
      // No local GB 11643 check here: callers validate first, and Tencent's -2 is not billed anyway.
      const params = { IdCard: idNumber.trim().toUpperCase(), Name: name.trim() };
      const call = await callFaceId(config, FACEID_ACTIONS.IdCardVerification, params);
      if (!call.ok) return call;
      const { Result: result, Description: description } = call.response;
      if (!isResultCode(result)) {
        // A code added after this was written: not a verdict we can act on, and not worth retrying.
        return failure(`IdCardVerification.Result${String(result)}`, `unknown result (RequestId ${call.requestId})`, false);
      }
      const text = typeof description === 'string' ? description : ID_CARD_RESULT_DESCRIPTIONS[result];
      return mapIdCardResult(result, `${text} (RequestId ${call.requestId})`);
    },
  };
}
