import type { SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { createDelivery, type DeliveryScope } from './delivery';
import { ALL_CHANNELS, DEFAULT_TEMPLATES, prefixPattern, type Channel, type NotificationTemplates } from './domain';
import { createMessageCenter, type MessageCenter } from './messages';
import type { NotificationsDeps } from './deps';
import * as repo from './repository';

export { ALL_CHANNELS, type Channel, type DeliveryScope, type NotificationTemplates, type NotificationsDeps };

export interface OutboxMessage {
  /** Recipient account (accounts.id). */
  accountId: string;
  /** The family member it is about. */
  patientId?: string;
  /** e.g. 'booking.created' | 'booking.reminder' | 'booking.cancelled' | 'session.stopped' | 'waitlist.offered' | 'transfer.offered' | 'report.ready' */
  kind: string;
  /** Chinese; shown in the message center and used as the WeChat/SMS text. */
  title: string;
  body: string;
  /** In-app route, e.g. '/pages/visits/index'. */
  link?: string;
  /**
   * Template fields for WeChat subscribe messages. Known keys: patientName (or patient), department, doctor, time,
   * place, notes (visit template); patientName, reportName, time (report template, kinds 'report.*').
   */
  data?: Record<string, string>;
  /** Default ['inapp','wechat','sms']. */
  channels?: Channel[];
  /** Unique: enqueueing the same key twice is a no-op (replays, retries). */
  dedupeKey?: string;
  /** Future delivery (reminders); default now. */
  sendAt?: Date;
}

export interface NotificationsService {
  /** Writes into the outbox inside the CALLER's transaction, so the message exists iff the state change committed. */
  enqueue(tx: Tx, message: OutboxMessage): Promise<void>;
  /** Several messages in one insert (a batch of lab results), with enqueue's guarantees. */
  enqueueMany(tx: Tx, messages: OutboxMessage[]): Promise<void>;
  /**
   * enqueueMany as part of a caller's own statement, for a caller that writes its change and the messages in one
   * statement built once: the insert reading its rows from `source` (a JSON array, e.g. a placeholder), and the rows.
   */
  outboxStatement(source: SQL): SQL;
  outboxRows(messages: OutboxMessage[]): repo.OutboxInsert[];
  /** Cancels not-yet-sent messages with this dedupeKey prefix (e.g. reminders of a cancelled booking). */
  cancel(tx: Tx, dedupeKeyPrefix: string): Promise<number>;
  /** Delivers due messages (called by the job; tests call it via app.jobs.deliverNotifications()). Returns the count sent. */
  deliverDue(scope?: DeliveryScope): Promise<number>;
}

/** 消息通知: the outbox (enqueue/cancel/deliverDue) and the patient's message center. */
export function createNotificationsService(deps: NotificationsDeps): NotificationsService & { inbox: MessageCenter } {
  const templates = { ...DEFAULT_TEMPLATES, ...deps.templates };
  const deliverDue = createDelivery(deps, templates);
  return {
    async enqueue(tx, m) {
      await repo.insertOutbox(tx, [outboxRow(m, deps.now())]);
    },
    async enqueueMany(tx, messages) {
      const t = deps.now();
      await repo.insertOutbox(tx, messages.map((m) => outboxRow(m, t)));
    },
    outboxStatement: (source) => repo.outboxInsertFrom(source),
    outboxRows(messages) {
      const t = deps.now();
      return messages.map((m) => outboxRow(m, t));
    },
    async cancel(tx, prefix) {
      // An empty prefix would cancel every pending message of every account.
      if (!prefix) throw new Error('notifications.cancel: empty dedupe key prefix');
      return repo.cancelPendingByPattern(tx, prefixPattern(prefix), deps.now());
    },
    deliverDue,
    inbox: createMessageCenter(deps),
  };
}

function outboxRow(m: OutboxMessage, t: Date): repo.OutboxInsert {
  const channels = new Set(m.channels ?? ALL_CHANNELS);
  if (channels.size === 0) throw new Error('notifications.enqueue: at least one channel');
  const state = (c: Channel) => (channels.has(c) ? ('pending' as const) : null);
  return {
    accountId: m.accountId,
    patientId: m.patientId ?? null,
    kind: m.kind,
    title: m.title,
    body: m.body,
    link: m.link ?? null,
    data: m.data ?? {},
    dedupeKey: m.dedupeKey ?? null,
    inapp: state('inapp'),
    wechat: state('wechat'),
    sms: state('sms'),
    nextAttemptAt: m.sendAt ?? t,
    createdAt: t,
  };
}
