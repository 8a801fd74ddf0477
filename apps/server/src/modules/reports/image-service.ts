import type { ReportDetail, ReportImageList } from '@xinglin/contracts';
import { DicomWebError, type DicomWebClient, type InstanceRef, type StudySummary } from '@xinglin/dicomweb';
import type { Db } from '../../db/client';
import { AppError, notFound } from '../../errors';
import type { AuditService } from '../audit/service';
import { cardsOf } from '../patients/repository';
import type { Caller } from '../patients/service';
import type { StaffCaller } from '../records/clinical-side';
import type { ReportsService } from './index';
import * as repo from './repository';

export type ImageViewer = { kind: 'patient'; caller: Caller } | { kind: 'staff'; caller: StaffCaller };

export interface ReportImagesDeps {
  db: Db;
  audit: AuditService;
  reports: ReportsService;
  /** Null when no PACS is configured: image requests answer 503. */
  dicomweb: DicomWebClient | null;
}

const IMAGE = { zh: '影像', en: 'Image' };
const VIEWPORT = { width: 1024, height: 1024 };

export const imagingUnavailable = () => new AppError('IMAGING_UNAVAILABLE', 503, '影像服务暂时不可用，请稍后再试', 'Imaging service is temporarily unavailable');

/** The PACS's failures as the apps may see them: a missing study is a missing image, anything else is "try later". */
function fromPacs(err: unknown): AppError {
  if (err instanceof DicomWebError && (err.code === 'not_found' || err.code === 'bad_request')) return notFound(IMAGE);
  if (err instanceof AppError) return err;
  return imagingUnavailable();
}

interface KeyImages {
  patientId: string;
  reportId: string;
  study: StudySummary | null;
  keys: InstanceRef[];
}

/**
 * Key images of imaging reports, fetched from the PACS through the server (the PACS checks nobody, so we do):
 * the report's own access rule first (the reports service's detail read, 404 out of scope), then the study must be
 * one of this patient's in the PACS (by medical card number), found by the report's study UID or, when the
 * result carried none, by its accession number (the filler order number). Every image read is audited.
 */
export function createReportImages(deps: ReportImagesDeps) {
  const { db, reports } = deps;

  const readReport = (who: ImageViewer, reportId: string): Promise<ReportDetail> =>
    who.kind === 'patient' ? reports.patient.detail(who.caller, reportId) : reports.clinical.detail(who.caller, reportId);

  async function keyImagesOf(who: ImageViewer, reportId: string): Promise<KeyImages> {
    const detail = await readReport(who, reportId);
    const empty = { patientId: detail.patientId, reportId: detail.id, study: null, keys: [] };
    if (detail.kind !== 'imaging' || !detail.imaging) return empty;
    const { accession, cards } = await db.transaction(async (tx) => {
      const row = await repo.findReport(tx, detail.id);
      const rows = await cardsOf(tx, [detail.patientId]);
      return { accession: row?.fillerOrderNo ?? null, cards: rows.map((c) => c.cardNo) };
    });
    if (cards.length === 0) return empty;
    const pacs = deps.dicomweb;
    if (!pacs) throw imagingUnavailable();
    try {
      const studies = (await Promise.all(cards.map((card) => pacs.studiesForPatient(card)))).flat();
      const uid = detail.imaging.studyInstanceUid;
      const study = (uid ? studies.find((s) => s.studyInstanceUid === uid) : undefined) ?? (accession ? studies.find((s) => s.accessionNumber === accession) : undefined);
      if (!study) return empty;
      return { ...empty, study, keys: await pacs.findKeyImages(study.studyInstanceUid) };
    } catch (err) {
      throw fromPacs(err);
    }
  }

  function record(who: ImageViewer, patientId: string, objectType: string, objectId: string) {
    const actor = who.kind === 'patient' ? { kind: 'patient' as const, id: who.caller.accountId, role: 'patient' } : { kind: 'staff' as const, id: who.caller.principal.subjectId, role: who.caller.principal.roles[0] ?? null };
    return db.transaction((tx) =>
      deps.audit.record(tx, { actor, patientId, objectType, objectId, action: 'read', outcome: 'success', ip: who.caller.ip, requestId: who.caller.requestId }),
    );
  }

  return {
    async list(who: ImageViewer, reportId: string): Promise<ReportImageList> {
      const found = await keyImagesOf(who, reportId);
      await record(who, found.patientId, 'report_images', found.reportId);
      const title = found.study?.studyDescription || '影像';
      const modality = found.study?.modalities.find((m) => m !== 'KO' && m !== 'SR') ?? null;
      const items = found.keys.map((_, n) => ({ n, caption: `${title} · 关键图像 ${n + 1}/${found.keys.length}`, modality }));
      return { count: items.length, items };
    },

    async image(who: ImageViewer, reportId: string, n: number): Promise<{ png: Buffer; contentType: string }> {
      const found = await keyImagesOf(who, reportId);
      const key = found.keys[n];
      if (!key || !deps.dicomweb) throw notFound(IMAGE);
      let rendered;
      try {
        rendered = await deps.dicomweb.retrieveRendered(key, { viewport: VIEWPORT });
      } catch (err) {
        throw fromPacs(err);
      }
      await record(who, found.patientId, 'report_image', `${found.reportId}#${n}`);
      return { png: Buffer.from(rendered.data), contentType: rendered.contentType };
    },
  };
}
