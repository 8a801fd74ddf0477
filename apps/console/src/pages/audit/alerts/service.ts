import { securityAlertSchema, type SecurityAlert } from '@xinglin/contracts';
import { z } from 'zod';
import { request } from '../../../services/request';

export type { SecurityAlert };

// The contracts export the alert itself; the list envelope is the server route's own.
const alertListSchema = z.object({ items: z.array(securityAlertSchema) });

/** GET /api/v1/audit/alerts — open ones only, or all of them (acknowledged included). */
export async function fetchAlerts(includeAcknowledged: boolean, signal?: AbortSignal): Promise<SecurityAlert[]> {
  const { items } = await request('/audit/alerts', {
    query: { open: includeAcknowledged ? 'false' : 'true' },
    schema: alertListSchema,
    signal,
  });
  return items;
}

/** POST /api/v1/audit/alerts/:id/acknowledge — 204; the auditor's name goes on record. */
export async function acknowledgeAlert(id: string): Promise<void> {
  await request(`/audit/alerts/${encodeURIComponent(id)}/acknowledge`, { method: 'POST' });
}
