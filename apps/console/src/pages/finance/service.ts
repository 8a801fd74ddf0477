import { manualRefundListSchema, manualRefundRequestSchema, reconciliationReportSchema, type PaymentChannel } from '@xinglin/contracts';
import { z } from 'zod';
import { API_BASE, request } from '../../services/request';
import { getSession } from '../../services/session';

/** 财务 (apps/server payments reconciliation-routes): payments, refunds, reconciliation, manual refunds. */
const financeOrder = z.object({
  id: z.string(), orderNo: z.string(), source: z.string(), status: z.string(), channel: z.string().nullable(), totalFen: z.number(), refundedFen: z.number(),
  patientName: z.string(), description: z.string(), transactionId: z.string().nullable(), createdAt: z.string(), paidAt: z.string().nullable(),
});
export type FinanceOrder = z.infer<typeof financeOrder>;
const financeRefund = z.object({
  id: z.string(), refundNo: z.string(), orderId: z.string(), orderNo: z.string(), channel: z.string(), amountFen: z.number(), reason: z.string(), status: z.string(),
  attempts: z.number(), lastError: z.string().nullable(), createdAt: z.string(), succeededAt: z.string().nullable(),
});
export type FinanceRefund = z.infer<typeof financeRefund>;
export type ManualRefund = z.infer<typeof manualRefundRequestSchema>;

export interface OrderFilters {
  status?: string;
  source?: string;
  channel?: string;
  orderNo?: string;
  from?: string;
  to?: string;
  page: number;
}

export const fetchOrders = (f: OrderFilters, signal?: AbortSignal) =>
  request('/admin/finance/orders', { query: { ...f, pageSize: 20 }, schema: z.object({ total: z.number(), items: z.array(financeOrder) }), signal });
export const fetchRefunds = (status: string | undefined, signal?: AbortSignal) =>
  request('/admin/finance/refunds', { query: { status }, schema: z.object({ items: z.array(financeRefund) }), signal }).then((r) => r.items);
export const fetchReconciliation = (date: string, channel: PaymentChannel, signal?: AbortSignal) =>
  request('/admin/finance/reconciliation', { query: { date, channel }, schema: reconciliationReportSchema, signal });
export const fetchManualRefunds = (status: string | undefined, signal?: AbortSignal) =>
  request('/admin/finance/manual-refunds', { query: { status }, schema: manualRefundListSchema, signal }).then((r) => r.items);
export const requestManualRefund = (orderId: string, reason: string) =>
  request('/admin/finance/manual-refunds', { method: 'POST', body: { orderId, reason }, schema: manualRefundRequestSchema });
export const decideManualRefund = (id: string, approve: boolean) =>
  request(`/admin/finance/manual-refunds/${encodeURIComponent(id)}/${approve ? 'approve' : 'reject'}`, { method: 'POST', schema: manualRefundRequestSchema });

/** The CSV needs the bearer token, so it is fetched and saved through a link rather than opened directly. */
export async function downloadReconciliationCsv(date: string, channel: PaymentChannel): Promise<void> {
  const token = getSession()?.accessToken;
  const res = await fetch(`${API_BASE}/admin/finance/reconciliation?date=${date}&channel=${channel}&format=csv`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = `reconciliation-${channel}-${date}.csv`;
  document.body.appendChild(a);
  a.click();
  setTimeout(() => {
    a.remove();
    URL.revokeObjectURL(href);
  }, 30_000);
}

export const yuan = (fen: number | null) => (fen === null ? '—' : `¥${(fen / 100).toFixed(2)}`);
