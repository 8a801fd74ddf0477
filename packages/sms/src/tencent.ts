// The real Tencent Cloud SMS adapter: one signed POST of SendSms per message, with fetch and our own
// TC3 signer. Not tencentcloud-sdk-nodejs-sms: that SDK takes the credential-scope service from the
// endpoint's first label and signs the host without its port, so pointed at a simulator on
// 127.0.0.1:PORT it signs for service "127" and any verifier that checks like Tencent rejects it.
import {
  JSON_CONTENT_TYPE,
  SEND_STATUS_OK,
  SMS_ACTIONS,
  SMS_API_VERSION,
  SMS_DEFAULT_ENDPOINT,
  SMS_DEFAULT_REGION,
  SMS_SERVICE,
} from './constants';
import { toE164 } from './phone';
import type { SmsMessage, SmsProvider, SmsSendResult } from './provider';
import { tc3Sign } from './tc3';
import { parseSendSmsResponse, type SendSmsRequestBody } from './tencent-wire';

export interface TencentSmsConfig {
  secretId: string;
  secretKey: string;
  /** SmsSdkAppId of the SMS application, e.g. "1400000000". */
  sdkAppId: string;
  /** Approved signature, e.g. "杏林医院"; Tencent shows it as 【杏林医院】. */
  signName: string;
  region?: string;
  /** Host[:port] without scheme, e.g. "sms.tencentcloudapi.com" or "127.0.0.1:8787". */
  endpoint?: string;
  protocol?: 'https:' | 'http:';
  /** Abort a request that has not answered by then; default 10 s (login codes go stale fast). */
  timeoutMs?: number;
  /** Clock in epoch milliseconds; a test seam, since X-TC-Timestamp must be within 5 min of Tencent's. */
  now?: () => number;
}

export const TENCENT_PROVIDER_NAME = 'tencent';

/**
 * Codes worth retrying unchanged. Everything else (bad key, unapproved template, a patient's daily
 * quota) fails the same way again, and retrying per-number limits would only annoy the patient.
 */
export function isRetryableTencentCode(code: string): boolean {
  return code.startsWith('InternalError') || code.startsWith('RequestLimitExceeded');
}

function failure(code: string, message: string, retryable: boolean): SmsSendResult {
  return { ok: false, code, message, retryable };
}

export interface SignedTencentRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * The complete signed HTTP request for one API 3.0 call. Exported so tests (and a curl session
 * while debugging) can produce exactly the bytes the adapter sends.
 */
export function signTencentRequest(
  config: TencentSmsConfig,
  action: string,
  body: string,
  timestamp: number,
): SignedTencentRequest {
  const endpoint = config.endpoint ?? SMS_DEFAULT_ENDPOINT;
  const url = `${config.protocol ?? 'https:'}//${endpoint}/`;
  // URL.host drops a default port exactly as fetch does, so we sign the Host the server will see.
  const signed = { 'Content-Type': JSON_CONTENT_TYPE, Host: new URL(url).host, 'X-TC-Action': action };
  const { authorization } = tc3Sign(
    { method: 'POST', headers: signed, payload: body, service: SMS_SERVICE, timestamp },
    config,
  );
  const headers = {
    ...signed,
    Authorization: authorization,
    'X-TC-Version': SMS_API_VERSION,
    'X-TC-Timestamp': String(timestamp),
    'X-TC-Region': config.region ?? SMS_DEFAULT_REGION,
  };
  return { url, headers, body };
}

function errorText(err: unknown): string {
  // fetch wraps the useful part (ECONNREFUSED, ENOTFOUND, …) in `cause`.
  if (!(err instanceof Error)) return String(err);
  return err.cause instanceof Error ? `${err.message}: ${err.cause.message}` : err.message;
}

export function createTencentSmsProvider(config: TencentSmsConfig): SmsProvider {
  const now = config.now ?? Date.now;
  const timeoutMs = config.timeoutMs ?? 10_000;

  async function send(msg: SmsMessage): Promise<SmsSendResult> {
    const phone = toE164(msg.phone);
    if (phone === null) {
      return failure('InvalidParameterValue.IncorrectPhoneNumber', `not a phone number: ${msg.phone}`, false);
    }
    const request: SendSmsRequestBody = {
      PhoneNumberSet: [phone],
      SmsSdkAppId: config.sdkAppId,
      SignName: config.signName,
      TemplateId: msg.templateId,
      TemplateParamSet: msg.params,
    };
    const timestamp = Math.floor(now() / 1000);
    const { url, headers, body } = signTencentRequest(config, SMS_ACTIONS.SendSms, JSON.stringify(request), timestamp);
    let status: number;
    let text: string;
    try {
      const res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
      status = res.status;
      text = await res.text();
    } catch (err) {
      // Refused, reset, DNS, TLS or timeout: nothing was confirmed, so trying again later is right.
      return failure('NetworkError', `Tencent SMS unreachable at ${url}: ${errorText(err)}`, true);
    }
    if (status !== 200) {
      return failure(`HttpError.${status}`, `Tencent SMS answered HTTP ${status}`, status >= 500 || status === 429);
    }
    const parsed = parseSendSmsResponse(text);
    if (parsed === null) return failure('InvalidResponse', 'Tencent SMS answered with an unexpected body', true);
    const { Response: response } = parsed;
    if ('Error' in response) {
      const { Code, Message } = response.Error;
      return failure(Code, `${Message} (RequestId ${response.RequestId})`, isRetryableTencentCode(Code));
    }
    const result = response.SendStatusSet[0];
    if (result === undefined) return failure('InvalidResponse', 'Tencent SMS returned no send status', true);
    if (result.Code === SEND_STATUS_OK) return { ok: true, providerMessageId: result.SerialNo };
    const message = `${result.Message} (RequestId ${response.RequestId})`;
    return failure(result.Code, message, isRetryableTencentCode(result.Code));
  }

  return { name: TENCENT_PROVIDER_NAME, send };
}
