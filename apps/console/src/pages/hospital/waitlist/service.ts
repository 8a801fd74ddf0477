import { departmentListSchema, waitlistAdminListSchema, type WaitlistAdminEntry } from '@xinglin/contracts';
import { request } from '../../../services/request';

export type { WaitlistAdminEntry };

export async function fetchDepartments(signal?: AbortSignal) {
  return (await request('/departments', { schema: departmentListSchema, signal, auth: false })).items.filter((d) => d.bookable);
}

/** 候补 (apps/server booking/waitlist-admin-routes): a department's line, or one clinic's; names come masked. */
export async function fetchWaitlist(scope: { departmentId: string } | { sessionId: string }, signal?: AbortSignal) {
  return (await request('/staff/waitlist', { query: scope, schema: waitlistAdminListSchema, signal })).items;
}
