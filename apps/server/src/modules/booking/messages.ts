import type { OutboxMessage } from '../notifications';

/** What every booking message needs to say: when, where, which department, and what to prepare. */
export interface VisitFacts {
  accountId: string;
  patientId: string;
  bookingId: string;
  patientName: string;
  doctorName: string;
  departmentName: string;
  location: string;
  notes: string;
  startsAt: Date;
}

const clock = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
const data = (v: VisitFacts) => ({ time: clock(v.startsAt), place: v.location, department: v.departmentName, doctor: v.doctorName, patient: v.patientName, notes: v.notes });
const where = (v: VisitFacts) => `${clock(v.startsAt)}，${v.departmentName}（${v.location}），${v.doctorName}医生。${v.notes ? `注意事项：${v.notes}` : ''}`;
const visitsLink = '/pages/visits/index';

export function bookedMessage(v: VisitFacts, holdMinutes: number): OutboxMessage {
  return { accountId: v.accountId, patientId: v.patientId, kind: 'booking.created', title: '预约成功', body: `${v.patientName}：${where(v)}请在 ${holdMinutes} 分钟内完成支付。`, link: visitsLink, data: data(v), dedupeKey: `booking:${v.bookingId}:created` };
}

/** The evening before (20:00 China time) and one hour before; cancelled together by the booking's key prefix. */
export function reminderMessages(v: VisitFacts, now: Date): OutboxMessage[] {
  const day = new Date(v.startsAt.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const eveningBefore = new Date(Date.parse(`${day}T20:00:00+08:00`) - 86_400_000);
  const hourBefore = new Date(v.startsAt.getTime() - 3600_000);
  const out: OutboxMessage[] = [];
  if (eveningBefore > now) out.push({ accountId: v.accountId, patientId: v.patientId, kind: 'booking.reminder', title: '明日就诊提醒', body: `${v.patientName}明天就诊：${where(v)}`, link: visitsLink, data: data(v), dedupeKey: `booking:${v.bookingId}:remind:eve`, sendAt: eveningBefore });
  if (hourBefore > now) out.push({ accountId: v.accountId, patientId: v.patientId, kind: 'booking.reminder', title: '就诊提醒：1 小时后', body: `${v.patientName}：${where(v)}到院后请先签到。`, link: visitsLink, data: data(v), dedupeKey: `booking:${v.bookingId}:remind:hour`, sendAt: hourBefore });
  return out;
}

export const remindersPrefix = (bookingId: string) => `booking:${bookingId}:remind:`;

export function cancelledMessage(v: VisitFacts, why: 'cancelled' | 'expired'): OutboxMessage {
  const body = why === 'cancelled' ? `${v.patientName}的预约已取消：${clock(v.startsAt)} ${v.departmentName} ${v.doctorName}。` : `${v.patientName}的预约未在规定时间内支付，已自动取消，号源已释放。`;
  return { accountId: v.accountId, patientId: v.patientId, kind: `booking.${why}`, title: why === 'cancelled' ? '退号成功' : '预约已过期', body, link: visitsLink, data: data(v), dedupeKey: `booking:${v.bookingId}:${why}`, channels: ['inapp', 'wechat'] };
}

export function waitlistOfferMessage(v: VisitFacts, holdMinutes: number): OutboxMessage {
  return { accountId: v.accountId, patientId: v.patientId, kind: 'waitlist.offered', title: '候补成功', body: `${v.patientName}候补到号：${where(v)}号源为您保留 ${holdMinutes} 分钟，请尽快支付。`, link: visitsLink, data: data(v), dedupeKey: `booking:${v.bookingId}:waitlist` };
}

export function stoppedMessage(v: VisitFacts, reason: string, paid: boolean): OutboxMessage {
  return { accountId: v.accountId, patientId: v.patientId, kind: 'session.stopped', title: '停诊通知', body: `很抱歉，${v.doctorName}医生 ${clock(v.startsAt)} 的门诊因${reason}停诊，${v.patientName}的预约已取消${paid ? '，费用将原路退回' : ''}。可改约其他医生或加入候补。`, link: visitsLink, data: data(v), dedupeKey: `booking:${v.bookingId}:stopped` };
}

export function transferOfferMessage(v: VisitFacts & { fromName: string }, expiresAt: Date): OutboxMessage {
  return { accountId: v.accountId, patientId: v.patientId, kind: 'transfer.offered', title: '号源转让待接受', body: `${v.fromName}将 ${where(v)}的号源转让给您，请在 ${clock(expiresAt)} 前接受。`, link: '/pages/transfers/index', data: data(v), dedupeKey: `transfer:${v.bookingId}:${expiresAt.getTime()}` };
}
