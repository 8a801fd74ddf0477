import type { HealthRecord, HealthRecordFields } from '@xinglin/contracts';
import { maskName } from '@xinglin/field-crypto';
import { notFound } from '../../errors';
import type { Caller } from '../patients/service';
import * as repo from './repository';
import type { RecordsCore, RecordsDeps } from './service';
import { isUuid } from '../../ids';

const GRANT = { zh: '授权', en: 'Grant' };

/** The patient app's side: the record (self, minors in care, or adults who granted it), its history and its readers. */
export function createPatientRecords(deps: RecordsDeps, core: RecordsCore) {
  const { db, now } = deps;
  const audit = (tx: Parameters<RecordsCore['read']>[0], caller: Caller, patientId: string, objectType: string, action: string) =>
    deps.audit.record(tx, { actor: { kind: 'patient', id: caller.accountId, role: 'patient' }, patientId, objectType, objectId: patientId, action, outcome: 'success', ip: caller.ip, requestId: caller.requestId });

  return {
    async getRecord(caller: Caller, patientId: string): Promise<HealthRecord> {
      return db.transaction(async (tx) => {
        await deps.patients.core.requireAccess(tx, caller, patientId, 'record');
        await audit(tx, caller, patientId, 'health_record', 'read');
        return core.read(tx, patientId);
      });
    },

    async updateRecord(caller: Caller, patientId: string, input: HealthRecordFields & { version: number }): Promise<HealthRecord> {
      return db.transaction(async (tx) => {
        await deps.patients.core.requireAccess(tx, caller, patientId, 'record');
        const { version, ...fields } = input;
        const { record } = await core.write(tx, patientId, fields, version, { kind: 'patient', id: caller.accountId });
        await audit(tx, caller, patientId, 'health_record', 'update');
        return record;
      });
    },

    async versions(caller: Caller, patientId: string) {
      return db.transaction(async (tx) => {
        await deps.patients.core.requireAccess(tx, caller, patientId, 'record');
        const rows = await repo.versionsOf(tx, patientId);
        const out = [];
        for (const v of rows) {
          let changedBy = '本人';
          if (v.changedByKind === 'staff') changedBy = (await deps.auth.describeStaff(tx, v.changedById))?.displayName ?? '医院工作人员';
          else if (v.changedById !== caller.accountId) changedBy = maskName((await deps.auth.describeAccount(tx, v.changedById))?.displayName ?? '家人');
          out.push({ version: v.version, changedAt: v.changedAt.toISOString(), changedBy, fields: v.fields });
        }
        return out;
      });
    },

    /** "Who viewed my record": every staff access, with name, role, department, purpose. */
    async accessLog(caller: Caller, patientId: string) {
      return db.transaction(async (tx) => {
        await deps.patients.core.requireAccess(tx, caller, patientId, 'record');
        const rows = await deps.audit.staffAccessesTo(tx, patientId);
        const out = [];
        for (const r of rows) {
          const staff = r.actorId ? await deps.auth.describeStaff(tx, r.actorId) : null;
          const doctor = staff?.doctorId ? await deps.catalog.describeDoctor(tx, staff.doctorId) : null;
          out.push({
            at: r.at.toISOString(),
            staffName: staff?.displayName ?? '医院工作人员',
            role: r.actorRole ?? staff?.role ?? 'staff',
            department: doctor?.departmentName ?? null,
            action: r.action,
            purpose: r.purpose,
            outcome: r.outcome as 'success' | 'denied' | 'failure',
          });
        }
        return out;
      });
    },

    async grants(caller: Caller, patientId: string) {
      return db.transaction(async (tx) => {
        await deps.patients.core.requireAccess(tx, caller, patientId, 'record');
        const rows = await repo.liveRelationships(tx, { patientId }, now());
        const out = [];
        for (const r of rows) {
          const d = await deps.catalog.describeDoctor(tx, r.doctorId);
          out.push({ id: r.id, doctorId: r.doctorId, doctorName: d?.name ?? '', departmentName: d?.departmentName ?? '', validUntil: r.validUntil.toISOString(), source: r.source });
        }
        return out;
      });
    },

    /** The patient lets one doctor read their record for some days (授权医生查看). */
    async grant(caller: Caller, patientId: string, doctorId: string, days: number) {
      return db.transaction(async (tx) => {
        await deps.patients.core.requireAccess(tx, caller, patientId, 'record');
        const doctor = await deps.catalog.describeDoctor(tx, doctorId);
        if (!doctor) throw notFound({ zh: '医生', en: 'Doctor' });
        const at = now();
        const until = new Date(at.getTime() + days * 86_400_000);
        // A second grant to the same doctor extends the live one instead of stacking rows.
        const live = (await repo.liveRelationships(tx, { patientId, doctorId }, at)).find((r) => r.source === 'patient_grant');
        const row = live
          ? await repo.extendRelationship(tx, live.id, until > live.validUntil ? until : live.validUntil)
          : await repo.insertRelationship(tx, { patientId, doctorId, source: 'patient_grant', validFrom: at, validUntil: until, createdBy: caller.accountId });
        await audit(tx, caller, patientId, 'care_relationship', 'grant');
        return { id: row.id, doctorId, doctorName: doctor.name, departmentName: doctor.departmentName, validUntil: row.validUntil.toISOString(), source: row.source };
      });
    },

    async revokeGrant(caller: Caller, patientId: string, grantId: string): Promise<void> {
      await db.transaction(async (tx) => {
        await deps.patients.core.requireAccess(tx, caller, patientId, 'record');
        if (!isUuid(grantId) || !(await repo.revokeRelationship(tx, grantId, patientId, now()))) throw notFound(GRANT);
        await audit(tx, caller, patientId, 'care_relationship', 'revoke');
      });
    },
  };
}
