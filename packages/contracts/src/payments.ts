import { z } from 'zod';
import { pageQuerySchema } from './common';

/**
 * pending → paying → paid → refunding → refunded; pending/paying → closed (expired or cancelled).
 * A refund of part of an order leaves it `paid` (refundedFen grows); only a full refund ends in `refunded`.
 */
export const orderStatusSchema = z.enum(['pending', 'paying', 'paid', 'refunding', 'refunded', 'closed']);
export type OrderStatus = z.infer<typeof orderStatusSchema>;

/** What the order pays for: a booking's registration fee, an online consultation, an exam package, an outpatient bill (门诊缴费). */
export const orderSourceSchema = z.enum(['booking', 'consultation', 'exam', 'outpatient']);
export type OrderSource = z.infer<typeof orderSourceSchema>;

export const paymentChannelSchema = z.enum(['wechat', 'alipay']);
export type PaymentChannel = z.infer<typeof paymentChannelSchema>;

/** Fee categories (收费项目类别) with their Chinese labels, so details are never "收费模糊". */
export const orderItemCategorySchema = z.enum(['registration', 'examination', 'laboratory', 'medicine', 'treatment', 'other']);
export type OrderItemCategory = z.infer<typeof orderItemCategorySchema>;
export const ORDER_ITEM_CATEGORY_LABELS: Record<OrderItemCategory, string> = {
  registration: '挂号费',
  examination: '检查费',
  laboratory: '检验费',
  medicine: '药费',
  treatment: '治疗费',
  other: '其他费用',
};

export const orderItemSchema = z.object({
  name: z.string(),
  category: orderItemCategorySchema,
  quantity: z.number().int().positive(),
  unitFen: z.number().int().nonnegative(),
  /** quantity × unitFen. */
  amountFen: z.number().int().nonnegative(),
});
export type OrderItem = z.infer<typeof orderItemSchema>;

export const orderSchema = z.object({
  id: z.string(),
  /** Merchant order number sent to the channel (out_trade_no): 32 characters at most, letters and digits. */
  orderNo: z.string(),
  source: orderSourceSchema,
  sourceId: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  status: orderStatusSchema,
  totalFen: z.number().int().nonnegative(),
  /** Sum of successful refunds so far. */
  refundedFen: z.number().int().nonnegative(),
  items: z.array(orderItemSchema),
  /** The channel of the last pay request (null before one); a paid order's channel is where refunds go. */
  channel: paymentChannelSchema.nullable(),
  /** The channel's transaction id once paid. */
  transactionId: z.string().nullable(),
  paidAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  /** An unpaid order closes then (a booking's order follows its hold). */
  expiresAt: z.iso.datetime(),
});
export type Order = z.infer<typeof orderSchema>;

export const orderListQuerySchema = pageQuerySchema.extend({
  status: orderStatusSchema.optional(),
  source: orderSourceSchema.optional(),
  patientId: z.uuid({ message: '就诊人编号格式不正确 / Invalid patient id' }).optional(),
});
export type OrderListQuery = z.infer<typeof orderListQuerySchema>;
export const orderListSchema = z.object({
  items: z.array(orderSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type OrderList = z.infer<typeof orderListSchema>;

// ——— Refunds ———
/** requested (written, not yet sent) → processing (sent to the channel) → succeeded | failed. */
export const refundStatusSchema = z.enum(['requested', 'processing', 'succeeded', 'failed']);
export type RefundStatus = z.infer<typeof refundStatusSchema>;

export const refundSchema = z.object({
  id: z.string(),
  /** out_refund_no sent to the channel. */
  refundNo: z.string(),
  orderId: z.string(),
  orderNo: z.string(),
  channel: paymentChannelSchema,
  amountFen: z.number().int().positive(),
  /** e.g. 退号, 停诊, 转让, 号源已过期, 人工退款 */
  reason: z.string(),
  status: refundStatusSchema,
  /** The channel's refund id once known. */
  channelRefundId: z.string().nullable(),
  createdAt: z.iso.datetime(),
  succeededAt: z.iso.datetime().nullable(),
});
export type Refund = z.infer<typeof refundSchema>;
export const refundListSchema = z.object({ items: z.array(refundSchema) });

// ——— Paying ———
export const payRequestSchema = z.object({
  channel: paymentChannelSchema,
  /**
   * WeChat only: `jsapi` for the mini program (the payer's openid comes from the logged-in WeChat account,
   * or `openid` here), `h5` for a phone browser. Defaults to jsapi when an openid is known, otherwise h5.
   */
  wechatFlow: z.enum(['jsapi', 'h5']).optional(),
  openid: z.string().min(1).max(128).optional(),
  /** Alipay only: where the cashier returns the browser after paying. */
  returnUrl: z.url().optional(),
});
export type PayRequest = z.infer<typeof payRequestSchema>;

/** Exactly the object the mini program passes to `wx.requestPayment`. */
export const wechatRequestPaymentSchema = z.object({
  appId: z.string(),
  timeStamp: z.string(),
  nonceStr: z.string(),
  package: z.string(),
  signType: z.literal('RSA'),
  paySign: z.string(),
});
export type WechatRequestPayment = z.infer<typeof wechatRequestPaymentSchema>;

export const payResponseSchema = z.object({
  orderId: z.string(),
  orderNo: z.string(),
  channel: paymentChannelSchema,
  totalFen: z.number().int(),
  /** WeChat JSAPI (mini program). */
  requestPayment: wechatRequestPaymentSchema.optional(),
  /** WeChat H5: open in the phone browser. */
  h5Url: z.string().optional(),
  /** Alipay wap cashier (alipay.trade.wap.pay): open in the browser. */
  payUrl: z.string().optional(),
});
export type PayResponse = z.infer<typeof payResponseSchema>;

/** POST /orders/:id/sync: ask the channel now instead of waiting for the notification (after the cashier returns). */
export const orderSyncResultSchema = z.object({ order: orderSchema });
export type OrderSyncResult = z.infer<typeof orderSyncResultSchema>;

/** Header carried by every create and pay request; same key + same body → same answer, different body → 422. */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
