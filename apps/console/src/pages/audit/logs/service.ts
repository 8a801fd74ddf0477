import { auditEventListSchema, chainCheckSchema } from '@xinglin/contracts';
import type { z } from 'zod';
import { request } from '../../../services/request';
import type { AuditQuery } from './query';

export type AuditEventList = z.infer<typeof auditEventListSchema>;
export type ChainCheck = z.infer<typeof chainCheckSchema>;

/** GET /api/v1/audit/events — one page of the trail, newest first (auditor only). */
export function fetchAuditEvents(query: AuditQuery, signal?: AbortSignal): Promise<AuditEventList> {
  return request('/audit/events', { query, schema: auditEventListSchema, signal });
}

/** GET /api/v1/audit/chain — the server re-walks the hash chain from the first row. */
export function verifyAuditChain(): Promise<ChainCheck> {
  return request('/audit/chain', { schema: chainCheckSchema });
}
