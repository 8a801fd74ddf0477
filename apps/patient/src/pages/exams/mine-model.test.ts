import type { ExamBooking, Vaccination } from '@xinglin/contracts';
import { describe, expect, it } from 'vitest';
import { canCancel, toEntries } from './mine-model';

const exam = (id: string, date: string, status: ExamBooking['status']): ExamBooking => ({
  id, packageId: 'p', packageName: '入职体检', patientId: 'x', patientName: '张三', date, status, priceFen: 19900, holdExpiresAt: null, createdAt: `${date}T00:00:00.000Z`,
});
const shot = (id: string, date: string, status: Vaccination['status']): Vaccination => ({
  id, vaccineId: 'v', vaccineName: '乙肝疫苗', patientId: 'x', patientName: '张三', doseNo: 2, doses: 3, date, status, priceFen: 6000, holdExpiresAt: null, createdAt: `${date}T00:00:00.000Z`, givenAt: null,
});

describe('my exams and vaccinations', () => {
  it('lists open bookings first, soonest first, then the rest newest first', () => {
    const entries = toEntries([exam('a', '2026-12-05', 'held'), exam('b', '2026-11-01', 'cancelled')], [shot('c', '2026-12-01', 'confirmed'), shot('d', '2026-11-20', 'given')]);
    expect(entries.map((e) => e.id)).toEqual(['c', 'a', 'd', 'b']);
    expect(entries[0]).toMatchObject({ kind: 'vaccination', title: '乙肝疫苗 · 2/3' });
  });

  it('offers cancel for open bookings until the day before', () => {
    const [e] = toEntries([exam('a', '2026-12-05', 'held')], []);
    expect(canCancel(e!, '2026-12-04')).toBe(true);
    expect(canCancel(e!, '2026-12-05')).toBe(false);
    expect(canCancel({ ...e!, status: 'cancelled' }, '2026-12-01')).toBe(false);
  });
});
