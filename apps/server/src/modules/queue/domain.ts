/**
 * 签到与排队: pure rules. Check-in is allowed from 30 minutes before the slot until its end, at the department
 * (QR code) or within its radius; the predicted wait comes from this doctor's recent consultations.
 */

import { CHECK_IN_EARLY_MINUTES } from '@xinglin/contracts';

export const DEFAULT_CONSULT_MINUTES = 8;
/** Fewer recent consultations than this and the median is noise: use the default instead. */
export const MIN_SAMPLES = 3;
export const SAMPLE_SIZE = 20;

const EARTH_RADIUS_METRES = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine); plenty accurate at hospital scale. */
export function haversineMetres(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type WindowProblem = { kind: 'too_early'; opensAt: Date } | { kind: 'too_late'; closedAt: Date };

/** Check-in is open in [slot start − 30 min, slot end]. */
export function checkInWindowProblem(slot: { startsAt: Date; endsAt: Date }, now: Date): WindowProblem | null {
  const opensAt = new Date(slot.startsAt.getTime() - CHECK_IN_EARLY_MINUTES * 60_000);
  if (now < opensAt) return { kind: 'too_early', opensAt };
  if (now > slot.endsAt) return { kind: 'too_late', closedAt: slot.endsAt };
  return null;
}

/**
 * Typical consultation length in minutes: the median of the most recent durations (a median, so one long case
 * does not skew everyone's estimate). `durations` are minutes, newest first.
 */
export function averageConsultMinutes(durations: readonly number[]): number {
  const recent = durations.filter((d) => Number.isFinite(d) && d > 0).slice(0, SAMPLE_SIZE);
  if (recent.length < MIN_SAMPLES) return DEFAULT_CONSULT_MINUTES;
  const sorted = [...recent].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(median * 10) / 10;
}

export interface QueuePosition {
  visitNo: number;
  status: string;
}

/**
 * How many are before this patient: checked-in patients with a lower number, plus the one being seen.
 * Someone already called (or done) has nobody ahead.
 */
export function aheadOf(me: QueuePosition, session: readonly QueuePosition[]): number {
  // A confirmed patient not here yet sees the line as it would be if they checked in now.
  if (me.status !== 'checked_in' && me.status !== 'confirmed') return 0;
  const waiting = session.filter((b) => b.status === 'checked_in' && b.visitNo < me.visitNo).length;
  const beingSeen = session.some((b) => b.status === 'called') ? 1 : 0;
  return waiting + beingSeen;
}

export function predictedWaitMinutes(ahead: number, averageMinutes: number): number {
  return Math.round(ahead * averageMinutes);
}

/** China wall-clock time for messages, e.g. 11-26 08:30. */
export function chinaClock(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(5, 16).replace('T', ' ');
}
