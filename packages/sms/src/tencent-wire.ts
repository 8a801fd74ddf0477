// JSON shapes of SendSms (2021-01-11) as they travel over the wire. Field names are Tencent's
// (PascalCase) on purpose: these types describe bytes, not our domain.

export interface SendSmsRequestBody {
  /** E.164 numbers, at most 200 per request. */
  PhoneNumberSet: string[];
  SmsSdkAppId: string;
  TemplateId: string;
  /** Required for mainland SMS: the approved signature shown as 【SignName】 before the text. */
  SignName?: string;
  TemplateParamSet?: string[];
  ExtendCode?: string;
  SessionContext?: string;
  SenderId?: string;
}

export interface SendStatus {
  SerialNo: string;
  PhoneNumber: string;
  Fee: number;
  SessionContext: string;
  Code: string;
  Message: string;
  IsoCode: string;
}

export interface TencentError {
  Code: string;
  Message: string;
}

export type SendSmsResponseBody =
  | { Response: { SendStatusSet: SendStatus[]; RequestId: string } }
  | { Response: { Error: TencentError; RequestId: string } };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSendStatus(value: unknown): value is SendStatus {
  return isRecord(value) && typeof value.Code === 'string' && typeof value.SerialNo === 'string';
}

/**
 * Narrows an untrusted response to the SendSms shape. Anything else (a proxy's HTML page, a
 * truncated body) is null and the caller treats it as a transport problem.
 */
export function parseSendSmsResponse(text: string): SendSmsResponseBody | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data) || !isRecord(data.Response)) return null;
  const { Error: error, SendStatusSet: set, RequestId: requestId } = data.Response;
  if (typeof requestId !== 'string') return null;
  if (isRecord(error) && typeof error.Code === 'string' && typeof error.Message === 'string') {
    return { Response: { Error: { Code: error.Code, Message: error.Message }, RequestId: requestId } };
  }
  if (Array.isArray(set) && set.every(isSendStatus)) {
    return { Response: { SendStatusSet: set, RequestId: requestId } };
  }
  return null;
}
