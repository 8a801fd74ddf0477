import type { ExamBooking, Vaccination } from '@xinglin/contracts';
import type { ExamBookingRow } from './repository';
import type { VaccinationRow } from './vaccine-repository';

/** Rows as the API shows them. */
export const toExamBooking = (b: ExamBookingRow & { packageName: string; patientName: string }): ExamBooking => ({
  id: b.id,
  packageId: b.packageId,
  packageName: b.packageName,
  patientId: b.patientId,
  patientName: b.patientName,
  date: b.date,
  status: b.status as ExamBooking['status'],
  priceFen: b.priceFen,
  holdExpiresAt: b.holdExpiresAt?.toISOString() ?? null,
  createdAt: b.createdAt.toISOString(),
});

export const toVaccination = (v: VaccinationRow & { vaccineName: string; doses: number; patientName: string }): Vaccination => ({
  id: v.id,
  vaccineId: v.vaccineId,
  vaccineName: v.vaccineName,
  patientId: v.patientId,
  patientName: v.patientName,
  doseNo: v.doseNo,
  doses: v.doses,
  date: v.date,
  status: v.status as Vaccination['status'],
  priceFen: v.priceFen,
  holdExpiresAt: v.holdExpiresAt?.toISOString() ?? null,
  createdAt: v.createdAt.toISOString(),
  givenAt: v.givenAt?.toISOString() ?? null,
});
