// Pure rules of delivery: how a message becomes a WeChat subscribe message or an SMS, retry timing, final state.
import type { ChannelState, OutboxStatus } from './tables';

export type Channel = 'inapp' | 'wechat' | 'sms';
export const ALL_CHANNELS: readonly Channel[] = ['inapp', 'wechat', 'sms'];

/** Attempts per message before it is declared dead (its pending channels become `failed`). */
export const MAX_ATTEMPTS = 5;
/**
 * A claimed message is hidden from other copies for this long while it is being sent (provider calls time out
 * after 10 s); a copy that dies mid-send leaves it to be retried after the lease.
 */
export const LEASE_SECONDS = 120;

/** 1 min, 4 min, 16 min, 1 h, 1 h … after the n-th failed attempt. */
export function backoffSeconds(attempt: number): number {
  return Math.min(60 * 4 ** Math.max(0, attempt - 1), 3600);
}

export interface NotificationTemplates {
  /** Tencent SMS template "{1}：{2}" (title, summary) used for every notification. */
  smsTemplateId: string;
  /** WeChat subscribe templates: visits (name1 就诊人, thing2 科室, time3 时间, thing4 备注) and reports (name1, thing2, time3). */
  wechatVisit: string;
  wechatReport: string;
}

/** The simulators' ids; production sets its approved ids through config. */
export const DEFAULT_TEMPLATES: NotificationTemplates = {
  smsTemplateId: '1000002',
  wechatVisit: 'xinglin-visit-reminder',
  wechatReport: 'xinglin-report-ready',
};

export interface Renderable {
  kind: string;
  title: string;
  body: string;
  data: Record<string, string>;
}

/** WeChat caps `thing` values at 20 characters and `name` at 10 Chinese characters. */
const cut = (value: string, max: number) => {
  const chars = [...value.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
};
const personName = (value: string | undefined) => {
  const v = (value ?? '').trim();
  if (/^[\p{Script=Han}·]+$/u.test(v)) return cut(v, 10);
  return v ? cut(v, 20) : '就诊人';
};

export function wechatMessage(m: Renderable, templates: NotificationTemplates): { templateId: string; data: Record<string, string> } {
  // Callers name the patient `patientName` or `patient` (booking's VisitFacts).
  const name1 = personName(m.data.patientName ?? m.data.patient);
  const time3 = m.data.time?.trim() || '—';
  if (m.kind.startsWith('report.')) {
    return { templateId: templates.wechatReport, data: { name1, thing2: cut(m.data.reportName ?? m.title, 20), time3 } };
  }
  const note = m.data.notes ?? m.data.place ?? m.body;
  return {
    templateId: templates.wechatVisit,
    data: { name1, thing2: cut([m.data.department, m.data.doctor].filter(Boolean).join(' ') || m.title, 20), time3, thing4: cut(note || m.title, 20) },
  };
}

export function smsParams(m: Renderable): string[] {
  return [cut(m.title, 20), cut(m.body, 60)];
}

/** Where the message stands once its channels are in these states after `attempts` attempts. */
export function settle(states: (ChannelState | null)[], attempts: number): { status: OutboxStatus; giveUp: boolean } {
  const pending = states.some((s) => s === 'pending');
  if (!pending) return { status: 'done', giveUp: false };
  if (attempts >= MAX_ATTEMPTS) return { status: 'dead', giveUp: true };
  return { status: 'pending', giveUp: false };
}

/** `like` pattern for a literal prefix. */
export function prefixPattern(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
