import { z } from 'zod';
import { orderItemCategorySchema, orderItemSchema, orderStatusSchema, paymentChannelSchema } from './payments';

/** What GET /receipts/verify?t=… shows for a genuine receipt (电子票据验真): its key facts, the patient's name masked. */
export const receiptVerificationSchema = z.object({
  valid: z.literal(true),
  hospital: z.string(),
  receiptNo: z.string(),
  orderNo: z.string(),
  patientNameMasked: z.string(),
  totalFen: z.number().int(),
  refundedFen: z.number().int(),
  /** paid, or refunded / refunding when the money went back (the receipt is then void for that amount). */
  orderStatus: orderStatusSchema,
  channel: paymentChannelSchema,
  paidAt: z.iso.datetime(),
  items: z.array(orderItemSchema),
});
export type ReceiptVerification = z.infer<typeof receiptVerificationSchema>;

/** One paid order of mine with its receipt: the patient app's 电子票据 list. */
export const receiptSummarySchema = z.object({
  orderId: z.string(),
  receiptNo: z.string(),
  patientName: z.string(),
  description: z.string(),
  totalFen: z.number().int(),
  refundedFen: z.number().int(),
  orderStatus: orderStatusSchema,
  paidAt: z.iso.datetime(),
});
export type ReceiptSummary = z.infer<typeof receiptSummarySchema>;
export const receiptListSchema = z.object({ items: z.array(receiptSummarySchema) });

// ——— 费用明细 ———
export const feeQuerySchema = z.object({
  /** A visit: the booking id, or an outpatient visit number from the HIS. Without it, every visit. */
  visit: z.string().min(1).max(64).optional(),
});
export const feeLineSchema = z.object({
  orderId: z.string(),
  orderNo: z.string(),
  name: z.string(),
  category: orderItemCategorySchema,
  categoryLabel: z.string(),
  quantity: z.number().int(),
  unitFen: z.number().int(),
  amountFen: z.number().int(),
  orderStatus: orderStatusSchema,
  paidAt: z.iso.datetime().nullable(),
});
export const feeVisitSchema = z.object({
  /** The booking id or HIS visit number the fees belong to. */
  visit: z.string(),
  source: z.string(),
  description: z.string(),
  lines: z.array(feeLineSchema),
  /** Per category, so nothing is "收费模糊". */
  byCategory: z.array(z.object({ category: orderItemCategorySchema, label: z.string(), amountFen: z.number().int() })),
  paidFen: z.number().int(),
  unpaidFen: z.number().int(),
  refundedFen: z.number().int(),
});
export const feeDetailsSchema = z.object({ patientId: z.string(), visits: z.array(feeVisitSchema), totalPaidFen: z.number().int() });
export type FeeDetails = z.infer<typeof feeDetailsSchema>;
export type FeeVisit = z.infer<typeof feeVisitSchema>;

// ——— 门诊缴费 (outpatient bills from the HIS) ———
export const outpatientBillItemSchema = z.object({
  code: z.string(),
  name: z.string(),
  category: orderItemCategorySchema,
  quantity: z.number().int(),
  unitFen: z.number().int(),
  amountFen: z.number().int(),
});
export const outpatientBillSchema = z.object({
  billNo: z.string(),
  visitNo: z.string(),
  title: z.string(),
  department: z.string(),
  doctor: z.string(),
  totalFen: z.number().int(),
  items: z.array(outpatientBillItemSchema),
  createdAt: z.string(),
  /** unpaid; in_payment: in an order at the cashier; paid: paid here, the HIS not yet told. */
  state: z.enum(['unpaid', 'in_payment', 'paid']),
  /** The live order holding it, if any. */
  orderId: z.string().nullable(),
});
export type OutpatientBill = z.infer<typeof outpatientBillSchema>;
export const outpatientBillsSchema = z.object({
  /** One entry per family member I manage, self first. */
  patients: z.array(z.object({ patientId: z.string(), name: z.string(), bills: z.array(outpatientBillSchema), unpaidFen: z.number().int() })),
});
export type OutpatientBills = z.infer<typeof outpatientBillsSchema>;
export const outpatientOrderRequestSchema = z.object({
  patientId: z.uuid({ message: '就诊人编号格式不正确 / Invalid patient id' }),
  billNos: z.array(z.string().min(1).max(64)).min(1, { message: '请至少选择一张缴费单 / Choose at least one bill' }).max(20),
});
export type OutpatientOrderRequest = z.infer<typeof outpatientOrderRequestSchema>;

// ——— 医保移动支付 pre-settlement ———
export const insurancePresettlementSchema = z.object({
  orderId: z.string(),
  settlementId: z.string(),
  insured: z.boolean(),
  totalFen: z.number().int(),
  /** 统筹基金支付 */
  fundFen: z.number().int(),
  /** 个人账户支付 */
  accountFen: z.number().int(),
  /** 个人自付 (paid through WeChat Pay / Alipay) */
  selfFen: z.number().int(),
});
export type InsurancePresettlement = z.infer<typeof insurancePresettlementSchema>;

// ——— Console: reconciliation and manual refunds ———
export const reconciliationQuerySchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD / The date must be YYYY-MM-DD' }),
  format: z.enum(['json', 'csv']).default('json'),
  /** Whose trade bill: WeChat Pay (the default) or Alipay. */
  channel: paymentChannelSchema.default('wechat'),
});
export const reconciliationDifferenceSchema = z.object({
  kind: z.enum(['missing_ours', 'missing_theirs', 'amount_mismatch', 'status_mismatch']),
  line: z.enum(['payment', 'refund']),
  orderNo: z.string(),
  reference: z.string(),
  oursFen: z.number().int().nullable(),
  theirsFen: z.number().int().nullable(),
  oursStatus: z.string().nullable(),
  theirsStatus: z.string().nullable(),
});
export const reconciliationReportSchema = z.object({
  date: z.string(),
  channel: paymentChannelSchema,
  ourPayments: z.number().int(),
  ourRefunds: z.number().int(),
  billLines: z.number().int(),
  differences: z.array(reconciliationDifferenceSchema),
});
export type ReconciliationReport = z.infer<typeof reconciliationReportSchema>;

export const manualRefundCreateSchema = z.object({
  orderId: z.uuid({ message: '订单编号格式不正确 / Invalid order id' }),
  reason: z.string().trim().min(2, { message: '请填写退款原因 / Give a reason' }).max(200),
});
export const manualRefundRequestSchema = z.object({
  id: z.string(),
  orderId: z.string(),
  amountFen: z.number().int(),
  reason: z.string(),
  status: z.enum(['requested', 'approved', 'rejected']),
  requestedBy: z.string(),
  requestedAt: z.iso.datetime(),
  decidedBy: z.string().nullable(),
  decidedAt: z.iso.datetime().nullable(),
  refundId: z.string().nullable(),
});
export type ManualRefundRequest = z.infer<typeof manualRefundRequestSchema>;
export const manualRefundListSchema = z.object({ items: z.array(manualRefundRequestSchema) });
