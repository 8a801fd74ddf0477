import type { OrderStatus } from '@xinglin/contracts';
import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { AuditService } from '../audit/service';
import { patients } from '../patients/tables';
import { orders, refunds } from './tables';

export interface FinanceOrderQuery {
  status?: OrderStatus;
  source?: string;
  channel?: string;
  orderNo?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

const dayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);

/** The console's payments and refunds lists (admins; each list read is audited, names are shown masked). */
export function createFinanceLists(deps: { db: Db; audit: AuditService }) {
  const mask = (name: string | null) => (name ? `${name[0]}${'*'.repeat(Math.max(0, name.length - 1))}` : '');
  return {
    orders: (staff: { id: string; ip?: string; requestId?: string }, q: FinanceOrderQuery) =>
      deps.db.transaction(async (tx) => {
        const where: (SQL | undefined)[] = [
          q.status ? eq(orders.status, q.status) : undefined,
          q.source ? eq(orders.source, q.source) : undefined,
          q.channel ? eq(orders.channel, q.channel) : undefined,
          q.orderNo ? eq(orders.orderNo, q.orderNo) : undefined,
          q.from ? gte(orders.createdAt, dayStart(q.from)) : undefined,
          q.to ? lt(orders.createdAt, new Date(dayStart(q.to).getTime() + 86_400_000)) : undefined,
        ];
        const rows = await tx.select({ o: orders, name: patients.name }).from(orders).leftJoin(patients, eq(patients.id, orders.patientId)).where(and(...where)).orderBy(desc(orders.createdAt)).limit(q.pageSize).offset((q.page - 1) * q.pageSize);
        const [n] = await tx.select({ n: sql<number>`count(*)::int` }).from(orders).where(and(...where));
        await deps.audit.record(tx, { actor: { kind: 'staff', id: staff.id, role: 'admin' }, objectType: 'finance_orders', action: 'search', outcome: 'success', ip: staff.ip, requestId: staff.requestId });
        return {
          total: Number(n?.n ?? 0),
          items: rows.map(({ o, name }) => ({
            id: o.id, orderNo: o.orderNo, source: o.source, status: o.status, channel: o.channel, totalFen: o.totalFen, refundedFen: o.refundedFen, patientName: mask(name),
            description: o.description, transactionId: o.transactionId, createdAt: o.createdAt.toISOString(), paidAt: o.paidAt?.toISOString() ?? null,
          })),
        };
      }),
    refunds: (staff: { id: string; ip?: string; requestId?: string }, status?: string) =>
      deps.db.transaction(async (tx) => {
        const rows = await tx.select({ r: refunds, orderNo: orders.orderNo }).from(refunds).innerJoin(orders, eq(orders.id, refunds.orderId)).where(status ? eq(refunds.status, status) : undefined).orderBy(desc(refunds.createdAt)).limit(200);
        await deps.audit.record(tx, { actor: { kind: 'staff', id: staff.id, role: 'admin' }, objectType: 'finance_refunds', action: 'search', outcome: 'success', ip: staff.ip, requestId: staff.requestId });
        return {
          items: rows.map(({ r, orderNo }) => ({
            id: r.id, refundNo: r.refundNo, orderId: r.orderId, orderNo, channel: r.channel, amountFen: r.amountFen, reason: r.reason, status: r.status,
            attempts: r.attempts, lastError: r.lastError, createdAt: r.createdAt.toISOString(), succeededAt: r.succeededAt?.toISOString() ?? null,
          })),
        };
      }),
  };
}
