import type { Db, Tx } from '../../db/client';
import type { Integrations } from '../../integrations';
import type { Protection } from '../../security/protection';

export type Channel = 'inapp' | 'wechat' | 'sms';
export const ALL_CHANNELS: readonly Channel[] = ['inapp', 'wechat', 'sms'];

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
  /** Template fields for WeChat subscribe messages / SMS params (time, place, department, notes). */
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
  /** Cancels not-yet-sent messages with this dedupeKey prefix (e.g. reminders of a cancelled booking). */
  cancel(tx: Tx, dedupeKeyPrefix: string): Promise<number>;
  /** Delivers due messages (called by the job; tests call it via app.jobs.deliverNotifications()). Returns the count sent. */
  deliverDue(): Promise<number>;
}

export interface NotificationsDeps {
  db: Db;
  integrations: Pick<Integrations, 'wechat' | 'sms'>;
  /** Decrypts the account's phone for SMS. */
  protection: Protection;
  now: () => Date;
  /** SMS template id and WeChat subscribe template ids per message kind; see config.ts. */
  templates?: NotificationTemplates;
}

export interface NotificationTemplates {
  /** Tencent SMS template used for every notification; params are [title, body-ish summary]. */
  smsTemplateId?: string;
  /** WeChat subscribe template id per kind (falls back to `default`). */
  wechat?: Record<string, string>;
}

export function createNotificationsService(deps: NotificationsDeps): NotificationsService {
  void deps;
  throw new Error('not implemented yet');
}
