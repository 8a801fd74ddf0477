// The simulator's notification sender: builds the signed, encrypted envelope WeChat Pay POSTs to
// notify_url, and applies the fault controls that exercise the merchant's defences (delay,
// duplicates, reordering, forged signature, stale timestamp, amount tampered in transit).
import { randomUUID, type KeyObject } from 'node:crypto';
import { AEAD_ALGORITHM, encryptResource } from './aead';
import { nonceString, platformSignatureMessage, rsaSign } from './signing';
import { rfc3339Shanghai } from './sim-time';

export interface NotificationFaults {
  /** Wait this long before each delivery. */
  delayMs?: number;
  /** Deliver each notification this many extra times (WeChat retries; merchants must be idempotent). */
  duplicate?: number;
  /** Hold notifications until flushNotifications(), which sends them newest first. */
  reorder?: boolean;
  /** Sign something else: the merchant must answer BAD_SIGNATURE. */
  corruptSignature?: boolean;
  /** Sign honestly but with a timestamp 10 minutes old: the merchant must answer STALE_TIMESTAMP. */
  staleTimestamp?: boolean;
  /** Add this many fen to the amount after signing (re-encrypted as an attacker with the key would): BAD_SIGNATURE. */
  tamperAmountFen?: number;
}

export interface PendingNotification {
  url: string;
  eventType: 'TRANSACTION.SUCCESS' | 'REFUND.SUCCESS' | 'REFUND.ABNORMAL';
  originalType: 'transaction' | 'refund';
  summary: string;
  resource: NotifiedResource;
}

/** Transaction or RefundResource: all the fault controls need is the amount. */
export interface NotifiedResource {
  amount: { total: number };
}

export interface NotificationDelivery {
  /** The notification id; shared by retries and duplicates of one event. */
  id: string;
  eventType: string;
  url: string;
  /** HTTP status the merchant answered, or 0 when it could not be reached. */
  status: number;
  /** What the merchant answered, for asserting on its error messages. */
  responseBody: string;
  /** The decrypted resource as the simulator meant it (before any tampering). */
  resource: NotifiedResource;
}

export interface NotifierOptions {
  platformKey: KeyObject;
  platformSerial: string;
  apiV3Key: string;
  now: () => number;
  /** Waits before each retry of a delivery the merchant did not answer 2xx; [] sends once. */
  retryDelaysMs?: readonly number[];
}

function tampered(resource: NotifiedResource, addFen: number): NotifiedResource {
  const amount: Record<string, unknown> = { ...resource.amount, total: resource.amount.total + addFen };
  if (typeof amount.payer_total === 'number') amount.payer_total += addFen;
  return { ...resource, amount } as NotifiedResource;
}

export function createNotifier(options: NotifierOptions) {
  let faults: NotificationFaults = {};
  const held: PendingNotification[] = [];
  const deliveries: NotificationDelivery[] = [];

  function envelope(n: PendingNotification & { id: string }, resource: NotifiedResource, nonce: string): string {
    const associatedData = n.originalType;
    return JSON.stringify({
      id: n.id,
      create_time: rfc3339Shanghai(options.now()),
      resource_type: 'encrypt-resource',
      event_type: n.eventType,
      summary: n.summary,
      resource: {
        original_type: n.originalType,
        algorithm: AEAD_ALGORITHM,
        ciphertext: encryptResource(JSON.stringify(resource), options.apiV3Key, nonce, associatedData),
        associated_data: associatedData,
        nonce,
      },
    });
  }

  async function sendOnce(n: PendingNotification & { id: string }): Promise<NotificationDelivery> {
    if (faults.delayMs) await new Promise((r) => setTimeout(r, faults.delayMs));
    const resourceNonce = nonceString().slice(0, 12);
    const honestBody = envelope(n, n.resource, resourceNonce);
    const seconds = Math.floor(options.now() / 1000) - (faults.staleTimestamp ? 600 : 0);
    const nonce = nonceString();
    // A forged signature is a real RSA signature over other bytes, so only verification can catch it.
    const signedBody = faults.corruptSignature ? `${honestBody} ` : honestBody;
    const signature = rsaSign(platformSignatureMessage(String(seconds), nonce, signedBody), options.platformKey);
    // Tampering happens after signing, in transit: same headers, different amount.
    const body = faults.tamperAmountFen ? envelope(n, tampered(n.resource, faults.tamperAmountFen), resourceNonce) : honestBody;
    let status = 0;
    let responseBody = '';
    try {
      const res = await fetch(n.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Wechatpay-Timestamp': String(seconds),
          'Wechatpay-Nonce': nonce,
          'Wechatpay-Signature': signature,
          'Wechatpay-Serial': options.platformSerial,
          'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
        },
        body,
        signal: AbortSignal.timeout(5000),
      });
      status = res.status;
      responseBody = await res.text();
    } catch (err) {
      responseBody = String(err);
    }
    const delivery = { id: n.id, eventType: n.eventType, url: n.url, status, responseBody, resource: n.resource };
    deliveries.push(delivery);
    return delivery;
  }

  /** One notification: its copies (duplicate fault), each retried after a non-2xx answer as WeChat Pay does. */
  async function send(pending: PendingNotification): Promise<NotificationDelivery[]> {
    // Retries and duplicates of one event share its id, as WeChat Pay's do: merchants may dedupe by it.
    const n = { ...pending, id: randomUUID() };
    const out: NotificationDelivery[] = [];
    for (let copy = 0; copy <= (faults.duplicate ?? 0); copy++) {
      let delivery = await sendOnce(n);
      out.push(delivery);
      for (const wait of options.retryDelaysMs ?? []) {
        if (delivery.status >= 200 && delivery.status < 300) break;
        await new Promise((r) => setTimeout(r, wait));
        delivery = await sendOnce(n);
        out.push(delivery);
      }
    }
    return out;
  }

  return {
    setFaults(next: NotificationFaults): void {
      faults = { ...next };
    },
    /** Sends now (respecting faults), or holds it when reorder is on. */
    async notify(n: PendingNotification): Promise<NotificationDelivery[]> {
      if (faults.reorder) {
        held.push(n);
        return [];
      }
      return send(n);
    },
    async flush(): Promise<NotificationDelivery[]> {
      const batch = held.splice(0).reverse();
      const out: NotificationDelivery[] = [];
      for (const n of batch) out.push(...(await send(n)));
      return out;
    },
    deliveries: (): NotificationDelivery[] => [...deliveries],
    clear(): void {
      held.length = 0;
      deliveries.length = 0;
      faults = {};
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
