import type { Order, OrderItemCategory, OrderSource, OrderStatus, PaymentChannel, Refund, RefundStatus } from '@xinglin/contracts';
import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { patients } from '../patients/tables';
import * as repo from './repository';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Orders as the API shows them: with their items and the patient's name. */
export async function orderViews(tx: Executor, rows: repo.OrderRow[]): Promise<Order[]> {
  if (!rows.length) return [];
  const items = await repo.itemsOf(tx, rows.map((r) => r.id));
  const names = await tx.select({ id: patients.id, name: patients.name }).from(patients).where(inArray(patients.id, [...new Set(rows.map((r) => r.patientId))]));
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return rows.map((o) => ({
    id: o.id,
    orderNo: o.orderNo,
    source: o.source as OrderSource,
    sourceId: o.sourceId,
    patientId: o.patientId,
    patientName: nameOf.get(o.patientId) ?? '',
    status: o.status as OrderStatus,
    totalFen: o.totalFen,
    refundedFen: o.refundedFen,
    items: items.filter((i) => i.orderId === o.id).map((i) => ({ name: i.name, category: i.category as OrderItemCategory, quantity: i.quantity, unitFen: i.unitFen, amountFen: i.amountFen })),
    channel: (o.channel as PaymentChannel | null) ?? null,
    transactionId: o.transactionId,
    paidAt: iso(o.paidAt),
    createdAt: o.createdAt.toISOString(),
    expiresAt: o.expiresAt.toISOString(),
  }));
}

export async function orderView(tx: Executor, row: repo.OrderRow): Promise<Order> {
  return (await orderViews(tx, [row]))[0]!;
}

export function refundView(r: repo.RefundRow, orderNo: string): Refund {
  return {
    id: r.id, refundNo: r.refundNo, orderId: r.orderId, orderNo, channel: r.channel as PaymentChannel, amountFen: r.amountFen, reason: r.reason,
    status: r.status as RefundStatus, channelRefundId: r.channelRefundId, createdAt: r.createdAt.toISOString(), succeededAt: iso(r.succeededAt),
  };
}
