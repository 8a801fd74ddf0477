import { sql } from 'drizzle-orm';
import { queryRows } from '../src/db/client';
import type { TestApp } from './helper';

type Auth = Record<string, string>;

/** Booking-context shortcuts shared by the booking test files. */
export function bookingClient(t: TestApp) {
  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, headers: Auth, payload?: object) => t.app.inject({ method, url: `/api/v1${url}`, headers, payload });
  return {
    call,
    book: (auth: Auth, patientId: string, slotId: string) => call('POST', '/bookings', auth, { patientId, slotId }),
    cancel: (auth: Auth, id: string) => call('POST', `/bookings/${id}/cancel`, auth),
    mine: async (auth: Auth) => (await call('GET', '/bookings', auth)).json().items as { id: string; status: string; origin: string; holdExpiresAt: string; visitNo: number; patientId: string }[],
    waitlist: async (auth: Auth) => (await call('GET', '/waitlist', auth)).json().items as { id: string; status: string; position: number | null; bookingId: string | null }[],
    async booked(slotId: string) {
      const [row] = await queryRows<{ booked: number; capacity: number }>(t.database.db, sql`select booked, capacity from slots where id = ${slotId}`);
      return Number(row!.booked);
    },
    async sessionOf(slotId: string) {
      const [row] = await queryRows<{ session_id: string; department_id: string }>(
        t.database.db,
        sql`select s.session_id, d.department_id from slots s join clinic_sessions c on c.id = s.session_id join doctors d on d.id = c.doctor_id where s.id = ${slotId}`,
      );
      return { sessionId: row!.session_id, departmentId: row!.department_id };
    },
    /** Payment belongs to the payments issue; until then a test marks a booking paid directly in the database. */
    async markPaid(bookingId: string) {
      await t.database.db.transaction((tx) => tx.execute(sql`update bookings set status = 'confirmed', hold_expires_at = null where id = ${bookingId} and status = 'held'`));
    },
  };
}
