import type { InboundReport } from '@xinglin/hl7';
import { validateMainlandIdNumber } from '@xinglin/identity';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { badRequest, notFound } from '../../errors';
import { isUuid } from '../../ids';
import { findPatient, findPatientByIdNumber } from '../patients/repository';
import { medicalCards } from '../patients/tables';
import type { StaffCaller } from '../records/clinical-side';
import { maskIdentifier } from './domain';
import { payloadContext, type createIngest } from './ingest';
import * as repo from './repository';
import type { ReportsCore, ReportsDeps } from './service';

const UNMATCHED = { zh: '待匹配结果', en: 'Unmatched result' };
const PATIENT = { zh: '就诊人', en: 'Patient' };

export interface MatchTarget {
  patientId?: string;
  cardNo?: string;
  idNumber?: string;
}

/** The console queue of results nobody could be matched to, and the staff action that assigns them. */
export function createUnmatchedQueue(deps: ReportsDeps, core: ReportsCore, ingest: ReturnType<typeof createIngest>) {
  const { db, protection, now } = deps;
  const actor = (caller: StaffCaller) => ({ kind: 'staff' as const, id: caller.principal.subjectId, role: caller.principal.roles[0] ?? null });

  async function targetPatient(tx: Tx, target: MatchTarget) {
    if (target.patientId) return isUuid(target.patientId) ? findPatient(tx, target.patientId) : null;
    if (target.cardNo) {
      const [card] = await tx.select({ patientId: medicalCards.patientId }).from(medicalCards).where(eq(medicalCards.cardNo, target.cardNo.toUpperCase()));
      return card ? findPatient(tx, card.patientId) : null;
    }
    const id = validateMainlandIdNumber(target.idNumber ?? '', now());
    if (!id.ok) throw badRequest('ID_NUMBER_INVALID', '身份证号码不正确', 'Invalid ID number', { field: 'idNumber' });
    return findPatientByIdNumber(tx, 'mainland_id', protection.index('id_number', id.normalized));
  }

  return {
    list: (caller: StaffCaller) =>
      db.transaction(async (tx) => {
        const rows = await repo.openUnmatched(tx);
        const reports = await repo.reportsOfUnmatched(tx, rows.map((r) => r.id));
        // Staff see the sender's demographics to find the right person: each look is audited.
        await core.audit(tx, { actor: actor(caller), objectType: 'report_unmatched', objectId: null, action: 'list', outcome: 'success', ip: caller.ip, requestId: caller.requestId });
        // An entry whose reports all found their patient since (a matched correction) has nothing left to do.
        const waiting = (id: string) => reports.filter((p) => p.unmatchedId === id && !p.patientId);
        return rows.filter((r) => waiting(r.id).length > 0).map((r) => {
          const message = JSON.parse(protection.cipher.decrypt(r.payloadEnc, payloadContext(r.id))) as InboundReport;
          return {
            id: r.id,
            receivedAt: r.receivedAt.toISOString(),
            reason: r.reason,
            source: message.source,
            sendingFacility: message.sendingFacility ?? '',
            patient: {
              name: message.patient.name ?? null,
              birthDate: message.patient.birthDate ?? null,
              sex: message.patient.sex ?? null,
              identifiers: message.patient.identifiers.map((i) => ({ type: i.type ?? null, authority: i.authority ?? null, valueMasked: maskIdentifier(i.value) })),
            },
            reports: waiting(r.id).map((p) => ({ id: p.id, name: p.name, collectedAt: p.collectedAt?.toISOString() ?? null })),
          };
        });
      }),

    match: (caller: StaffCaller, unmatchedId: string, target: MatchTarget) =>
      db.transaction(async (tx) => {
        const entry = isUuid(unmatchedId) ? await repo.findUnmatched(tx, unmatchedId) : null;
        if (!entry || entry.resolvedAt) throw notFound(UNMATCHED);
        const patient = await targetPatient(tx, target);
        if (!patient) throw notFound(PATIENT);
        const at = now();
        await repo.resolveUnmatched(tx, entry.id, patient.id, caller.principal.subjectId, at);
        const assigned = await repo.assignPatient(tx, entry.id, patient.id, at);
        await core.audit(tx, { actor: actor(caller), patientId: patient.id, objectType: 'report_unmatched', objectId: entry.id, action: 'match', outcome: 'success', ip: caller.ip, requestId: caller.requestId });
        for (const report of assigned) if (report.status === 'ready' || report.status === 'corrected') await ingest.notifyReady(tx, patient, report);
        return { id: entry.id, patientId: patient.id, reportIds: assigned.map((r) => r.id) };
      }),
  };
}
