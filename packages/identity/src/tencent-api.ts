// One signed API 3.0 call to FaceID: fetch plus the TC3 signer from @xinglin/sms (not the Tencent
// SDK, which signs a 127.0.0.1:PORT host for service "127"; see packages/sms/src/tencent.ts).
import { isRetryableTencentCode, JSON_CONTENT_TYPE, tc3Sign } from '@xinglin/sms';
import { FACEID_API_VERSION, FACEID_DEFAULT_ENDPOINT, FACEID_SERVICE, type FaceIdAction } from './constants';

export interface FaceIdConfig {
  secretId: string;
  secretKey: string;
  /** Host[:port] without scheme, e.g. "faceid.tencentcloudapi.com" or "127.0.0.1:8788". */
  endpoint?: string;
  protocol?: 'https:' | 'http:';
  /** FaceID's mainland APIs take no region ("本接口不需要传递此参数"); sent only when set. */
  region?: string;
  /** Abort a request that has not answered by then; default 10 s. */
  timeoutMs?: number;
  /** Clock in epoch milliseconds; X-TC-Timestamp must be within 5 min of Tencent's. */
  now?: () => number;
}

/** A call that did not produce a business answer: transport, auth, quota or Tencent-side errors. */
export interface ProviderFailure {
  ok: false;
  code: string;
  message: string;
  retryable: boolean;
}

export type FaceIdCallResult = { ok: true; response: Record<string, unknown>; requestId: string } | ProviderFailure;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const failure = (code: string, message: string, retryable: boolean): ProviderFailure => ({
  ok: false,
  code,
  message,
  retryable,
});

/** The exact bytes the adapters send; exported so tests and a curl session can reproduce them. */
export function signFaceIdRequest(
  config: FaceIdConfig,
  action: FaceIdAction,
  body: string,
  timestamp: number,
): { url: string; headers: Record<string, string>; body: string } {
  const url = `${config.protocol ?? 'https:'}//${config.endpoint ?? FACEID_DEFAULT_ENDPOINT}/`;
  // URL.host drops a default port exactly as fetch does, so we sign the Host the server will see.
  const signed = { 'Content-Type': JSON_CONTENT_TYPE, Host: new URL(url).host, 'X-TC-Action': action };
  const { authorization } = tc3Sign(
    { method: 'POST', headers: signed, payload: body, service: FACEID_SERVICE, timestamp },
    config,
  );
  const headers: Record<string, string> = {
    ...signed,
    Authorization: authorization,
    'X-TC-Version': FACEID_API_VERSION,
    'X-TC-Timestamp': String(timestamp),
  };
  if (config.region !== undefined) headers['X-TC-Region'] = config.region;
  return { url, headers, body };
}

function errorText(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  return err.cause instanceof Error ? `${err.message}: ${err.cause.message}` : err.message;
}

export async function callFaceId(
  config: FaceIdConfig,
  action: FaceIdAction,
  params: Record<string, unknown>,
): Promise<FaceIdCallResult> {
  const timestamp = Math.floor((config.now ?? Date.now)() / 1000);
  const { url, headers, body } = signFaceIdRequest(config, action, JSON.stringify(params), timestamp);
  let status: number;
  let text: string;
  try {
    const signal = AbortSignal.timeout(config.timeoutMs ?? 10_000);
    const res = await fetch(url, { method: 'POST', headers, body, signal });
    status = res.status;
    text = await res.text();
  } catch (err) {
    return failure('NetworkError', `Tencent FaceID unreachable at ${url}: ${errorText(err)}`, true);
  }
  if (status !== 200) {
    return failure(`HttpError.${status}`, `Tencent FaceID answered HTTP ${status}`, status >= 500 || status === 429);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = null;
  }
  const response = isRecord(data) ? data.Response : undefined;
  if (!isRecord(response) || typeof response.RequestId !== 'string') {
    return failure('InvalidResponse', `Tencent FaceID ${action} answered with an unexpected body`, true);
  }
  const error = response.Error;
  // API errors arrive with HTTP 200 and an Error object, as for every Tencent Cloud API 3.0 product.
  if (isRecord(error) && typeof error.Code === 'string') {
    const message = `${typeof error.Message === 'string' ? error.Message : error.Code} (RequestId ${response.RequestId})`;
    return failure(error.Code, message, isRetryableTencentCode(error.Code));
  }
  return { ok: true, response, requestId: response.RequestId };
}
