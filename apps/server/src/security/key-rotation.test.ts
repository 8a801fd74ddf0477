import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { birthForAge, buildTestApp, lastCode, makeIdNumber, randomPhone, verifiedPatient } from '../../test/helper';
import { testConfig } from '../config';
import { queryRows } from '../db/client';
import { ENCRYPTED_COLUMNS, rotateKeys } from './key-rotation';
import { createProtection } from './protection';

const k1 = `k1:${Buffer.alloc(32, 1).toString('base64')}`;
const k2 = `k2:${Buffer.alloc(32, 2).toString('base64')}`;

// Rotation rewrites every encrypted value in the database, so it runs on a private PGlite.
describe('key rotation (npm run keys:rotate)', async () => {
  const t = await buildTestApp({ DATABASE_URL: undefined, FIELD_KEYS: k1, FIELD_KEY_ACTIVE: 'k1' });

  it('re-encrypts every value under the new key and leaves every record readable', async () => {
    const p = await verifiedPatient(t, '周芳', makeIdNumber(birthForAge(40)));
    await t.app.inject({ method: 'PUT', url: `/api/v1/patients/${p.self.id}/health-record`, headers: p.auth, payload: { heightCm: 160, weightKg: 55, bloodType: 'B', address: '杭州市西湖区文三路1号', pastHistory: '无', allergies: ['磺胺'], chronicConditions: [], medications: [], familyHistory: '', version: 0 } });
    const phone = randomPhone();
    const inv = await t.app.inject({ method: 'POST', url: '/api/v1/family/invitations', headers: p.auth, payload: { name: '周父', relation: 'parent', idNumber: makeIdNumber(birthForAge(68)), phone } });
    await t.app.inject({ method: 'POST', url: `/api/v1/family/invitations/${inv.json().invitationId}/confirm`, headers: p.auth, payload: { code: lastCode(t, phone) } });

    const both = createProtection(testConfig({ FIELD_KEYS: `${k1},${k2}`, FIELD_KEY_ACTIVE: 'k2' }));
    const report = await rotateKeys(t.database.db, both, 'k2', 2);
    expect(report.total).toBeGreaterThanOrEqual(8);
    expect(report.rotated['health_records.content_enc']).toBe(2); // the demo patient's and this test's

    // Nothing is left under k1, and a key ring holding only k2 decrypts everything.
    const onlyK2 = createProtection(testConfig({ FIELD_KEYS: k2, FIELD_KEY_ACTIVE: 'k2' }));
    for (const spec of ENCRYPTED_COLUMNS) {
      const rows = await queryRows<Record<string, string>>(
        t.database.db,
        sql.raw(`select ${spec.key.map((k) => `${k}::text as ${k}`).join(', ')}${spec.table === 'health_record_versions' ? ', patient_id::text as patient_id, version::text as version' : ''}, ${spec.column} as value from ${spec.table} where ${spec.column} is not null`),
      );
      for (const row of rows) {
        expect(row.value!.startsWith('v1.k2.'), `${spec.table}.${spec.column}`).toBe(true);
        expect(() => onlyK2.cipher.decrypt(row.value!, spec.context(row))).not.toThrow();
      }
    }
    expect((await rotateKeys(t.database.db, both, 'k2')).total).toBe(0);
  });
});
