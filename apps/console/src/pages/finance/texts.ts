import type { Bilingual } from '../../locales';

export const STATUS: Record<string, Bilingual> = {
  pending: { zh: '待支付', en: 'Pending' }, paying: { zh: '支付中', en: 'Paying' }, paid: { zh: '已支付', en: 'Paid' },
  refunding: { zh: '退款中', en: 'Refunding' }, refunded: { zh: '已退款', en: 'Refunded' }, closed: { zh: '已关闭', en: 'Closed' },
  requested: { zh: '待处理', en: 'Requested' }, processing: { zh: '处理中', en: 'Processing' }, succeeded: { zh: '成功', en: 'Succeeded' },
  failed: { zh: '失败', en: 'Failed' }, approved: { zh: '已批准', en: 'Approved' }, rejected: { zh: '已驳回', en: 'Rejected' },
};
export const SOURCE: Record<string, Bilingual> = {
  booking: { zh: '挂号', en: 'Booking' }, consultation: { zh: '问诊', en: 'Consultation' }, exam: { zh: '体检', en: 'Exam' }, outpatient: { zh: '门诊缴费', en: 'Outpatient' },
};
export const CHANNEL: Record<string, Bilingual> = { wechat: { zh: '微信支付', en: 'WeChat Pay' }, alipay: { zh: '支付宝', en: 'Alipay' } };
export const DIFF: Record<string, Bilingual> = {
  missing_ours: { zh: '我方缺失', en: 'Missing on our side' }, missing_theirs: { zh: '渠道缺失', en: 'Missing at the channel' },
  amount_mismatch: { zh: '金额不符', en: 'Amount mismatch' }, status_mismatch: { zh: '状态不符', en: 'Status mismatch' },
};
export const text = {
  orderNo: { zh: '订单号', en: 'Order no.' }, patient: { zh: '就诊人', en: 'Patient' }, source: { zh: '来源', en: 'Source' }, status: { zh: '状态', en: 'Status' },
  channel: { zh: '渠道', en: 'Channel' }, amount: { zh: '金额', en: 'Amount' }, refunded: { zh: '已退', en: 'Refunded' }, created: { zh: '创建时间', en: 'Created' },
  paidAt: { zh: '支付时间', en: 'Paid at' }, search: { zh: '查询', en: 'Search' }, payments: { zh: '支付订单', en: 'Payments' }, refunds: { zh: '退款记录', en: 'Refunds' },
  refundNo: { zh: '退款单号', en: 'Refund no.' }, reason: { zh: '原因', en: 'Reason' }, date: { zh: '对账日期', en: 'Date' }, csv: { zh: '导出 CSV', en: 'Export CSV' },
  kind: { zh: '差异类型', en: 'Difference' }, line: { zh: '类别', en: 'Line' }, reference: { zh: '交易/退款单号', en: 'Reference' }, ours: { zh: '我方', en: 'Ours' }, theirs: { zh: '渠道', en: 'Channel' },
  clean: { zh: '无差异：我方记录与渠道对账单一致', en: 'No differences: our records match the channel’s bill' },
  summary: { zh: '我方支付 {p} 笔、退款 {r} 笔；对账单 {b} 行；差异 {d} 条', en: 'Ours: {p} payments, {r} refunds; bill: {b} lines; {d} differences' },
  orderId: { zh: '订单 ID', en: 'Order ID' }, request: { zh: '申请退款', en: 'Request refund' }, approve: { zh: '批准', en: 'Approve' }, reject: { zh: '驳回', en: 'Reject' },
  requestedBy: { zh: '申请人', en: 'Requested by' }, decidedBy: { zh: '审批人', en: 'Decided by' }, actions: { zh: '操作', en: 'Actions' },
  twoPeople: { zh: '人工退款须由两位管理员完成：一位申请，另一位审批；申请人不能审批自己的申请。全部操作记入审计日志。', en: 'A manual refund takes two admins: one requests, another approves; nobody approves their own request. Everything is audited.' },
  done: { zh: '已提交', en: 'Done' },
};
