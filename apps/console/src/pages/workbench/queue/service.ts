import { checkInPointListSchema, checkInPointSchema, doctorQueuesSchema, queueActionResultSchema, type CheckInPoint, type DoctorQueues, type QueueActionResult } from '@xinglin/contracts';
import { request } from '../../../services/request';

const enc = encodeURIComponent;

/** GET /api/v1/clinical/queue/today — the doctor's sessions today, each with its queue (names masked). */
export const fetchTodayQueues = (signal?: AbortSignal): Promise<DoctorQueues> => request('/clinical/queue/today', { schema: doctorQueuesSchema, signal });

export type QueueAction = 'call-next' | 'recall' | 'done' | 'no-show';

/** call-next and recall act on a session; done and no-show on one booking. */
export function queueAction(action: QueueAction, id: string): Promise<QueueActionResult> {
  const path = action === 'call-next' || action === 'recall' ? `/clinical/queue/sessions/${enc(id)}/${action}` : `/clinical/queue/bookings/${enc(id)}/${action}`;
  return request(path, { method: 'POST', schema: queueActionResultSchema });
}

/** GET /api/v1/admin/check-in-points — every department's check-in point and QR token (admin). */
export const fetchCheckInPoints = async (signal?: AbortSignal): Promise<CheckInPoint[]> =>
  (await request('/admin/check-in-points', { schema: checkInPointListSchema, signal })).items;

/** A new poster: the old code stops working at once. */
export const rotateCheckInCode = (departmentId: string): Promise<CheckInPoint> =>
  request(`/admin/check-in-points/${enc(departmentId)}/rotate`, { method: 'POST', schema: checkInPointSchema });
