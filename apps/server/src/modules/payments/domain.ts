import { createHash, randomBytes } from 'node:crypto';
import type { OrderItem, OrderStatus } from '@xinglin/contracts';

/**
 * The order state machine. The same table lives in the database trigger (drizzle/0009_order_state_guard.sql):
 * code moves orders with conditional UPDATEs from these states, the trigger refuses anything else.
 */
export const ORDER_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  pending: ['paying', 'closed'],
  paying: ['paid', 'closed'],
  paid: ['refunding'],
  // Back to paid when a refund fails or was for part of the amount.
  refunding: ['refunded', 'paid'],
  refunded: [],
  closed: [],
};

/** The states an order may be moved to `to` from. */
export function allowedFrom(to: OrderStatus): OrderStatus[] {
  return (Object.keys(ORDER_TRANSITIONS) as OrderStatus[]).filter((from) => ORDER_TRANSITIONS[from].includes(to));
}

export function canMove(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

/** A merchant number the channels accept (≤ 32 letters/digits): a prefix, the China date, and randomness. */
export function newMerchantNo(prefix: 'XL' | 'RF', at: Date): string {
  const day = new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '');
  return `${prefix}${day}${randomBytes(10).toString('hex').toUpperCase()}`;
}

export function itemAmounts(items: Omit<OrderItem, 'amountFen'>[]): OrderItem[] {
  return items.map((i) => ({ ...i, amountFen: i.quantity * i.unitFen }));
}

export const totalOf = (items: OrderItem[]) => items.reduce((sum, i) => sum + i.amountFen, 0);

/** Stable hash of a request body for idempotency: key order does not matter. */
export function requestHash(scope: string, body: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, canonical(x)])) : v;
  return createHash('sha256').update(JSON.stringify([scope, canonical(body ?? null)])).digest('hex');
}

/** The wire notify URLs, under the API prefix. */
export const notifyUrls = (base: string) => ({ wechat: `${base}/api/v1/payments/wechat/notify`, alipay: `${base}/api/v1/payments/alipay/notify` });
