import { daysUntil } from '../../../utils/format';

export type ExpiryTone = 'red' | 'orange' | 'green';

/**
 * How close a care relationship is to its end, for the tag beside the date (tested): the last day
 * is red, the last three orange, so a doctor can finish follow-ups before access lapses.
 */
export function relationshipExpiry(until: string, now: Date = new Date()): { days: number; tone: ExpiryTone } {
  const days = Math.max(0, daysUntil(until, now));
  return { days, tone: days === 0 ? 'red' : days <= 3 ? 'orange' : 'green' };
}
