import type { QueueDeps, Tx } from './deps';
import * as repo from './repository';

const QUEUE_LINK = (bookingId: string) => `/pages/queue/index?bookingId=${bookingId}`;

/**
 * Queue messages go through the notification outbox in the caller's transaction, so a message exists only if
 * the call committed. Without an outbox (deps.notifications unset, e.g. a unit test) nothing is sent.
 */
async function send(deps: QueueDeps, tx: Tx, bookingId: string, kind: string, dedupeKey: string, text: (p: { visitNo: number; doctorName: string; location: string }) => { title: string; body: string }) {
  if (!deps.notifications) return;
  const row = await repo.bookingWithPlace(tx, bookingId);
  if (!row) return;
  const { title, body } = text({ visitNo: row.b.visitNo, doctorName: row.doctorName, location: row.location });
  await deps.notifications.enqueue(tx, {
    accountId: row.b.accountId,
    patientId: row.b.patientId,
    kind,
    title,
    body,
    link: QUEUE_LINK(bookingId),
    data: { visitNo: String(row.b.visitNo), doctor: row.doctorName, place: row.location },
    // Called is urgent and only useful right now: in-app and WeChat, not an SMS that may arrive late.
    channels: ['inapp', 'wechat'],
    dedupeKey,
  });
}

export const notifyCalled = (deps: QueueDeps, tx: Tx, bookingId: string, occasion: string) =>
  send(deps, tx, bookingId, 'queue.called', `queue.called:${bookingId}:${occasion}`, (p) => ({
    title: '请到诊室就诊',
    body: `${p.doctorName}医生正在呼叫 ${p.visitNo} 号，请到 ${p.location} 就诊。`,
  }));

export const notifyNearlyUp = (deps: QueueDeps, tx: Tx, bookingId: string) =>
  send(deps, tx, bookingId, 'queue.near', `queue.near:${bookingId}`, (p) => ({
    title: '即将到您就诊',
    body: `您是 ${p.visitNo} 号，前面还有 2 位，请在 ${p.location} 附近候诊。`,
  }));
