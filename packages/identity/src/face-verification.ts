// L3 face verification in Tencent FaceID's H5 / mini-program flow: DetectAuth returns a BizToken and
// a Url the patient opens; afterwards GetDetectInfoEnhanced tells whether the face matched the
// national photo of the ID number given at the start.
import { DETECT_ERR, FACEID_ACTIONS } from './constants';
import { callFaceId, failure, isRecord, type FaceIdConfig, type ProviderFailure } from './tencent-api';

export interface FaceVerificationStartInput {
  name: string;
  idNumber: string;
  /** Where the patient's browser goes when the flow ends. */
  redirectUrl: string;
  /** Passed through and returned with the result, e.g. our own session id. */
  extra?: string;
}

export type FaceVerificationStart = { ok: true; bizToken: string; url: string } | ProviderFailure;

export type FaceVerificationStatus = 'pending' | 'passed' | 'failed';

export type FaceVerificationResult =
  | {
      ok: true;
      status: FaceVerificationStatus;
      /** 0–100; Tencent treats ≥ 70 as the same person. */
      similarity?: number;
      /** Tencent's Text.ErrCode and ErrMsg when the flow failed. */
      failCode?: number;
      failReason?: string;
      /** The identity Tencent actually verified: compare it with the one the patient claimed. */
      name?: string;
      idNumber?: string;
      extra?: string;
    }
  | ProviderFailure;

export interface FaceVerificationProvider {
  start(input: FaceVerificationStartInput): Promise<FaceVerificationStart>;
  result(bizToken: string): Promise<FaceVerificationResult>;
}

export interface TencentFaceVerificationConfig extends FaceIdConfig {
  /** 业务流程 RuleId created in the FaceID console. */
  ruleId: string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * Text (DetectInfoText) to a status. Tencent documents Text, and ErrCode inside it, as possibly
 * null before the patient finishes; ErrCode 17 is "本次流程未完成". Only ErrCode 0 is a pass.
 */
export function detectTextToResult(text: unknown): FaceVerificationResult {
  if (!isRecord(text) || typeof text.ErrCode !== 'number' || text.ErrCode === DETECT_ERR.unfinished) {
    return { ok: true, status: 'pending' };
  }
  const sim = typeof text.Sim === 'string' ? Number.parseFloat(text.Sim) : Number.NaN;
  const common = {
    ...(Number.isFinite(sim) ? { similarity: sim } : {}),
    ...(str(text.Name) !== undefined ? { name: str(text.Name) } : {}),
    ...(str(text.IdCard) !== undefined ? { idNumber: str(text.IdCard) } : {}),
    ...(str(text.Extra) !== undefined ? { extra: str(text.Extra) } : {}),
  };
  if (text.ErrCode === DETECT_ERR.passed) return { ok: true, status: 'passed', ...common };
  const failReason = str(text.ErrMsg) ?? `FaceID ErrCode ${text.ErrCode}`;
  return { ok: true, status: 'failed', failCode: text.ErrCode, failReason, ...common };
}

export function createTencentFaceVerification(config: TencentFaceVerificationConfig): FaceVerificationProvider {
  return {
    async start({ name, idNumber, redirectUrl, extra }) {
      const params = {
        RuleId: config.ruleId,
        IdCard: idNumber.trim().toUpperCase(),
        Name: name.trim(),
        RedirectUrl: redirectUrl,
        ...(extra !== undefined ? { Extra: extra } : {}),
      };
      const call = await callFaceId(config, FACEID_ACTIONS.DetectAuth, params);
      if (!call.ok) return call;
      const bizToken = str(call.response.BizToken);
      const url = str(call.response.Url);
      if (bizToken === undefined || url === undefined) {
        return failure('InvalidResponse', `DetectAuth returned no BizToken or Url (RequestId ${call.requestId})`, true);
      }
      return { ok: true, bizToken, url };
    },

    async result(bizToken) {
      // InfoType "1": the text result only. Photos and video stay at Tencent (3 days) unless needed.
      const params = { BizToken: bizToken, RuleId: config.ruleId, InfoType: '1' };
      const call = await callFaceId(config, FACEID_ACTIONS.GetDetectInfoEnhanced, params);
      return call.ok ? detectTextToResult(call.response.Text) : call;
    },
  };
}
