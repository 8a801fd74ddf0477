import type { OutboxMessage } from '../notifications';
import type { OrderRow, RefundRow } from './repository';

const yuan = (fen: number) => (fen / 100).toFixed(2);
const ordersLink = '/pages/orders/index';

/** Written in the payment's transaction; `refunding` when the money arrived after the booking was gone. */
export function paidMessage(o: OrderRow, refunding: boolean): OutboxMessage {
  const body = refunding
    ? `已收到 ${yuan(o.totalFen)} 元（${o.description}），但预约已失效，款项将原路退回。`
    : `已支付 ${yuan(o.totalFen)} 元：${o.description}。`;
  return { accountId: o.accountId, patientId: o.patientId, kind: 'payment.paid', title: refunding ? '支付成功，将自动退款' : '支付成功', body, link: ordersLink, dedupeKey: `order:${o.id}:paid`, channels: ['inapp', 'wechat'] };
}

export function refundedMessage(o: OrderRow, r: RefundRow): OutboxMessage {
  return {
    accountId: o.accountId, patientId: o.patientId, kind: 'payment.refunded', title: '退款成功',
    body: `${yuan(r.amountFen)} 元已原路退回（${r.reason}）：${o.description}。`, link: ordersLink, dedupeKey: `refund:${r.id}:done`, channels: ['inapp', 'wechat'],
  };
}
