import type { SecurityAlert } from '@xinglin/contracts';
import type { Bilingual } from '../../../locales';

/** This page's own words, Chinese and English side by side (the shared keys live in src/locales). */
export const text = {
  open: { zh: '待处理告警', en: 'Open alerts' },
  all: { zh: '全部告警', en: 'All alerts' },
  showAcknowledged: { zh: '显示已确认', en: 'Show acknowledged' },
  refresh: { zh: '刷新', en: 'Refresh' },
  severity: { zh: '级别', en: 'Severity' },
  kind: { zh: '类型', en: 'Type' },
  summary: { zh: '摘要', en: 'Summary' },
  count: { zh: '次数', en: 'Count' },
  who: { zh: '相关人员 / 患者', en: 'Actor / patient' },
  actor: { zh: '操作人', en: 'Actor' },
  patient: { zh: '患者', en: 'Patient' },
  time: { zh: '时间', en: 'Raised at' },
  status: { zh: '状态', en: 'Status' },
  pending: { zh: '待处理', en: 'Open' },
  acknowledged: { zh: '已确认', en: 'Acknowledged' },
  acknowledge: { zh: '确认', en: 'Acknowledge' },
  confirmTitle: { zh: '确认已核查此告警？', en: 'Mark this alert as reviewed?' },
  confirmBody: { zh: '确认后告警将移出待处理列表，您的账号将作为处理人记入审计日志。', en: 'It leaves the open list and your account is recorded as the reviewer in the audit log.' },
  done: { zh: '告警已确认', en: 'Alert acknowledged' },
  emptyOpen: { zh: '暂无待处理的安全告警', en: 'No open security alerts' },
  emptyAll: { zh: '暂无安全告警', en: 'No security alerts' },
  emptyHint: { zh: '系统持续检测批量查阅、多次登录失败和疑似查阅亲属病历等异常行为。', en: 'Bulk record access, repeated failed sign-ins and suspected look-ups of relatives are watched continuously.' },
  openCount: { zh: '{n} 条待处理', en: '{n} open' },
} satisfies Record<string, Bilingual>;

export const kinds: Record<SecurityAlert['kind'], Bilingual & { hint: Bilingual }> = {
  bulk_access: {
    zh: '批量查阅',
    en: 'Bulk access',
    hint: { zh: '短时间内查阅大量患者的数据，可能是越权浏览或批量导出。', en: 'Many patients read in a short time: browsing beyond need or a bulk export.' },
  },
  failed_logins: {
    zh: '多次登录失败',
    en: 'Failed sign-ins',
    hint: { zh: '同一账号连续登录失败，可能是密码猜测。', en: 'Repeated failed sign-ins for one account: possibly password guessing.' },
  },
  relative_access: {
    zh: '疑似查阅亲属病历',
    en: "Possible relative's record",
    hint: { zh: '员工查阅了疑似本人亲属的病历，请核实是否出于诊疗需要。', en: 'A staff member read a record that may belong to a relative; check it was for care.' },
  },
};

export const severities: Record<SecurityAlert['severity'], Bilingual & { color: string; rank: number }> = {
  high: { zh: '高危', en: 'High', color: 'red', rank: 0 },
  medium: { zh: '中危', en: 'Medium', color: 'orange', rank: 1 },
  low: { zh: '低危', en: 'Low', color: 'blue', rank: 2 },
};
