import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildTestApp, createStaff, loginStaff } from '../../../test/helper';
import { createAuditService } from './service';

describe('audit trail', async () => {
  const t = await buildTestApp();
  const audit = createAuditService({ db: t.database.db, rules: { bulkReadPatients: 3, bulkReadMinutes: 10, failedLoginThreshold: 5, failedLoginMinutes: 15 } });
  const staffLogin = (username: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/staff/sessions', payload: { username, password, totpCode: '000000' } });
  const auditorToken = async () => (await loginStaff(t, 'auditor')).accessToken;

  it('chains every row to the one before and verifies', async () => {
    await t.database.db.transaction(async (tx) => {
      for (let i = 0; i < 5; i++) {
        await audit.record(tx, { actor: { kind: 'system' }, objectType: 'test', action: 'ping', outcome: 'success' });
      }
    });
    const check = await audit.verify(2);
    expect(check.ok).toBe(true);
    expect(check.rows).toBeGreaterThanOrEqual(5);
  });

  it('refuses UPDATE and DELETE on the log', async () => {
    const refusal = (e: unknown) => /append-only/.test(String((e as { cause?: Error }).cause?.message ?? e));
    await expect(t.database.db.execute(sql`update audit_log set action = 'x' where seq = 1`)).rejects.toSatisfy(refusal);
    await expect(t.database.db.execute(sql`delete from audit_log where seq = 1`)).rejects.toSatisfy(refusal);
    await expect(t.database.db.execute(sql`truncate audit_log`)).rejects.toSatisfy(refusal);
  });

  it('records staff login failures and raises an alert after repeated ones', async () => {
    const user = (await createStaff(t, 'pharmacist')).username;
    for (let i = 0; i < 4; i++) expect((await staffLogin(user, `wrong-password-${i}xx`)).statusCode).toBe(401);
    expect((await staffLogin(user, 'wrong-password-4xx')).statusCode).toBe(423);
    const token = await auditorToken();
    const events = await t.app.inject({ method: 'GET', url: `/api/v1/audit/events?objectType=staff_login&outcome=failure`, headers: { authorization: `Bearer ${token}` } });
    expect(events.statusCode).toBe(200);
    expect(events.json().items.filter((e: { objectId: string }) => e.objectId === user).length).toBeGreaterThanOrEqual(5);
    const alerts = await t.app.inject({ method: 'GET', url: '/api/v1/audit/alerts', headers: { authorization: `Bearer ${token}` } });
    const alert = alerts.json().items.find((a: { kind: string; summary: string }) => a.kind === 'failed_logins' && a.summary.includes(user));
    expect(alert).toBeDefined();
    const ack = await t.app.inject({ method: 'POST', url: `/api/v1/audit/alerts/${alert.id}/acknowledge`, headers: { authorization: `Bearer ${token}` } });
    expect(ack.statusCode).toBe(204);
    const again = await t.app.inject({ method: 'POST', url: `/api/v1/audit/alerts/${alert.id}/acknowledge`, headers: { authorization: `Bearer ${token}` } });
    expect(again.statusCode).toBe(404);
  });

  it('alerts when a staff member reads more distinct patients than allowed in the window', async () => {
    const staffId = '00000000-0000-4000-8000-0000000000aa';
    await t.database.db.transaction(async (tx) => {
      for (let i = 0; i < 4; i++) {
        await audit.record(tx, { actor: { kind: 'staff', id: staffId, role: 'doctor' }, patientId: `00000000-0000-4000-8000-00000000000${i}`, objectType: 'health_record', action: 'read', outcome: 'success' });
      }
    });
    const alerts = await audit.listAlerts(true);
    expect(alerts.some((a) => a.kind === 'bulk_access' && a.actorId === staffId)).toBe(true);
  });

  it('lets only auditors read the trail', async () => {
    const admin = (await loginStaff(t, 'admin')).accessToken;
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/audit/events', headers: { authorization: `Bearer ${admin}` } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/audit/events' })).statusCode).toBe(401);
    const token = await auditorToken();
    const chain = await t.app.inject({ method: 'GET', url: '/api/v1/audit/chain', headers: { authorization: `Bearer ${token}` } });
    expect(chain.json()).toMatchObject({ ok: true });
  });

});

// Tampering is destructive, so it always runs on its own throwaway PGlite, even when CI points the rest at PostgreSQL.
describe('audit chain tampering', async () => {
  const t = await buildTestApp({ DATABASE_URL: undefined });
  const audit = createAuditService({ db: t.database.db });
  it('finds a row changed by hand, naming the first broken link', async () => {
    await t.database.db.transaction(async (tx) => {
      for (let i = 0; i < 5; i++) await audit.record(tx, { actor: { kind: 'system' }, objectType: 'test', action: 'ping', outcome: 'success' });
    });
    expect(await audit.verify()).toEqual({ ok: true, rows: 5 });
    await t.database.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await t.database.db.execute(sql`update audit_log set action = 'tampered' where seq = 3`);
    await t.database.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
    expect(await audit.verify(2)).toEqual({ ok: false, rows: 2, brokenAt: 3, reason: 'hash' });
  });
});
