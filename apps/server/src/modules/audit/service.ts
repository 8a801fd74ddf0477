import type { Db, Executor } from '../../db/client';
import { notFound } from '../../errors';
import { rowHash, GENESIS_HASH, verifyChainSegment, type AuditEvent, type ChainCheck } from './domain';
import * as repo from './repository';

export interface AuditRules {
  /** A staff member reading more than this many distinct patients… */
  bulkReadPatients: number;
  /** …within this many minutes raises an alert. */
  bulkReadMinutes: number;
  failedLoginThreshold: number;
  failedLoginMinutes: number;
}

export const DEFAULT_AUDIT_RULES: AuditRules = { bulkReadPatients: 20, bulkReadMinutes: 10, failedLoginThreshold: 5, failedLoginMinutes: 15 };

export interface AlertInput {
  kind: 'bulk_access' | 'failed_logins' | 'relative_access';
  severity: 'low' | 'medium' | 'high';
  actorId?: string | null;
  patientId?: string | null;
  summary: string;
  firstSeq?: number;
}

export type AuditService = ReturnType<typeof createAuditService>;

/**
 * The audit trail. `record` runs inside the caller's transaction, so the trace commits with the change it
 * describes; callers that refuse a request commit the "denied" row before throwing.
 */
export function createAuditService({ db, rules = DEFAULT_AUDIT_RULES, now = () => new Date() }: { db: Db; rules?: AuditRules; now?: () => Date }) {
  async function raiseAlert(tx: Executor, alert: AlertInput, windowStart: Date): Promise<void> {
    // One open alert per kind, actor and window: later hits raise its count instead of flooding the auditor.
    const existing = await repo.recentAlert(tx, alert.kind, alert, windowStart);
    if (existing) {
      await repo.bumpAlert(tx, existing.id, existing.count + 1);
      return;
    }
    await repo.insertAlert(tx, { ...alert, createdAt: now() });
  }

  async function applyRules(tx: Executor, event: AuditEvent, seq: number, at: Date): Promise<void> {
    const isStaffRead = event.actor.kind === 'staff' && event.outcome === 'success' && event.patientId && ['read', 'search', 'export'].includes(event.action);
    if (isStaffRead && event.actor.id) {
      const since = new Date(at.getTime() - rules.bulkReadMinutes * 60_000);
      const n = await repo.distinctPatientsReadBy(tx, event.actor.id, since);
      if (n > rules.bulkReadPatients) {
        await raiseAlert(tx, { kind: 'bulk_access', severity: 'high', actorId: event.actor.id, summary: `${n} patients in ${rules.bulkReadMinutes} min`, firstSeq: seq }, since);
      }
    }
    if (event.objectType === 'staff_login' && event.outcome === 'failure' && event.objectId) {
      const since = new Date(at.getTime() - rules.failedLoginMinutes * 60_000);
      const n = await repo.failedLoginsFor(tx, event.objectId, since);
      if (n >= rules.failedLoginThreshold) {
        await raiseAlert(tx, { kind: 'failed_logins', severity: 'medium', actorId: event.actor.id ?? null, summary: `${n} failed logins for ${event.objectId} in ${rules.failedLoginMinutes} min`, firstSeq: seq }, since);
      }
    }
  }

  return {
    async record(tx: Executor, event: AuditEvent): Promise<number> {
      await repo.lockChain(tx);
      const last = await repo.lastLink(tx);
      const at = now();
      const row = {
        seq: (last?.seq ?? 0) + 1,
        at,
        actorKind: event.actor.kind,
        actorId: event.actor.id ?? null,
        actorRole: event.actor.role ?? null,
        patientId: event.patientId ?? null,
        objectType: event.objectType,
        objectId: event.objectId ?? null,
        action: event.action,
        outcome: event.outcome,
        ip: event.ip ?? null,
        purpose: event.purpose ?? null,
        requestId: event.requestId ?? null,
        prevHash: last?.hash ?? GENESIS_HASH,
      };
      await repo.insertRow(tx, { ...row, hash: rowHash(row) });
      await applyRules(tx, event, row.seq, at);
      return row.seq;
    },

    raiseAlert: (tx: Executor, alert: AlertInput) => raiseAlert(tx, alert, new Date(now().getTime() - 24 * 3600_000)),

    /** Walks the whole chain in batches; reports the first broken link. */
    async verify(batchSize = 1000): Promise<ChainCheck> {
      let previous: { seq: number; hash: string } | null = null;
      let checked = 0;
      for (;;) {
        const rows: repo.AuditRow[] = await db.transaction((tx) => repo.readAfter(tx, previous?.seq ?? 0, batchSize));
        if (rows.length === 0) return { ok: true, rows: checked };
        const result = verifyChainSegment(rows, previous);
        if (!result.ok) return { ...result, rows: checked + result.rows };
        checked += rows.length;
        const last: repo.AuditRow = rows[rows.length - 1]!;
        previous = { seq: last.seq, hash: last.hash };
      }
    },

    listEvents: (filter: repo.EventFilter) => db.transaction((tx) => repo.listEvents(tx, filter)),
    listAlerts: (onlyOpen: boolean) => db.transaction((tx) => repo.listAlerts(tx, onlyOpen, 200)),

    async acknowledgeAlert(id: string, auditorId: string): Promise<void> {
      const ok = await db.transaction((tx) => repo.acknowledgeAlert(tx, id, auditorId, now()));
      if (!ok) throw notFound({ zh: '告警', en: 'Alert' });
    },

    staffAccessesTo: (tx: Executor, patientId: string, limit = 100) => repo.staffAccessesTo(tx, patientId, limit),
  };
}
