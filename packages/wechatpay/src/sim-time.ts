// Identifiers and timestamps in the shapes WeChat Pay uses, for the simulator.
import { randomInt } from 'node:crypto';

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** "2026-11-26T15:04:05+08:00": WeChat Pay's RFC 3339 times are Beijing time with the offset. */
export function rfc3339Shanghai(ms: number): string {
  return `${new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** "2026-11-26 15:04:05" as printed in bills. */
export function billTime(ms: number): string {
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** "2026-11-26": the Beijing calendar day a bill covers. */
export function billDate(ms: number): string {
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export function digits(count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(randomInt(10));
  return out;
}

export const newTransactionId = (): string => `4200${digits(24)}`;
export const newRefundId = (): string => `50${digits(30)}`;
export const newPrepayId = (ms: number): string => `wx${billTime(ms).replace(/\D/g, '').slice(2)}${digits(20)}`;
