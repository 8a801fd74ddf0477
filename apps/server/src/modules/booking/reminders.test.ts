import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { bookingClient } from '../../../test/booking-helpers';
import { buildTestApp, loginPatient, openTestSlot, verifiedPatient } from '../../../test/helper';

describe('booking messages through the outbox', async () => {
  // Sweeps and deliveries act on every row, and the clock jumps days: this file keeps its own database.
  const t = await buildTestApp({ DATABASE_URL: undefined });
  const c = bookingClient(t);
  const inbox = async (auth: Record<string, string>) => (await c.call('GET', '/messages', auth)).json().items as { kind: string; title: string; body: string }[];
  const outbox = (bookingId: string) =>
    queryRows<{ dedupe_key: string; send_at: Date }>(t.database.db, sql`select dedupe_key, next_attempt_at as send_at from notification_outbox where dedupe_key like ${`booking:${bookingId}:%`} order by next_attempt_at`);

  it('tells the patient on booking with time, place and notes, and schedules two reminders', async () => {
    const slot = await openTestSlot(t, 2);
    const p = await verifiedPatient(t);
    const b = (await c.book(p.auth, p.self.id, slot.slotId)).json();
    await t.app.jobs.deliverNotifications();
    const [created] = await inbox(p.auth);
    expect(created).toMatchObject({ kind: 'booking.created', title: '预约成功' });
    expect(created!.body).toContain(b.location);
    expect(created!.body).toContain(b.departmentName);
    const keys = (await outbox(b.id)).map((r) => r.dedupe_key);
    expect(keys).toEqual([`booking:${b.id}:created`, `booking:${b.id}:remind:eve`, `booking:${b.id}:remind:hour`]);
    const hourBefore = (await outbox(b.id)).at(-1)!.send_at;
    expect(new Date(hourBefore).getTime()).toBe(new Date(b.startsAt).getTime() - 3600_000);

    // Not early: nothing more arrives until the evening before.
    await t.app.jobs.deliverNotifications();
    expect(await inbox(p.auth)).toHaveLength(1);
    t.clock.now = new Date(new Date(b.startsAt).getTime() - 3600_000 + 1000);
    await t.app.jobs.deliverNotifications();
    const auth = { authorization: `Bearer ${(await loginPatient(t, p.phone)).accessToken}` };
    expect((await inbox(auth)).map((m) => m.kind)).toEqual(['booking.reminder', 'booking.reminder', 'booking.created']);
  });

  it('drops the reminders of a cancelled booking and says it was cancelled', async () => {
    const slot = await openTestSlot(t, 2);
    const p = await verifiedPatient(t);
    const b = (await c.book(p.auth, p.self.id, slot.slotId)).json();
    await c.cancel(p.auth, b.id);
    const pending = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from notification_outbox where dedupe_key like ${`booking:${b.id}:remind:%`} and status = 'pending'`);
    expect(pending[0]!.n).toBe(0);
    await t.app.jobs.deliverNotifications();
    expect((await inbox(p.auth)).map((m) => m.kind)).toContain('booking.cancelled');
  });
});
