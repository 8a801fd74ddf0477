// What stands in for the payer's WeChat: a hook the dev server (or a test) calls to pay or fail an
// order, and the H5 cashier page that h5_url points to. Not part of WeChat Pay's API: /sim/ only.
import type { SimulatorRequest, SimulatorResponse } from '@xinglin/sim-http';
import type { SimStore } from './sim-store';

export interface CashierActions {
  store: SimStore;
  pay(outTradeNo: string): Promise<unknown>;
  fail(outTradeNo: string): Promise<unknown>;
}

const reply = (status: number, value: unknown): SimulatorResponse => ({
  status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value),
});

function fields(req: SimulatorRequest): Record<string, string> {
  const type = String(req.headers['content-type'] ?? '');
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(req.body));
  try {
    return JSON.parse(req.body || '{}') as Record<string, string>;
  } catch {
    return {};
  }
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function handleCashier(actions: CashierActions, req: SimulatorRequest, pathname: string, query: URLSearchParams): Promise<SimulatorResponse> {
  if (pathname === '/sim/h5' && req.method === 'GET') {
    const order = actions.store.byPrepayId(query.get('prepay_id') ?? '');
    if (!order) return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'unknown prepay_id' };
    const no = escapeHtml(order.request.out_trade_no);
    const body = `<!doctype html><meta charset="utf-8"><title>微信支付（模拟）</title>
<p>${escapeHtml(order.request.description)}：¥${(order.request.amount.total / 100).toFixed(2)}</p>
<form method="post" action="/sim/cashier/pay"><input type="hidden" name="out_trade_no" value="${no}"><button>确认支付</button></form>
<form method="post" action="/sim/cashier/pay"><input type="hidden" name="out_trade_no" value="${no}"><input type="hidden" name="result" value="FAIL"><button>支付失败</button></form>`;
    return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body };
  }
  if (pathname === '/sim/cashier/pay' && req.method === 'POST') {
    const input = fields(req);
    const order = input.prepay_id ? actions.store.byPrepayId(input.prepay_id) : actions.store.orders.get(input.out_trade_no ?? '');
    if (!order) return reply(404, { code: 'ORDER_NOT_EXIST', message: '订单不存在' });
    const no = order.request.out_trade_no;
    await (input.result === 'FAIL' ? actions.fail(no) : actions.pay(no));
    return reply(200, { out_trade_no: no, trade_state: order.tradeState });
  }
  return reply(404, { code: 'NOT_FOUND', message: 'no such simulator page' });
}
