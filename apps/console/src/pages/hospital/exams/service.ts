import { z } from 'zod';
import { examCapacityListSchema, examPackageListSchema, vaccineCapacityListSchema, vaccineListSchema, type DayAvailability } from '@xinglin/contracts';
import { request } from '../../../services/request';

export type { DayAvailability };

/**
 * 体检/疫苗 admin (apps/server exams/admin-routes): every package and vaccine, inactive too, with the next 14 days,
 * and the capacity rows of the days from..to (exact booked counts, and the exam centre's daily total).
 */
export async function fetchOffers(from: string, to: string, signal?: AbortSignal) {
  const [packages, vaccines, examCounts, vaccineCounts] = await Promise.all([
    request('/admin/exam-packages', { schema: examPackageListSchema, signal }),
    request('/admin/vaccines', { schema: vaccineListSchema, signal }),
    request('/admin/exam-capacity', { query: { from, to }, schema: examCapacityListSchema, signal }),
    request('/admin/vaccine-capacity', { query: { from, to }, schema: vaccineCapacityListSchema, signal }),
  ]);
  return {
    packages: packages.items,
    vaccines: vaccines.items,
    examCounts: examCounts.items.map((c) => ({ id: c.packageId, date: c.date, capacity: c.capacity, booked: c.booked })),
    vaccineCounts: vaccineCounts.items.map((c) => ({ id: c.vaccineId, date: c.date, capacity: c.capacity, booked: c.booked })),
  };
}

const setResult = z.object({ date: z.string(), capacity: z.number(), booked: z.number() });
export type CapacitySet = z.infer<typeof setResult>;

/**
 * A day's places for a package, or the exam centre's shared limit (packageId null). The server refuses a number
 * below the places already booked; the form shows that refusal itself (skipErrorHandler).
 */
export const setExamCapacity = (body: { date: string; packageId: string | null; capacity: number }) =>
  request('/admin/exam-capacity', { method: 'PUT', body, schema: setResult, skipErrorHandler: true });

export const setVaccineCapacity = (body: { vaccineId: string; date: string; capacity: number }) =>
  request('/admin/vaccine-capacity', { method: 'PUT', body, schema: setResult, skipErrorHandler: true });
