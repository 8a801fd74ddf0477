// The provider-neutral contract the server codes against; Tencent is one implementation.

export interface SmsMessage {
  /** Mainland 11-digit form or E.164; adapters normalise. */
  phone: string;
  templateId: string;
  /** Positional template parameters: params[0] fills {1}, params[1] fills {2}, … */
  params: string[];
}

/**
 * Failures are values, not exceptions, so callers must decide about each one; `retryable` says
 * whether sending the same message again later could succeed (network, throttling, provider 5xx).
 */
export type SmsSendResult =
  | { ok: true; providerMessageId: string }
  | { ok: false; code: string; message: string; retryable: boolean };

export interface SmsProvider {
  readonly name: string;
  send(msg: SmsMessage): Promise<SmsSendResult>;
}
