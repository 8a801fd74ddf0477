import { z } from 'zod';
import { appealListSchema } from '@xinglin/contracts';
import { request } from '../../../services/request';

export type Appeal = z.infer<typeof appealListSchema>['items'][number];
export type AppealStatus = Appeal['status'];

/** 爽约申诉 (apps/server booking staff routes): list by status, approve or reject with a note (audited). */
export async function fetchAppeals(status: AppealStatus, signal?: AbortSignal) {
  return (await request('/staff/appeals', { query: { status }, schema: appealListSchema, signal })).items;
}

export const decideAppeal = (id: string, approve: boolean, note: string) =>
  request(`/staff/appeals/${encodeURIComponent(id)}/decide`, {
    method: 'POST',
    body: { approve, ...(note.trim() ? { note: note.trim() } : {}) },
    schema: z.object({ id: z.string(), status: z.string() }),
  });
