import type { visitsZh } from './strings.zh';

export const visitsEn: Record<keyof typeof visitsZh, string> = {
  'visits.checkinOpens': 'Check-in opens at {time} (30 minutes before your visit)',
};
