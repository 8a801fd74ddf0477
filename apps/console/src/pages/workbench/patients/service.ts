import { clinicalPatientListSchema, type clinicalPatientSchema } from '@xinglin/contracts';
import type { z } from 'zod';
import { request } from '../../../services/request';

export type ClinicalPatient = z.infer<typeof clinicalPatientSchema>;

/**
 * GET /api/v1/clinical/patients?q= — only patients with a live care relationship with this
 * doctor; `q` matches a name or a medical card number on the server.
 */
export async function fetchMyPatients(q: string, signal?: AbortSignal): Promise<ClinicalPatient[]> {
  const { items } = await request('/clinical/patients', {
    query: { q: q.trim() || undefined },
    schema: clinicalPatientListSchema,
    signal,
  });
  return items;
}
