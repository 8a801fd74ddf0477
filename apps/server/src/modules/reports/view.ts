import type { ReportDetail, ReportObservation, ReportSummary } from '@xinglin/contracts';
import type { Protection } from '../../security/protection';
import { effectiveFlags, hintFor, isReadable, presentFlags } from './domain';
import { contentContext, type ReportContent } from './ingest';
import type { ObservationRow, ReportRow } from './repository';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toObservation(o: ObservationRow): ReportObservation {
  const flags = effectiveFlags(o);
  const shown = presentFlags(flags);
  return {
    seq: o.seq,
    code: o.code,
    name: o.name,
    valueType: o.valueType,
    value: o.value,
    numeric: o.numeric,
    unit: o.unit,
    referenceRange: o.referenceRange,
    flags,
    abnormal: shown.abnormal,
    arrow: shown.arrow,
    flagText: shown.flagText,
    hint: hintFor(o.code, o.name, shown.direction),
    notes: o.notes,
    observedAt: iso(o.observedAt),
  };
}

export function toSummary(r: ReportRow, obs: ObservationRow[]): ReportSummary {
  const readable = isReadable(r.status);
  return {
    id: r.id,
    patientId: r.patientId ?? '',
    kind: r.kind as ReportSummary['kind'],
    code: r.code,
    name: r.name,
    status: r.status as ReportSummary['status'],
    specimen: r.specimen,
    collectedAt: iso(r.collectedAt),
    releasedAt: iso(r.releasedAt),
    orderingDoctor: r.orderingDoctor,
    abnormalCount: readable ? obs.filter((o) => presentFlags(effectiveFlags(o)).abnormal).length : 0,
  };
}

/** A pending (preliminary) report shows that it exists, not its values: those may still change. */
export function toDetail(protection: Protection, r: ReportRow, obs: ObservationRow[]): ReportDetail {
  const readable = isReadable(r.status);
  const content = JSON.parse(protection.cipher.decrypt(r.contentEnc, contentContext(r.id))) as ReportContent;
  return {
    ...toSummary(r, obs),
    version: r.version,
    corrected: r.status === 'corrected',
    serviceSection: r.serviceSection,
    notes: readable ? content.notes : [],
    observations: readable ? obs.map(toObservation) : [],
    imaging:
      r.kind === 'imaging' && readable
        ? { findings: content.findings, impression: content.impression, studyInstanceUid: r.studyInstanceUid, modality: r.modality }
        : null,
  };
}
