import type { ExamBooking, Vaccination } from '@xinglin/contracts';

/** One row of 我的体检与接种, whichever kind. */
export interface Entry {
  kind: 'exam' | 'vaccination';
  id: string;
  title: string;
  patientName: string;
  date: string;
  status: string;
  priceFen: number;
}

export const isOpen = (e: Entry) => e.status === 'held' || e.status === 'confirmed';

/** Cancel is offered for open bookings until the day before (the server refuses on the day). */
export const canCancel = (e: Entry, today: string) => isOpen(e) && e.date > today;

/** Open bookings first, soonest first; then the rest, newest first. */
export function toEntries(exams: ExamBooking[], vaccinations: Vaccination[]): Entry[] {
  const all: Entry[] = [
    ...exams.map((b) => ({ kind: 'exam' as const, id: b.id, title: b.packageName, patientName: b.patientName, date: b.date, status: b.status, priceFen: b.priceFen })),
    ...vaccinations.map((v) => ({ kind: 'vaccination' as const, id: v.id, title: `${v.vaccineName} · ${v.doseNo}/${v.doses}`, patientName: v.patientName, date: v.date, status: v.status, priceFen: v.priceFen })),
  ];
  const open = all.filter(isOpen).sort((a, b) => a.date.localeCompare(b.date));
  const rest = all.filter((e) => !isOpen(e)).sort((a, b) => b.date.localeCompare(a.date));
  return [...open, ...rest];
}
