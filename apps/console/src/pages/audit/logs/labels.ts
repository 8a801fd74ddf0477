import type { AuditEventView } from '@xinglin/contracts';
import { pick, type Bilingual, type Lang } from '../../../locales';

/**
 * Display names for the codes the server writes into the audit trail. Codes not listed here
 * (a newer server) are shown as they are, so nothing is ever hidden from the auditor.
 */
export type Outcome = AuditEventView['outcome'];

export const outcomes: Record<Outcome, Bilingual & { color: string }> = {
  success: { zh: '成功', en: 'Success', color: 'green' },
  denied: { zh: '拒绝', en: 'Denied', color: 'orange' },
  failure: { zh: '失败', en: 'Failure', color: 'red' },
};

export const actions: Record<string, Bilingual> = {
  login: { zh: '登录', en: 'Sign-in' },
  logout: { zh: '退出登录', en: 'Sign-out' },
  refresh: { zh: '续期会话', en: 'Session refresh' },
  read: { zh: '查阅', en: 'Read' },
  search: { zh: '检索', en: 'Search' },
  create: { zh: '新建', en: 'Create' },
  update: { zh: '修改', en: 'Update' },
  delete: { zh: '删除', en: 'Delete' },
  export: { zh: '导出', en: 'Export' },
  reveal: { zh: '查看明文', en: 'Reveal' },
  grant: { zh: '授权', en: 'Grant' },
  revoke: { zh: '撤销授权', en: 'Revoke' },
  acknowledge: { zh: '确认告警', en: 'Acknowledge' },
  verify: { zh: '核验', en: 'Verify' },
};

export const objectTypes: Record<string, Bilingual> = {
  staff_login: { zh: '员工登录', en: 'Staff sign-in' },
  patient_login: { zh: '患者登录', en: 'Patient sign-in' },
  session: { zh: '会话', en: 'Session' },
  patient: { zh: '患者信息', en: 'Patient' },
  health_record: { zh: '健康档案', en: 'Health record' },
  care_relationship: { zh: '诊疗关系', en: 'Care relationship' },
  medical_card: { zh: '就诊卡', en: 'Medical card' },
  identity: { zh: '实名认证', en: 'Identity check' },
  family: { zh: '家庭成员', en: 'Family member' },
  security_alert: { zh: '安全告警', en: 'Security alert' },
  audit_log: { zh: '审计日志', en: 'Audit log' },
};

export const actorKinds: Record<string, Bilingual> = {
  staff: { zh: '员工', en: 'Staff' },
  patient: { zh: '患者', en: 'Patient' },
  system: { zh: '系统', en: 'System' },
  anonymous: { zh: '未登录', en: 'Anonymous' },
};

/** The label for a code from one of the tables above, or the code itself. */
export function labelOf(table: Record<string, Bilingual>, code: string | null, lang: Lang): string {
  if (!code) return '—';
  const entry = Object.hasOwn(table, code) ? table[code] : undefined;
  return entry ? pick(entry, lang) : code;
}

/** Options for a filter: the known codes, labelled, with the code alongside for precision. */
export function optionsOf(table: Record<string, Bilingual>, lang: Lang): { value: string; label: string }[] {
  return Object.entries(table).map(([value, text]) => ({ value, label: lang === 'en-US' ? `${pick(text, lang)} (${value})` : `${pick(text, lang)}（${value}）` }));
}
