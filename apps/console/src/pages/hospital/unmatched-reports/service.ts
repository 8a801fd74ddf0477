import { unmatchedMatchResultSchema, unmatchedResultListSchema, type unmatchedResultSchema } from '@xinglin/contracts';
import type { z } from 'zod';
import { request } from '../../../services/request';

export type UnmatchedResult = z.infer<typeof unmatchedResultSchema>;
export type MatchBy = 'cardNo' | 'idNumber' | 'patientId';

/** GET /admin/unmatched-reports — newest first; reading it is audited by the server. */
export const fetchUnmatched = (signal?: AbortSignal) => request('/admin/unmatched-reports', { schema: unmatchedResultListSchema, signal }).then((r) => r.items);

/** Assigns the results to one patient, found by exactly one identifier; a wrong number answers 404/409/422 with a message. */
export const matchUnmatched = (id: string, by: MatchBy, value: string) =>
  request(`/admin/unmatched-reports/${encodeURIComponent(id)}/match`, { method: 'POST', body: { [by]: value.trim() }, schema: unmatchedMatchResultSchema });
