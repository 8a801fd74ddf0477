// A WeChat Pay notification (payment or refund): verify the platform signature over the raw body,
// then decrypt `resource` with the APIv3 key. Callers must pass the body exactly as received —
// re-serialised JSON will not verify.
import { decryptResource, type EncryptedResource } from './aead';
import { WechatPayDecryptError, WechatPayError } from './errors';
import type { HeaderBag, PlatformVerifier } from './verify';
import type { RefundResource, Transaction } from './types';

export interface NotificationEnvelope {
  id: string;
  create_time: string;
  event_type: string;
  resource_type: string;
  summary: string;
  resource: EncryptedResource;
}

export type Notification =
  | { kind: 'transaction'; envelope: NotificationEnvelope; transaction: Transaction }
  | { kind: 'refund'; envelope: NotificationEnvelope; refund: RefundResource };

export interface NotificationOptions {
  verifier: PlatformVerifier;
  apiV3Key: string;
}

function parseEnvelope(body: string): NotificationEnvelope {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new WechatPayError('INVALID_RESPONSE', 'notification body is not JSON');
  }
  const env = value as Partial<NotificationEnvelope> | null;
  if (!env || typeof env.event_type !== 'string' || typeof env.resource !== 'object' || env.resource === null) {
    throw new WechatPayError('INVALID_RESPONSE', 'notification lacks event_type or resource');
  }
  return env as NotificationEnvelope;
}

/** Verifies, decrypts and classifies; throws a typed WechatPayError on any failure. */
export function parseNotification(headers: HeaderBag, body: string, options: NotificationOptions): Notification {
  options.verifier.verify(headers, body);
  const envelope = parseEnvelope(body);
  const plaintext = decryptResource(envelope.resource, options.apiV3Key);
  let resource: unknown;
  try {
    resource = JSON.parse(plaintext);
  } catch (err) {
    throw new WechatPayDecryptError('decrypted resource is not JSON', err);
  }
  if (envelope.event_type.startsWith('REFUND.')) {
    return { kind: 'refund', envelope, refund: resource as RefundResource };
  }
  return { kind: 'transaction', envelope, transaction: resource as Transaction };
}

/** What WeChat Pay expects back: 200/204 for handled, any other status (with this body) to retry. */
export const NOTIFICATION_ACK = { status: 204, body: '' } as const;
export function notificationNack(message: string): { status: 500; body: string } {
  return { status: 500, body: JSON.stringify({ code: 'FAIL', message }) };
}
