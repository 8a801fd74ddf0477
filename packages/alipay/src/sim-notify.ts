// Alipay's asynchronous notifications as the simulator sends them: form-encoded fields signed
// RSA2 over the sorted content without sign and sign_type, POSTed to notify_url until the merchant
// answers "success". Fault controls exercise the merchant's verification and idempotency.
import { randomBytes, type KeyObject } from 'node:crypto';
import { fenToYuan, yuanToFen } from './fen';
import { rsa2Sign, signContent } from './rsa2';

export interface AlipayNotificationFaults {
  delayMs?: number;
  /** Deliver each notification this many extra times. */
  duplicate?: number;
  /** Hold notifications until flushNotifications(), which sends them newest first. */
  reorder?: boolean;
  /** Send a signature over other content: checkNotifySign must fail. */
  corruptSignature?: boolean;
  /** Raise total_amount/receipt_amount/buyer_pay_amount by this many fen after signing. */
  tamperAmountFen?: number;
}

export interface AlipayDelivery {
  url: string;
  fields: Record<string, string>;
  status: number;
  responseBody: string;
  /** Alipay stops retrying once the merchant's body is exactly "success". */
  acknowledged: boolean;
}

const AMOUNT_FIELDS = ['total_amount', 'receipt_amount', 'buyer_pay_amount'] as const;

export interface AlipayNotifierOptions {
  alipayPrivateKey: KeyObject;
  /** Waits before each retry of a delivery not answered "success"; [] sends once. */
  retryDelaysMs?: readonly number[];
}

export function createAlipayNotifier(options: AlipayNotifierOptions) {
  let faults: AlipayNotificationFaults = {};
  const held: { url: string; fields: Record<string, string> }[] = [];
  const deliveries: AlipayDelivery[] = [];

  async function sendOnce(url: string, unsigned: Record<string, string>): Promise<AlipayDelivery> {
    if (faults.delayMs) await new Promise((r) => setTimeout(r, faults.delayMs));
    const fields: Record<string, string> = { ...unsigned, sign_type: 'RSA2' };
    const content = signContent(fields, ['sign', 'sign_type']);
    fields.sign = rsa2Sign(faults.corruptSignature ? `${content}&forged=1` : content, options.alipayPrivateKey);
    if (faults.tamperAmountFen) {
      for (const key of AMOUNT_FIELDS) {
        if (fields[key] !== undefined) fields[key] = fenToYuan(yuanToFen(fields[key]) + faults.tamperAmountFen);
      }
    }
    let status = 0;
    let responseBody = '';
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: new URLSearchParams(fields).toString(),
        signal: AbortSignal.timeout(5000),
      });
      status = res.status;
      responseBody = await res.text();
    } catch (err) {
      responseBody = String(err);
    }
    const delivery = { url, fields, status, responseBody, acknowledged: responseBody.trim() === 'success' };
    deliveries.push(delivery);
    return delivery;
  }

  /** Each copy (duplicate fault) is retried until "success", as Alipay does; all share one notify_id. */
  async function send(url: string, unsigned: Record<string, string>): Promise<AlipayDelivery[]> {
    const fields = { ...unsigned, notify_id: randomBytes(16).toString('hex') };
    const out: AlipayDelivery[] = [];
    for (let copy = 0; copy <= (faults.duplicate ?? 0); copy++) {
      let delivery = await sendOnce(url, fields);
      out.push(delivery);
      for (const wait of options.retryDelaysMs ?? []) {
        if (delivery.acknowledged) break;
        await new Promise((r) => setTimeout(r, wait));
        delivery = await sendOnce(url, fields);
        out.push(delivery);
      }
    }
    return out;
  }

  return {
    setFaults(next: AlipayNotificationFaults): void {
      faults = { ...next };
    },
    async notify(url: string, fields: Record<string, string>): Promise<AlipayDelivery[]> {
      if (faults.reorder) {
        held.push({ url, fields });
        return [];
      }
      return send(url, fields);
    },
    async flush(): Promise<AlipayDelivery[]> {
      const out: AlipayDelivery[] = [];
      for (const n of held.splice(0).reverse()) out.push(...(await send(n.url, n.fields)));
      return out;
    },
    deliveries: (): AlipayDelivery[] => [...deliveries],
  };
}
