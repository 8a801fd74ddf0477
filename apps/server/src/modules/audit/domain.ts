import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export type ActorKind = 'patient' | 'staff' | 'system' | 'anonymous';
export type AuditOutcome = 'success' | 'denied' | 'failure';

/** What a caller tells the audit log. Values of patient data never go in here, only references. */
export interface AuditEvent {
  actor: { kind: ActorKind; id?: string | null; role?: string | null };
  patientId?: string | null;
  objectType: string;
  objectId?: string | null;
  action: string;
  outcome: AuditOutcome;
  purpose?: string | null;
  ip?: string | null;
  requestId?: string | null;
}

export interface ChainedRow {
  seq: number;
  at: Date;
  actorKind: string;
  actorId: string | null;
  actorRole: string | null;
  patientId: string | null;
  objectType: string;
  objectId: string | null;
  action: string;
  outcome: string;
  ip: string | null;
  purpose: string | null;
  requestId: string | null;
  prevHash: string;
}

/** The hash covers every column in a fixed order, so changing any of them breaks the link. */
export function rowHash(row: ChainedRow): string {
  const canonical = JSON.stringify([
    row.seq,
    row.at.toISOString(),
    row.actorKind,
    row.actorId,
    row.actorRole,
    row.patientId,
    row.objectType,
    row.objectId,
    row.action,
    row.outcome,
    row.ip,
    row.purpose,
    row.requestId,
    row.prevHash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export type ChainCheck = { ok: true; rows: number } | { ok: false; rows: number; brokenAt: number; reason: 'hash' | 'link' | 'gap' };

/** Checks rows given in seq order; `previous` is the last verified row before them (for batched walks). */
export function verifyChainSegment(
  rows: (ChainedRow & { hash: string })[],
  previous: { seq: number; hash: string } | null,
): ChainCheck {
  let prev = previous;
  for (const [i, row] of rows.entries()) {
    const expectedSeq = prev ? prev.seq + 1 : 1;
    if (row.seq !== expectedSeq) return { ok: false, rows: i, brokenAt: row.seq, reason: 'gap' };
    if (row.prevHash !== (prev?.hash ?? GENESIS_HASH)) return { ok: false, rows: i, brokenAt: row.seq, reason: 'link' };
    if (rowHash(row) !== row.hash) return { ok: false, rows: i, brokenAt: row.seq, reason: 'hash' };
    prev = { seq: row.seq, hash: row.hash };
  }
  return { ok: true, rows: rows.length };
}
