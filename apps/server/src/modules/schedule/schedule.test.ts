import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/helper';
import { chinaDate } from './domain';

describe('doctor clinics with live availability', async () => {
  const t = await buildTestApp();
  const doctors = (await t.app.inject({ method: 'GET', url: '/api/v1/doctors?pageSize=100' })).json().items as { id: string; title: string }[];

  it('shows every doctor clinics in the next two weeks, split into 30-minute slots', async () => {
    let withClinics = 0;
    for (const d of doctors.slice(0, 20)) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/doctors/${d.id}/sessions?days=14` });
      expect(res.statusCode).toBe(200);
      const items = res.json().items;
      if (items.length > 0) withClinics++;
      for (const s of items) {
        expect(s.slots.length).toBeGreaterThan(0);
        expect(new Date(s.slots[0].endsAt).getTime() - new Date(s.slots[0].startsAt).getTime()).toBe(30 * 60_000);
        // Other files on a shared PostgreSQL may book template clinics; places are never negative or above capacity.
        expect(s.remaining).toBeGreaterThanOrEqual(0);
        expect(s.remaining).toBeLessThanOrEqual(s.capacity);
        expect(s.date >= chinaDate(new Date())).toBe(true);
      }
    }
    expect(withClinics).toBeGreaterThanOrEqual(18);
  });

  it('marks sessions beyond the release window as not yet released', async () => {
    const chief = doctors.find((d) => d.title === 'chief')!;
    const items = (await t.app.inject({ method: 'GET', url: `/api/v1/doctors/${chief.id}/sessions?days=14` })).json().items as { released: boolean; releaseAt: string; level: string; feeFen: number; period: string }[];
    expect(items.some((s) => s.released)).toBe(true);
    expect(items.some((s) => !s.released)).toBe(true);
    for (const s of items) expect(s.released).toBe(new Date(s.releaseAt) <= new Date());
    // Booking tests add general evening clinics to random doctors on a shared database; the template ones are expert.
    expect(items.filter((s) => s.period !== 'evening').every((s) => s.level !== 'general' && s.feeFen >= 3000)).toBe(true);
  });

  it('is idempotent to materialise twice and refuses bad input clearly', async () => {
    const d = doctors[0]!;
    const before = (await t.app.inject({ method: 'GET', url: `/api/v1/doctors/${d.id}/sessions?days=14` })).json().items.length;
    const { createScheduleService } = await import('./service');
    expect(await createScheduleService({ db: t.database.db }).materialize()).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/doctors/${d.id}/sessions?days=14` })).json().items.length).toBe(before);
    const bad = await t.app.inject({ method: 'GET', url: `/api/v1/doctors/${d.id}/sessions?from=2026-13-45&days=30` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.issues.map((i: { field: string }) => i.field).sort()).toEqual(['querystring.days', 'querystring.from']);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/doctors/nope/sessions' })).statusCode).toBe(404);
  });
});
