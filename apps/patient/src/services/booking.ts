import type { Booking, ClinicSession, Doctor } from '@xinglin/contracts';
import { getDoctor } from './catalog';
import { request } from './request';

/** 挂号 (apps/server modules/booking) and the doctor's 号源 (modules/catalog). */
const enc = encodeURIComponent;

export const listSessions = (doctorId: string, from: string, days: number) =>
  request<{ items: ClinicSession[] }>(`/doctors/${enc(doctorId)}/sessions`, { query: { from, days: String(days) } })
    .then((r) => r.items);

export const createBooking = (patientId: string, slotId: string) =>
  request<Booking>('/bookings', { method: 'POST', body: { patientId, slotId } });

export const listBookings = () => request<{ items: Booking[] }>('/bookings').then((r) => r.items);

export const cancelBooking = (id: string) => request<Booking>(`/bookings/${enc(id)}/cancel`, { method: 'POST' });

/** Doctors rarely change: one promise per id per app run (the 就诊 list names doctors by id). */
const doctorCache = new Map<string, Promise<Doctor>>();
export function getDoctorCached(id: string): Promise<Doctor> {
  let p = doctorCache.get(id);
  if (!p) {
    p = getDoctor(id).catch((err: unknown) => {
      doctorCache.delete(id);
      throw err;
    });
    doctorCache.set(id, p);
  }
  return p;
}

export interface SlotWindow {
  startsAt: string;
  endsAt: string;
  session: ClinicSession;
}

/** The slot's time window, from the doctor's sessions on that date (null when not found). */
export async function findSlot(doctorId: string, date: string, slotId: string): Promise<SlotWindow | null> {
  const sessions = await listSessions(doctorId, date, 1);
  for (const session of sessions) {
    const slot = session.slots.find((s) => s.id === slotId);
    if (slot) return { startsAt: slot.startsAt, endsAt: slot.endsAt, session };
  }
  return null;
}
