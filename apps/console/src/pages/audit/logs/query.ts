import { auditEventQuerySchema } from '@xinglin/contracts';
import type { z } from 'zod';
import { pick, type Lang } from '../../../locales';
import type { Outcome } from './labels';

/** What the filter bar holds: plain strings, dates already turned into instants. */
export interface AuditFilters {
  /** Start of the first day and end of the last day, as ISO instants. */
  from?: string;
  to?: string;
  action?: string;
  outcome?: Outcome;
  objectType?: string;
  actorId?: string;
  patientId?: string;
}

export type AuditQuery = z.output<typeof auditEventQuerySchema>;
export type QueryResult = { ok: true; query: AuditQuery } | { ok: false; message: string };

const blankToUndefined = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/**
 * Filters + page → the query the server accepts, checked with the contract's own schema so a
 * malformed patient ID is explained here instead of coming back as a bare 400. Pure; tested.
 */
export function buildAuditQuery(filters: AuditFilters, page: number, pageSize: number, lang: Lang): QueryResult {
  const parsed = auditEventQuerySchema.safeParse({
    from: filters.from,
    to: filters.to,
    action: blankToUndefined(filters.action),
    outcome: filters.outcome,
    objectType: blankToUndefined(filters.objectType),
    actorId: blankToUndefined(filters.actorId),
    patientId: blankToUndefined(filters.patientId),
    page,
    pageSize,
  });
  if (parsed.success) return { ok: true, query: parsed.data };
  // The contract's messages are "中文 / English"; show the half in the UI language.
  const [zh = '', en = zh] = (parsed.error.issues[0]?.message ?? '').split(' / ');
  return { ok: false, message: pick({ zh, en }, lang) };
}
