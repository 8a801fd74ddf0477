import Taro from '@tarojs/taro';
import type { InsurancePresettlement, Order, OutpatientBills, PayRequest, PayResponse, ReceiptSummary } from '@xinglin/contracts';
import { API_ORIGIN, RequestError, request } from '../../services/request';
import { loadSession } from '../../services/session-store';

/** 收银台, 门诊缴费 and 电子票据 calls (apps/server modules/payments routes, receipt-routes, his-bills-routes). */
const enc = encodeURIComponent;
const BASE = `${API_ORIGIN}/api/v1`;
const newKey = () => `pt-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;

/**
 * Create and pay need an Idempotency-Key, which the shared request module cannot send: a small keyed POST here. The
 * key is made once per user action, so a retry of that action (double tap, flaky network) is answered the same way.
 */
async function keyedPost<T>(path: string, body: unknown, key = newKey()): Promise<T> {
  const token = loadSession()?.accessToken;
  const res = await Taro.request({
    url: `${BASE}${path}`, method: 'POST', data: (body ?? {}) as Record<string, unknown>, dataType: 'json', timeout: 15_000,
    header: { Accept: 'application/json', 'Content-Type': 'application/json', 'Idempotency-Key': key, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  }).catch(() => {
    throw new RequestError(0, 'NETWORK_ERROR', '网络连接失败，请检查网络后重试', 'Network error. Check your connection and try again.');
  });
  if (res.statusCode >= 200 && res.statusCode < 300) return res.data as T;
  const e = res.data as { code?: string; messageZh?: string; messageEn?: string; requestId?: string };
  if (res.statusCode === 401) await request('/me').catch(() => undefined); // lets the shared module refresh the session
  throw new RequestError(res.statusCode, e?.code ?? `HTTP_${res.statusCode}`, e?.messageZh ?? `请求失败（${res.statusCode}）`, e?.messageEn ?? `Request failed (${res.statusCode})`, e?.requestId);
}

export const bookingOrder = (bookingId: string) => keyedPost<Order>(`/bookings/${enc(bookingId)}/order`, {});
export const getOrder = (orderId: string) => request<Order>(`/orders/${enc(orderId)}`);
export const syncOrder = (orderId: string) => request<Order>(`/orders/${enc(orderId)}/sync`, { method: 'POST' });
export const payOrder = (orderId: string, body: PayRequest, key: string) => keyedPost<PayResponse>(`/orders/${enc(orderId)}/pay`, body, key);
export const presettle = (orderId: string) => request<InsurancePresettlement>(`/orders/${enc(orderId)}/insurance-presettle`, { method: 'POST' });
export const outpatientBills = () => request<OutpatientBills>('/outpatient-bills');
export const outpatientOrder = (patientId: string, billNos: string[]) => keyedPost<Order>('/outpatient-bills/order', { patientId, billNos });
export const listReceipts = () => request<{ items: ReceiptSummary[] }>('/receipts').then((r) => r.items);
export const receiptPdfUrl = (orderId: string) => `${BASE}/orders/${enc(orderId)}/receipt.pdf`;
export { newKey };

export const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;
