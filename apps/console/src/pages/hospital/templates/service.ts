import { z } from 'zod';
import { departmentListSchema, doctorListSchema, scheduleTemplateListSchema, type ScheduleTemplate } from '@xinglin/contracts';
import { request } from '../../../services/request';

export type { ScheduleTemplate };

const enc = encodeURIComponent;

export async function fetchDepartments(signal?: AbortSignal) {
  return (await request('/departments', { schema: departmentListSchema, signal, auth: false })).items.filter((d) => d.bookable);
}

export async function fetchDoctors(departmentId: string, signal?: AbortSignal) {
  return (await request('/doctors', { query: { departmentId, pageSize: 100 }, schema: doctorListSchema, signal, auth: false })).items;
}

/** 出诊模板 (apps/server schedule/template-routes): the doctor's weekly clinics, active or paused. */
export async function fetchTemplates(doctorId: string, signal?: AbortSignal) {
  return (await request(`/staff/doctors/${enc(doctorId)}/templates`, { schema: scheduleTemplateListSchema, signal })).items;
}

/**
 * Saves one weekday × period; the server materialises the coming dates at once and says how many clinics it
 * created. The form shows the server's refusal itself (skipErrorHandler), next to the fields it concerns.
 */
export const saveTemplate = (doctorId: string, template: ScheduleTemplate) =>
  request(`/staff/doctors/${enc(doctorId)}/templates`, { method: 'PUT', body: template, schema: z.object({ sessionsCreated: z.number() }), skipErrorHandler: true });
