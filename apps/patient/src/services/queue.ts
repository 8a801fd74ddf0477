import type { Booking, CheckInRequest, QueueStatus } from '@xinglin/contracts';
import { request } from './request';

/** 签到 and 排队 (apps/server modules/queue). */
const enc = encodeURIComponent;

export const checkIn = (bookingId: string, body: CheckInRequest) =>
  request<Booking>(`/bookings/${enc(bookingId)}/check-in`, { method: 'POST', body });

export const getQueue = (bookingId: string) => request<QueueStatus>(`/bookings/${enc(bookingId)}/queue`);

export const getBooking = (bookingId: string) => request<Booking>(`/bookings/${enc(bookingId)}`);
