import type { Tx } from '../../db/client';
import { isUuid } from '../../ids';
import type { StaffCaller } from '../records/clinical-side';
import { liveRelationships } from '../records/repository';
import { notFoundReport, type ReportsCore, type ReportsDeps } from './service';

/**
 * The doctor's view: only patients with a live care relationship (booking, consultation or the patient's
 * grant). Without one the answer is 404 and the attempt is audited as denied before the 404 goes out.
 */
export function createClinicalReports(deps: ReportsDeps, core: ReportsCore) {
  const { db, now } = deps;

  async function mayRead(tx: Tx, caller: StaffCaller, patientId: string): Promise<boolean> {
    const staff = await deps.auth.describeStaff(tx, caller.principal.subjectId);
    if (!staff?.doctorId || !isUuid(patientId)) return false;
    return (await liveRelationships(tx, { doctorId: staff.doctorId, patientId }, now())).length > 0;
  }

  const audit = (tx: Tx, caller: StaffCaller, patientId: string | null, objectType: string, objectId: string, outcome: 'success' | 'denied') =>
    core.audit(tx, {
      actor: { kind: 'staff', id: caller.principal.subjectId, role: caller.principal.roles[0] ?? null },
      patientId: patientId && isUuid(patientId) ? patientId : null,
      objectType,
      objectId: objectId.slice(0, 64),
      action: 'read',
      outcome,
      purpose: caller.purpose ?? '诊疗',
      ip: caller.ip,
      requestId: caller.requestId,
    });

  /** Runs `read` when the doctor may see this patient; commits the denied trace and answers 404 otherwise. */
  async function guarded<T>(caller: StaffCaller, target: (tx: Tx) => Promise<{ patientId: string | null; objectType: string; objectId: string }>, read: (tx: Tx, patientId: string) => Promise<T>): Promise<T> {
    const outcome = await db.transaction(async (tx) => {
      const t = await target(tx);
      if (!t.patientId || !(await mayRead(tx, caller, t.patientId))) {
        await audit(tx, caller, t.patientId, t.objectType, t.objectId, 'denied');
        return { ok: false as const };
      }
      await audit(tx, caller, t.patientId, t.objectType, t.objectId, 'success');
      return { ok: true as const, value: await read(tx, t.patientId) };
    });
    if (!outcome.ok) throw notFoundReport();
    return outcome.value;
  }

  return {
    list: (caller: StaffCaller, patientId: string) =>
      guarded(caller, async () => ({ patientId, objectType: 'report_list', objectId: patientId }), (tx, id) => core.list(tx, id)),

    detail: (caller: StaffCaller, reportId: string) => {
      let row: Awaited<ReturnType<ReportsCore['find']>> = null;
      return guarded(
        caller,
        async (tx) => {
          row = await core.find(tx, reportId);
          return { patientId: row?.patientId ?? null, objectType: 'report', objectId: reportId };
        },
        (tx) => core.detail(tx, row!),
      );
    },

    trend: (caller: StaffCaller, patientId: string, code: string) =>
      guarded(caller, async () => ({ patientId, objectType: 'report_trend', objectId: patientId }), (tx, id) => core.trend(tx, id, code)),
  };
}
