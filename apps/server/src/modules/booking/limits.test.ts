import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bulkVerifiedPatients } from '../../../test/bulk-patients';
import { buildTestApp } from '../../../test/helper';
import { closeBooking, enterDepartment, openBooking } from './repository';

/** The per-account and per-patient-day counters are single conditional upserts: each must stop exactly at its limit. */
describe('booking limit counters', async () => {
  const t = await buildTestApp();
  const db = t.database.db;

  it('counts open bookings up to the limit, then again after one closes', async () => {
    const [p] = await bulkVerifiedPatients(t, 1);
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push(await openBooking(db, p!.accountId, 2));
    expect(outcomes).toEqual([true, true, false]);
    await closeBooking(db, p!.accountId);
    expect(await openBooking(db, p!.accountId, 2)).toBe(true);
    expect(await openBooking(db, p!.accountId, 0)).toBe(false);
  });

  it('counts departments of a patient day up to the limit; a department already counted is always allowed', async () => {
    const patientId = randomUUID();
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const enter = (dept: string) => enterDepartment(db, patientId, '2026-12-01', dept, 2);
    expect([await enter(a), await enter(b), await enter(a), await enter(c)]).toEqual([true, true, true, false]);
    // Another day starts from zero.
    expect(await enterDepartment(db, patientId, '2026-12-02', c, 2)).toBe(true);
  });
});
