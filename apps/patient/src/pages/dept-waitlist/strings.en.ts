import type { deptWaitlistZh } from './strings.zh';

export const deptWaitlistEn: Record<keyof typeof deptWaitlistZh, string> = {
  'title.deptWaitlist': 'Department waitlist',
  'dw.entry': 'Join the department waitlist',
  'dw.entryHint': 'Fully booked? Wait for any doctor here and get the next freed place',
  'dw.intro': 'Any doctor: when a place frees up in this department on a chosen day, it is held for you for 30 minutes in turn. Pay for it under Visits.',
  'dw.patient': 'Patient',
  'dw.noPatient': 'No verified patient yet. Complete real-name verification first.',
  'dw.toFamily': 'Manage patients',
  'dw.days': 'Days',
  'dw.daysHint': 'Choose up to {max} days ({n} chosen)',
  'dw.tooMany': 'Choose at most {max} days',
  'dw.tomorrow': 'Tomorrow',
  'dw.need.patient': 'Choose a patient',
  'dw.need.days': 'Choose at least one day',
  'dw.submit': 'Join waitlist',
  'dw.joined': 'You joined the waitlist; you are number {n} in line',
};
