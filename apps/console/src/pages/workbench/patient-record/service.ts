import { healthRecordSchema, type HealthRecord } from '@xinglin/contracts';
import { toRequestError } from '../../../services/api-error';
import { handleRequestError, request } from '../../../services/request';

export type { HealthRecord };

/**
 * The answers that mean "not yours to see". The server says 404 whether the patient does not
 * exist or has no care relationship with this doctor; 400 and 403 are folded in too so the page
 * can never tell the two apart.
 */
export const NOT_VISIBLE = new Set([400, 403, 404]);

/**
 * GET /api/v1/clinical/patients/:id/health-record. Every call is a read the server audits. The
 * page shows "not visible" itself; anything else (5xx, network) goes to the usual error handler.
 */
export async function fetchHealthRecord(patientId: string, signal?: AbortSignal): Promise<HealthRecord> {
  try {
    return await request(`/clinical/patients/${encodeURIComponent(patientId)}/health-record`, {
      schema: healthRecordSchema,
      skipErrorHandler: true,
      signal,
    });
  } catch (error) {
    const failure = toRequestError(error);
    if (!NOT_VISIBLE.has(failure.info.statusCode)) handleRequestError(failure.info);
    throw failure;
  }
}
