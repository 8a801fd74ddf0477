import type { OrderItemCategory, OrderStatus, PaymentChannel, ReceiptSummary, ReceiptVerification } from '@xinglin/contracts';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { AppError, conflict, notFound } from '../../errors';
import type { AuditService } from '../audit/service';
import type { Caller } from '../patients/service';
import { patients } from '../patients/tables';
import { ownOrder } from './pay';
import { receiptPdf, type ReceiptFacts } from './receipt-pdf';
import { signReceiptToken, verifyReceiptToken } from './receipt-token';
import * as repo from './repository';
import { orders } from './tables';

export const HOSPITAL_NAME = '杏林医院';
const CHANNEL_LABELS: Record<PaymentChannel, string> = { wechat: '微信支付', alipay: '支付宝' };
/** A receipt exists once money was taken: it stays verifiable after a refund, which it then shows. */
const RECEIPTED: OrderStatus[] = ['paid', 'refunding', 'refunded'];
const RECEIPT = { zh: '电子票据', en: 'Receipt' };

export interface ReceiptDeps {
  db: Db;
  audit: AuditService;
  authSecret: string;
  /** Public base URL of the API (the QR code opens `${base}/api/v1/receipts/verify?t=…`). */
  publicBaseUrl: string;
  describeAccount(tx: Tx, accountId: string): Promise<{ displayName: string; phoneMasked: string } | null>;
  now: () => Date;
}

/** The receipt number derives from the order number: one receipt per paid order, stable across downloads. */
export const receiptNoOf = (orderNo: string) => `PJ${orderNo.replace(/^XL/, '')}`;
const maskName = (name: string) => (name.length <= 1 ? name : `${name[0]}${'*'.repeat(name.length - 1)}`);

async function patientName(tx: Tx, id: string): Promise<string> {
  const [row] = await tx.select({ name: patients.name }).from(patients).where(eq(patients.id, id));
  return row?.name ?? '';
}

export type ReceiptService = ReturnType<typeof createReceiptService>;

/** 电子票据: the payer's PDF with a signed QR code, and the public page that proves a receipt genuine. */
export function createReceiptService(deps: ReceiptDeps) {
  const { db, audit, now } = deps;
  const verifyUrl = (orderId: string) => `${deps.publicBaseUrl}/api/v1/receipts/verify?t=${encodeURIComponent(signReceiptToken(deps.authSecret, orderId))}`;
  const auditAs = (tx: Tx, caller: Caller, patientId: string | null, objectId: string | null, action: string, outcome: 'success' | 'denied') =>
    audit.record(tx, { actor: { kind: 'patient', id: caller.accountId, role: 'patient' }, patientId, objectType: 'receipt', objectId, action, outcome, ip: caller.ip, requestId: caller.requestId });

  return {
    verifyUrl,

    /** The PDF for the payer only; anyone else, and an unpaid order, gets 404/409. Audited either way. */
    async pdf(caller: Caller, orderId: string): Promise<{ pdf: Buffer; fileName: string }> {
      const facts = await db.transaction(async (tx): Promise<ReceiptFacts | { denied: true }> => {
        let order: repo.OrderRow;
        try {
          order = await ownOrder(tx, caller, orderId);
        } catch {
          await auditAs(tx, caller, null, null, 'download', 'denied');
          return { denied: true };
        }
        if (!RECEIPTED.includes(order.status as OrderStatus) || !order.paidAt) throw conflict('RECEIPT_NOT_READY', '订单尚未支付，暂无电子票据', 'The order is not paid yet, so there is no receipt');
        await auditAs(tx, caller, order.patientId, order.id, 'download', 'success');
        const payer = await deps.describeAccount(tx, order.accountId);
        const items = (await repo.itemsOf(tx, [order.id])).map((i) => ({ name: i.name, category: i.category as OrderItemCategory, quantity: i.quantity, unitFen: i.unitFen, amountFen: i.amountFen }));
        return {
          hospital: HOSPITAL_NAME, receiptNo: receiptNoOf(order.orderNo), orderNo: order.orderNo, payer: payer ? `${payer.displayName}（${payer.phoneMasked}）` : '—',
          patientName: await patientName(tx, order.patientId), items, totalFen: order.totalFen, refundedFen: order.refundedFen,
          channelLabel: CHANNEL_LABELS[order.channel as PaymentChannel] ?? '—', transactionId: order.transactionId ?? '—', paidAt: order.paidAt, issuedAt: now(), verifyUrl: verifyUrl(order.id),
        };
      });
      // The denial is committed above before refusing, so the audit row survives the 404.
      if ('denied' in facts) throw notFound(RECEIPT);
      return { pdf: await receiptPdf(facts), fileName: `receipt-${facts.receiptNo}.pdf` };
    },

    /** My receipts (paid orders), newest first. */
    list: (caller: Caller): Promise<ReceiptSummary[]> =>
      db.transaction(async (tx) => {
        const rows = await tx.select().from(orders).where(and(eq(orders.accountId, caller.accountId), inArray(orders.status, RECEIPTED))).orderBy(desc(orders.paidAt)).limit(200);
        const names = new Map<string, string>();
        for (const id of new Set(rows.map((r) => r.patientId))) names.set(id, await patientName(tx, id));
        return rows.map((o) => ({ orderId: o.id, receiptNo: receiptNoOf(o.orderNo), patientName: names.get(o.patientId) ?? '', description: o.description, totalFen: o.totalFen, refundedFen: o.refundedFen, orderStatus: o.status as OrderStatus, paidAt: (o.paidAt ?? o.updatedAt).toISOString() }));
      }),

    /** Public: a genuine token shows the receipt's key facts (the patient's name masked); anything else is 404. */
    verify: (token: string, meta: { ip?: string; requestId?: string }): Promise<ReceiptVerification> =>
      db.transaction(async (tx) => {
        const orderId = verifyReceiptToken(deps.authSecret, token);
        const order = orderId ? await repo.findOrder(tx, orderId) : null;
        const genuine = order && RECEIPTED.includes(order.status as OrderStatus) && order.paidAt && order.channel;
        await audit.record(tx, { actor: { kind: 'anonymous', id: null, role: null }, patientId: genuine ? order.patientId : null, objectType: 'receipt', objectId: genuine ? order.id : null, action: 'verify', outcome: genuine ? 'success' : 'denied', ip: meta.ip, requestId: meta.requestId });
        if (!genuine) return null;
        const items = (await repo.itemsOf(tx, [order.id])).map((i) => ({ name: i.name, category: i.category as OrderItemCategory, quantity: i.quantity, unitFen: i.unitFen, amountFen: i.amountFen }));
        return {
          valid: true as const, hospital: HOSPITAL_NAME, receiptNo: receiptNoOf(order.orderNo), orderNo: order.orderNo, patientNameMasked: maskName(await patientName(tx, order.patientId)),
          totalFen: order.totalFen, refundedFen: order.refundedFen, orderStatus: order.status as OrderStatus, channel: order.channel as PaymentChannel, paidAt: order.paidAt!.toISOString(), items,
        };
      }).then((v) => v ?? Promise.reject(new AppError('RECEIPT_NOT_GENUINE', 404, '票据不存在或校验未通过', 'No such receipt, or it is not genuine'))),
  };
}
