// deliverDue: claim due messages (short transaction), call the providers outside any transaction, record the
// outcomes (one statement). A provider call never holds a database connection or a row lock. Each database step
// is set-based over the batch: its statements do not grow with the batch (9 per batch of 25 instead of 83).
import { WECHAT_ERRCODES } from '@xinglin/wechat';
import type { Db } from '../../db/client';
import { fieldContext } from '../../security/protection';
import { LEASE_SECONDS, backoffSeconds, settle, smsParams, wechatMessage, type NotificationTemplates } from './domain';
import * as repo from './repository';
import type { NotificationsDeps } from './deps';
import type { ChannelState } from './tables';

const BATCH = 25;
/**
 * A call goes on while messages are due, for up to this long (real time), so that the job's tick (every 10 s) ends
 * before the next one: a burst (a morning's lab results) is sent as fast as the providers answer, instead of 500 per
 * tick (the earlier cap of 20 rounds, 50 messages a second whatever the backlog).
 */
const BUDGET_MS = 8_000;
/** Batches in flight at once: the providers' round trips overlap; each batch is claimed apart (lease, SKIP LOCKED). */
const WORKERS = 4;

interface Claimed {
  row: repo.OutboxRow;
  phone: string | null;
  openid: string | null;
  inappDelivered: boolean;
}

interface ChannelResult {
  state: ChannelState | null;
  error?: string;
}

/**
 * Tests on a shared PostgreSQL deliver only their own accounts' messages, so parallel test files do not send each
 * other's messages through their own simulators. The job always delivers everything.
 */
export interface DeliveryScope {
  accountIds?: string[];
}

const addSeconds = (d: Date, s: number) => new Date(d.getTime() + s * 1000);

export function createDelivery(deps: NotificationsDeps & { db: Db }, templates: NotificationTemplates) {
  const { db, now, protection } = deps;
  const wechat = deps.integrations.wechat.client;
  const sms = deps.integrations.sms.provider;

  function decryptPhone(accountId: string, phoneEnc: string | null): string | null {
    if (!phoneEnc) return null;
    try {
      return protection.cipher.decrypt(phoneEnc, fieldContext('accounts', 'phone', accountId));
    } catch {
      return null;
    }
  }

  async function claim(scope: DeliveryScope): Promise<Claimed[]> {
    const t = now();
    return db.transaction(async (tx) => {
      const rows = await repo.claimDue(tx, t, addSeconds(t, LEASE_SECONDS), BATCH, scope.accountIds);
      if (rows.length === 0) return [];
      const addresses = await repo.addressesOf(tx, [...new Set(rows.map((r) => r.accountId))]);
      // In-app delivery is a row in the same database: done here, for the whole batch in two statements, atomically
      // with marking it sent.
      const inapp = rows.filter((r) => r.inapp === 'pending');
      await repo.insertInapp(tx, inapp.map((r) => ({ outboxId: r.id, accountId: r.accountId, patientId: r.patientId, kind: r.kind, title: r.title, body: r.body, link: r.link, createdAt: t })));
      await repo.markInappSent(tx, inapp.map((r) => r.id));
      const claimed: Claimed[] = rows.map((row) => {
        const inappDelivered = row.inapp === 'pending';
        if (inappDelivered) row.inapp = 'sent';
        const a = addresses.get(row.accountId);
        return { row, inappDelivered, openid: a?.openid ?? null, phone: decryptPhone(row.accountId, a?.phoneEnc ?? null) };
      });
      return claimed;
    });
  }

  async function sendWeChat(c: Claimed): Promise<ChannelResult> {
    if (c.row.wechat !== 'pending') return { state: c.row.wechat };
    if (!wechat || !c.openid) return { state: 'skipped' };
    const { templateId, data } = wechatMessage(c.row, templates);
    const page = c.row.link?.replace(/^\//, '');
    const res = await wechat.sendSubscribeMessage({ toUser: c.openid, templateId, data, ...(page ? { page } : {}) });
    if (res.ok) return { state: 'sent' };
    // No subscription left for this template: the user did not ask for it, which is not a failure.
    if (res.errcode === WECHAT_ERRCODES.USER_REFUSED) return { state: 'skipped' };
    return { state: res.retryable ? 'pending' : 'failed', error: `wechat ${res.errcode}: ${res.errmsg}` };
  }

  async function sendSms(c: Claimed): Promise<ChannelResult> {
    if (c.row.sms !== 'pending') return { state: c.row.sms };
    if (!c.phone) return { state: 'skipped' };
    const res = await sms.send({ phone: c.phone, templateId: templates.smsTemplateId, params: smsParams(c.row) });
    if (res.ok) return { state: 'sent' };
    return { state: res.retryable ? 'pending' : 'failed', error: `sms ${res.code}: ${res.message}` };
  }

  const guarded = async (send: () => Promise<ChannelResult>): Promise<ChannelResult> => {
    try {
      return await send();
    } catch (err) {
      return { state: 'pending', error: err instanceof Error ? err.message : String(err) };
    }
  };

  async function deliverOne(c: Claimed) {
    const [w, s] = await Promise.all([guarded(() => sendWeChat(c)), guarded(() => sendSms(c))]);
    const t = now();
    const { status, giveUp } = settle([c.row.inapp, w.state, s.state], c.row.attempts);
    const final = (r: ChannelResult) => (giveUp && r.state === 'pending' ? 'failed' : r.state);
    const outcome: repo.OutcomeOf = {
      id: c.row.id,
      attempts: c.row.attempts,
      wechat: final(w),
      sms: final(s),
      status,
      nextAttemptAt: status === 'pending' ? addSeconds(t, backoffSeconds(c.row.attempts)) : c.row.nextAttemptAt,
      lastError: [w.error, s.error].filter(Boolean).join('; ') || null,
      completedAt: status === 'pending' ? null : t,
      failInapp: giveUp,
    };
    const delivered = c.inappDelivered || w.state === 'sent' || s.state === 'sent';
    return { outcome, delivered };
  }

  /** Returns how many messages reached the recipient on at least one channel in this call. */
  return async function deliverDue(scope: DeliveryScope = {}): Promise<number> {
    const until = performance.now() + BUDGET_MS;
    let delivered = 0;
    let drained = false;
    const worker = async () => {
      while (!drained && performance.now() < until) {
        const batch = await claim(scope);
        if (batch.length < BATCH) drained = true;
        if (batch.length === 0) return;
        const results = await Promise.all(batch.map(deliverOne));
        // One statement for the batch: atomic without a transaction around it.
        await repo.recordOutcomes(db, results.map((r) => r.outcome));
        delivered += results.filter((r) => r.delivered).length;
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    return delivered;
  };
}
