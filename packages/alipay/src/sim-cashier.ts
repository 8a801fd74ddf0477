// Stands in for the payer's Alipay: the cashier page that wap.pay/page.pay URLs open, and the
// /sim/cashier/pay hook that a dev server or a test calls. Not part of Alipay's API.
import type { SimulatorResponse } from '@xinglin/sim-http';
import { fenToYuan } from './fen';
import type { SimTrade } from './sim-store';

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function cashierPage(trade: SimTrade): SimulatorResponse {
  const no = escapeHtml(trade.outTradeNo);
  const body = `<!doctype html><meta charset="utf-8"><title>支付宝（模拟）</title>
<p>${escapeHtml(trade.subject)}：¥${fenToYuan(trade.totalFen)}</p>
<form method="post" action="/sim/cashier/pay"><input type="hidden" name="out_trade_no" value="${no}"><button>确认付款</button></form>`;
  return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body };
}

export function cashierReply(status: number, value: unknown): SimulatorResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
}
