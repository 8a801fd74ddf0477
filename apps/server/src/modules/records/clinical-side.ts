import type { HealthRecord } from '@xinglin/contracts';
import { notFound } from '../../errors';
import type { Principal } from '../auth/service';
import * as repo from './repository';
import type { RecordsCore, RecordsDeps } from './service';
import { isUuid } from '../../ids';

const PATIENT = { zh: '患者', en: 'Patient' };

export interface StaffCaller {
  principal: Principal;
  ip?: string;
  requestId?: string;
  purpose?: string;
}

/**
 * The doctor's side. A doctor sees a patient only through a live care relationship; without one the answer is
 * 404 and the attempt is audited as denied, so probing leaves a trace.
 */
export function createClinicalRecords(deps: RecordsDeps, core: RecordsCore) {
  const { db, now } = deps;

  async function staffOf(tx: Parameters<RecordsCore['read']>[0], caller: StaffCaller) {
    const staff = await deps.auth.describeStaff(tx, caller.principal.subjectId);
    if (!staff) throw notFound(PATIENT);
    return staff;
  }

  const record = (tx: Parameters<RecordsCore['read']>[0], caller: StaffCaller, patientId: string | null, action: string, outcome: 'success' | 'denied') =>
    deps.audit.record(tx, {
      actor: { kind: 'staff', id: caller.principal.subjectId, role: caller.principal.roles[0] ?? null },
      patientId: patientId && isUuid(patientId) ? patientId : null,
      objectType: 'health_record',
      objectId: patientId,
      action,
      outcome,
      purpose: caller.purpose ?? '诊疗',
      ip: caller.ip,
      requestId: caller.requestId,
    });

  return {
    async searchPatients(caller: StaffCaller, q: string | undefined) {
      return db.transaction(async (tx) => {
        const staff = await staffOf(tx, caller);
        const rels = staff.doctorId ? await repo.liveRelationships(tx, { doctorId: staff.doctorId }, now()) : [];
        const until = new Map<string, Date>();
        for (const r of rels) if (!until.has(r.patientId) || until.get(r.patientId)! < r.validUntil) until.set(r.patientId, r.validUntil);
        const out = [];
        for (const [patientId, validUntil] of until) {
          const p = await deps.patients.core.clinicalView(tx, patientId);
          if (!p) continue;
          if (q && !p.name.includes(q) && !p.cards.some((c) => c === q.toUpperCase())) continue;
          // Each patient a search shows is a look at that patient's data, so each is audited.
          await record(tx, caller, p.id, 'search', 'success');
          const { addressIndex: _a, ...view } = p;
          out.push({ ...view, relationshipUntil: validUntil.toISOString() });
        }
        return out;
      });
    },

    async readRecord(caller: StaffCaller, patientId: string): Promise<HealthRecord> {
      const outcome = await db.transaction(async (tx) => {
        const staff = await staffOf(tx, caller);
        const rels = staff.doctorId && isUuid(patientId) ? await repo.liveRelationships(tx, { doctorId: staff.doctorId, patientId }, now()) : [];
        if (rels.length === 0) {
          await record(tx, caller, patientId, 'read', 'denied');
          return null;
        }
        await record(tx, caller, patientId, 'read', 'success');
        const person = await deps.patients.core.clinicalView(tx, patientId);
        if (person && staff.surname && staff.addressIndex && person.name.startsWith(staff.surname) && person.addressIndex === staff.addressIndex) {
          await deps.audit.raiseAlert(tx, { kind: 'relative_access', severity: 'high', actorId: staff.id, patientId, summary: `${staff.displayName} read the record of a patient with the same surname and home address` });
        }
        return core.read(tx, patientId);
      });
      // The denied attempt is committed before the 404 goes out.
      if (!outcome) throw notFound(PATIENT);
      return outcome;
    },
  };
}
