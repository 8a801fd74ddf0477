import type { Tx } from '../../db/client';
import { maskPersonName } from './domain';
import { reportPdf } from './pdf';
import * as repo from './repository';
import { notFoundReport, type ReportsCore, type ReportsDeps } from './service';
import { createShareTokens } from './share-token';
import { findPatient } from '../patients/repository';

export interface OpenerMeta {
  ip?: string;
  requestId?: string;
}

/**
 * Opening a share link: no account, the signed token is the key. Expired, revoked and forged links all answer
 * 404. Every attempt with a genuine token is audited (the denied ones too), committed before the answer goes out.
 */
export function createSharedReports(deps: ReportsDeps, core: ReportsCore) {
  const tokens = createShareTokens(deps.authSecret);

  async function open(token: string, meta: OpenerMeta, action: 'read' | 'download') {
    const shareId = tokens.verify(token);
    if (!shareId) throw notFoundReport();
    const opened = await deps.db.transaction(async (tx: Tx) => {
      const share = await repo.openShare(tx, shareId, deps.now());
      const row = share ? await core.find(tx, share.reportId) : null;
      const event = { actor: { kind: 'anonymous' as const, id: null, role: 'share_link' }, objectType: 'report_share', objectId: shareId, action, ip: meta.ip, requestId: meta.requestId };
      if (!share || !row || row.patientId !== share.patientId) {
        await core.audit(tx, { ...event, patientId: share?.patientId ?? null, outcome: 'denied' });
        return null;
      }
      await core.audit(tx, { ...event, patientId: row.patientId, outcome: 'success' });
      const patient = await findPatient(tx, row.patientId);
      const { patientId: _p, ...detail } = await core.detail(tx, row);
      return { ...detail, patientName: maskPersonName(patient?.name ?? ''), expiresAt: share.expiresAt.toISOString() };
    });
    if (!opened) throw notFoundReport();
    return opened;
  }

  return {
    open: (token: string, meta: OpenerMeta) => open(token, meta, 'read'),
    async pdf(token: string, meta: OpenerMeta) {
      const report = await open(token, meta, 'download');
      return { pdf: await reportPdf(report, report.patientName, deps.now()), fileName: `report-${report.id.slice(0, 8)}.pdf` };
    },
  };
}
