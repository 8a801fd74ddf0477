import type { ReportDetail } from '@xinglin/contracts';
import type { Tx } from '../../db/client';
import { conflict, notFound } from '../../errors';
import { isUuid } from '../../ids';
import type { Caller } from '../patients/service';
import { isReadable } from './domain';
import { reportPdf } from './pdf';
import * as repo from './repository';
import { notFoundReport, patientActor, type ReportsCore, type ReportsDeps } from './service';
import { createShareTokens } from './share-token';

const SHARE = { zh: '分享链接', en: 'Share link' };

/**
 * The patient app's side: the patient, and accounts that manage them with the record grant (the same rule as
 * the health record). Everyone else gets 404; every view, download and share is audited.
 */
export function createPatientReports(deps: ReportsDeps, core: ReportsCore) {
  const { db, now } = deps;
  const tokens = createShareTokens(deps.authSecret);
  const audit = (tx: Tx, caller: Caller, patientId: string, objectType: string, objectId: string, action: string) =>
    core.audit(tx, { actor: patientActor(caller.accountId), patientId, objectType, objectId, action, outcome: 'success', ip: caller.ip, requestId: caller.requestId });

  /** The report if this caller may read it; 404 otherwise, whatever the reason. */
  async function readable(tx: Tx, caller: Caller, reportId: string) {
    const row = await core.find(tx, reportId);
    if (!row) throw notFoundReport();
    await deps.patients.core.requireAccess(tx, caller, row.patientId, 'record').catch(() => {
      throw notFoundReport();
    });
    return row;
  }

  const shareView = (s: repo.ShareRow) => ({
    id: s.id,
    reportId: s.reportId,
    recipient: s.recipient,
    createdAt: s.createdAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    revokedAt: s.revokedAt?.toISOString() ?? null,
    openCount: s.openCount,
  });

  return {
    list: (caller: Caller, patientId: string, status?: string) =>
      db.transaction(async (tx) => {
        await deps.patients.core.requireAccess(tx, caller, patientId, 'record');
        await audit(tx, caller, patientId, 'report_list', patientId, 'read');
        return core.list(tx, patientId, status);
      }),

    detail: (caller: Caller, reportId: string): Promise<ReportDetail> =>
      db.transaction(async (tx) => {
        const row = await readable(tx, caller, reportId);
        await audit(tx, caller, row.patientId, 'report', row.id, 'read');
        return core.detail(tx, row);
      }),

    async pdf(caller: Caller, reportId: string): Promise<{ pdf: Buffer; fileName: string }> {
      const { detail, name } = await db.transaction(async (tx) => {
        const row = await readable(tx, caller, reportId);
        if (!isReadable(row.status)) throw notReady();
        await audit(tx, caller, row.patientId, 'report', row.id, 'download');
        const patient = await deps.patients.core.access(tx, caller.accountId, row.patientId);
        return { detail: await core.detail(tx, row), name: patient?.patient.name ?? '' };
      });
      return { pdf: await reportPdf(detail, name, now()), fileName: `report-${detail.id.slice(0, 8)}.pdf` };
    },

    analytes: (caller: Caller, patientId: string) =>
      db.transaction(async (tx) => {
        await deps.patients.core.requireAccess(tx, caller, patientId, 'record');
        await audit(tx, caller, patientId, 'report_trend', patientId, 'read');
        return core.analytes(tx, patientId);
      }),

    trend: (caller: Caller, patientId: string, code: string) =>
      db.transaction(async (tx) => {
        await deps.patients.core.requireAccess(tx, caller, patientId, 'record');
        await audit(tx, caller, patientId, 'report_trend', patientId, 'read');
        return core.trend(tx, patientId, code);
      }),

    createShare: (caller: Caller, reportId: string, input: { hours?: number; recipient?: string }) =>
      db.transaction(async (tx) => {
        const row = await readable(tx, caller, reportId);
        if (!isReadable(row.status)) throw notReady();
        const at = now();
        const share = await repo.insertShare(tx, {
          reportId: row.id,
          patientId: row.patientId,
          createdBy: caller.accountId,
          recipient: input.recipient || null,
          createdAt: at,
          expiresAt: new Date(at.getTime() + (input.hours ?? deps.shareTtlHours) * 3600_000),
        });
        await audit(tx, caller, row.patientId, 'report_share', share.id, 'create');
        const token = tokens.sign(share.id);
        return { ...shareView(share), token, path: `/shared-reports/${token}` };
      }),

    shares: (caller: Caller, reportId: string) =>
      db.transaction(async (tx) => {
        const row = await readable(tx, caller, reportId);
        await audit(tx, caller, row.patientId, 'report_share', row.id, 'list');
        return (await repo.sharesOf(tx, row.id)).map(shareView);
      }),

    revokeShare: (caller: Caller, reportId: string, shareId: string) =>
      db.transaction(async (tx) => {
        const row = await readable(tx, caller, reportId);
        if (!isUuid(shareId) || !(await repo.revokeShare(tx, shareId, row.id, now()))) throw notFound(SHARE);
        await audit(tx, caller, row.patientId, 'report_share', shareId, 'revoke');
      }),
  };
}

const notReady = () => conflict('REPORT_NOT_READY', '报告尚未发布，暂不能下载或分享', 'The report is not released yet');
