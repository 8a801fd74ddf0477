import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { bulkVerifiedPatients } from '../../../test/bulk-patients';
import { bookingClient } from '../../../test/booking-helpers';
import { buildTestApp, openTestSlot } from '../../../test/helper';

/** The release-time rush (放号) on whatever database the run uses; CI runs it on PostgreSQL. */
describe('booking under concurrency', async () => {
  const t = await buildTestApp();
  const c = bookingClient(t);
  const active = async (slotId: string) => {
    const [row] = await queryRows<{ rows: number; patients: number; booked: number }>(
      t.database.db,
      sql`select count(*)::int as rows, count(distinct patient_id)::int as patients, (select booked from slots where id = ${slotId})::int as booked
          from bookings where slot_id = ${slotId} and status in ('held', 'confirmed', 'checked_in', 'called')`,
    );
    return row!;
  };

  // Thousands on PostgreSQL (CI); a few hundred on the in-process PGlite, which runs one statement at a time anyway.
  const attempts = t.config.databaseUrl ? 2000 : 300;

  it(`gives exactly \`capacity\` places to ${attempts} simultaneous attempts`, { timeout: 300_000 }, async () => {
    const slot = await openTestSlot(t, 30);
    const patients = await bulkVerifiedPatients(t, attempts);
    const results = await Promise.all(patients.map((p) => c.book(p.auth, p.patientId, slot.slotId)));
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(30);
    expect(results.filter((r) => r.statusCode !== 201).every((r) => r.statusCode === 409 && r.json().code === 'SLOT_FULL')).toBe(true);
    expect(await active(slot.slotId)).toEqual({ rows: 30, patients: 30, booked: 30 });
  });

  it('keeps places and limits exact while holders cancel, the waitlist is promoted and newcomers book at once', { timeout: 300_000 }, async () => {
    const slot = await openTestSlot(t, 20);
    const { sessionId } = await c.sessionOf(slot.slotId);
    const [holders, waiters, newcomers] = [await bulkVerifiedPatients(t, 20), await bulkVerifiedPatients(t, 10), await bulkVerifiedPatients(t, 300)];
    const held: string[] = [];
    for (const h of holders) held.push((await c.book(h.auth, h.patientId, slot.slotId)).json().id as string);
    for (const w of waiters) expect((await c.call('POST', '/waitlist', w.auth, { patientId: w.patientId, sessionId })).statusCode).toBe(201);
    // 15 holders cancel while 300 newcomers book and 15 of the same holders try to re-book at the same instant.
    const results = await Promise.all([
      ...holders.slice(0, 15).map((h, i) => c.cancel(h.auth, held[i]!)),
      ...holders.slice(0, 15).map((h) => c.book(h.auth, h.patientId, slot.slotId)),
      ...newcomers.map((n) => c.book(n.auth, n.patientId, slot.slotId)),
    ]);
    expect(results.slice(0, 15).every((r) => r.statusCode === 200)).toBe(true);
    const state = await active(slot.slotId);
    expect(state.booked).toBe(state.rows); // the counter and the rows agree: nothing lost, nothing doubled
    expect(state.rows).toBeLessThanOrEqual(20);
    expect(state.patients).toBe(state.rows); // nobody holds two places
    // Freed places went to the waitlist first: all 10 waiters got one (15 places were freed).
    const promoted = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from bookings where slot_id = ${slot.slotId} and origin = 'waitlist' and status = 'held'`);
    expect(promoted[0]!.n).toBe(10);
    // The per-account open counters match the rows they count.
    const drift = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from account_open_bookings a where a.account_id in (select account_id from bookings where slot_id = ${slot.slotId})
          and a.open <> (select count(*) from bookings b where b.account_id = a.account_id and b.open_counted)`,
    );
    expect(drift[0]!.n).toBe(0);
  });

  it('gives a freed place to the line even while new bookings race for it', async () => {
    const slot = await openTestSlot(t, 2);
    const { sessionId } = await c.sessionOf(slot.slotId);
    const holders = [...(await bulkVerifiedPatients(t, 2))];
    const bookings: { id: string }[] = [];
    for (const h of holders) bookings.push((await c.book(h.auth, h.patientId, slot.slotId)).json());
    const [waiter] = await bulkVerifiedPatients(t, 1);
    await c.call('POST', '/waitlist', waiter!.auth, { patientId: waiter!.patientId, sessionId });
    const racers = await bulkVerifiedPatients(t, 8);
    const [cancelled, ...attempts] = await Promise.all([c.cancel(holders[0]!.auth, bookings[0]!.id), ...racers.map((r) => c.book(r.auth, r.patientId, slot.slotId))]);
    expect(cancelled!.statusCode).toBe(200);
    expect(attempts.filter((a) => a.statusCode === 201)).toHaveLength(0);
    expect(attempts.every((a) => a.json().code === 'SLOT_FULL')).toBe(true);
    expect((await c.mine(waiter!.auth))[0]).toMatchObject({ status: 'held', origin: 'waitlist' });
    expect(await c.booked(slot.slotId)).toBe(2);
  });
});
