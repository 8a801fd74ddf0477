import type { Booking, NoShowSummary, Transfer, WaitlistEntry, WaitlistJoin } from '@xinglin/contracts';
import { request } from './request';

/** 候补, 号源转让 and 爽约 (apps/server modules/booking routes.ts). */
const enc = encodeURIComponent;

export const listWaitlist = () => request<{ items: WaitlistEntry[] }>('/waitlist').then((r) => r.items);

export const joinWaitlist = (body: WaitlistJoin) => request<WaitlistEntry>('/waitlist', { method: 'POST', body });

export const leaveWaitlist = (id: string) => request<{ ok: true }>(`/waitlist/${enc(id)}`, { method: 'DELETE' });

export interface TransferList {
  items: Transfer[];
  usedThisMonth: number;
  monthlyLimit: number;
}

export const listTransfers = () => request<TransferList>('/transfers');

export const offerTransfer = (bookingId: string, recipientName: string, recipientPhone: string) =>
  request<{ id: string; expiresAt: string }>(`/bookings/${enc(bookingId)}/transfer`, {
    method: 'POST',
    body: { recipientName, recipientPhone },
  });

export const acceptTransfer = (id: string) => request<Booking>(`/transfers/${enc(id)}/accept`, { method: 'POST' });

export const declineTransfer = (id: string) => request<{ ok: true }>(`/transfers/${enc(id)}/decline`, { method: 'POST' });

/** The giver withdraws an offer nobody has accepted yet. */
export const withdrawTransfer = (id: string) => request<{ ok: true }>(`/transfers/${enc(id)}/cancel`, { method: 'POST' });

export const getNoShows = (patientId: string) => request<NoShowSummary>(`/patients/${enc(patientId)}/no-shows`);

export const appealNoShow = (bookingId: string, reason: string) =>
  request<{ id: string; status: string }>(`/bookings/${enc(bookingId)}/appeal`, { method: 'POST', body: { reason } });
