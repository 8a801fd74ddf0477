import { z } from 'zod';
import {
  departmentListSchema,
  doctorListSchema,
  doctorSessionsSchema,
  type ClinicSession,
  type Doctor,
} from '@xinglin/contracts';
import { request } from '../../../services/request';

export type { ClinicSession, Doctor };
export type Period = ClinicSession['period'];

const enc = encodeURIComponent;

export async function fetchDepartments(signal?: AbortSignal) {
  return (await request('/departments', { schema: departmentListSchema, signal, auth: false })).items.filter((d) => d.bookable);
}

/** A department's doctors and each one's clinics over the window (the schedule API serves at most 14 days). */
export async function fetchDepartmentSchedule(departmentId: string, from: string, days: number, signal?: AbortSignal) {
  const doctors = (await request('/doctors', { query: { departmentId, pageSize: 100 }, schema: doctorListSchema, signal, auth: false })).items;
  const sessions = await Promise.all(
    doctors.map(async (d) => (await request(`/doctors/${enc(d.id)}/sessions`, { query: { from, days }, schema: doctorSessionsSchema, signal, auth: false })).items),
  );
  return { doctors, sessions: sessions.flat() };
}

/** 停诊: every booked patient is told and refunded by the server. */
export const stopSession = (sessionId: string, reason: string) =>
  request(`/staff/sessions/${enc(sessionId)}/stop`, {
    method: 'POST',
    body: { reason },
    schema: z.object({ bookingsStopped: z.number(), waitlistClosed: z.number() }),
  });

/** 加号: more places in one slot; the waitlist is offered them first. */
export const addPlaces = (slotId: string, places: number) =>
  request('/staff/slots/places', { method: 'POST', body: { slotId, places }, schema: z.object({ capacity: z.number(), offeredToWaitlist: z.number() }) });

/** 加诊: an extra clinic, open at once. */
export const addExtraSession = (body: { doctorId: string; date: string; period: Period; placesPerSlot: number }) =>
  request('/staff/sessions', { method: 'POST', body, schema: z.object({ sessionId: z.string(), slots: z.number(), offeredToWaitlist: z.number() }) });
