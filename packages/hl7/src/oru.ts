/** ORU^R01 (v2.3 – v2.5.1) → InboundReport. Throws Hl7Problem (AE) for content we cannot store faithfully. */
import type { InboundReport, Observation, ReportOrder, ReportPatient } from './model';
import { hdText, type MessageHeader } from './header';
import { imagingRole, isDicomUid, modalityOf } from './imaging';
import { personName, providerName } from './names';
import { mapObservation, obxIdentity, obxTime } from './observation';
import type { Hl7Message, Segment } from './parser';
import { contentError, ERROR_CODES } from './problem';
import { hl7ToDate, hl7ToIso } from './timestamp';

const SEGMENT_NAME = /^[A-Z][A-Z0-9]{2}$/;

export function mapOru(message: Hl7Message, header: MessageHeader): InboundReport {
  const counts = new Map<string, number>();
  let patient: ReportPatient | undefined;
  const orders: ReportOrder[] = [];
  let order: ReportOrder | undefined;
  let pendingOrc: Segment | undefined;
  let noteTarget: Observation | ReportOrder | undefined;
  for (const seg of message.segments.slice(1)) {
    const sequence = (counts.get(seg.name) ?? 0) + 1;
    counts.set(seg.name, sequence);
    const at = { segment: seg.name, sequence };
    if (!SEGMENT_NAME.test(seg.name)) throw contentError(ERROR_CODES.segmentSequence, `"${seg.name.slice(0, 20)}" is not a segment`, at);
    switch (seg.name) {
      case 'MSH':
        throw contentError(ERROR_CODES.segmentSequence, 'a second MSH: batches are not accepted, send one message per frame', at);
      case 'PID':
        if (patient) throw contentError(ERROR_CODES.segmentSequence, 'more than one PID: send one patient per message', at);
        patient = mapPatient(seg, sequence);
        noteTarget = undefined;
        break;
      case 'ORC':
        pendingOrc = seg;
        break;
      case 'OBR':
        if (!patient) throw contentError(ERROR_CODES.segmentSequence, 'the PID segment is missing before OBR', at);
        order = mapOrder(seg, pendingOrc, sequence);
        pendingOrc = undefined;
        orders.push(order);
        noteTarget = order;
        break;
      case 'OBX': {
        if (!order) throw contentError(ERROR_CODES.segmentSequence, 'OBX before any OBR', at);
        noteTarget = addObservation(order, seg, sequence);
        break;
      }
      case 'NTE':
        // Notes after PID (patient notes) are not part of a report.
        if (noteTarget) noteTarget.notes.push(seg.repetitions(3).map((r) => r.get(1)).join('\n'));
        break;
      case 'SPM':
        if (order) order.specimen ??= seg.get(4, 2).trim() || seg.get(4, 1).trim() || undefined;
        break;
      case 'ZDS':
        // ZDS-1 (RP): the study instance UID some PACS send in a Z-segment.
        if (order && isDicomUid(seg.get(1, 1).trim())) setImaging(order, { studyInstanceUid: seg.get(1, 1).trim() });
        break;
      default:
        break;
    }
  }
  if (!patient) throw contentError(ERROR_CODES.requiredFieldMissing, 'PID segment is missing', { segment: 'PID' });
  if (orders.length === 0) throw contentError(ERROR_CODES.requiredFieldMissing, 'no OBR segment: nothing to report', { segment: 'OBR' });
  for (const o of orders) if (o.imaging) o.imaging.modality ??= modalityOf(o.serviceSection);
  return {
    source: 'hl7v2',
    messageId: header.controlId,
    sendingApplication: hdText(header.msh, 3),
    sendingFacility: hdText(header.msh, 4),
    version: header.version,
    patient,
    orders,
  };
}

function addObservation(order: ReportOrder, obx: Segment, sequence: number): Observation | undefined {
  const id = obxIdentity(obx);
  const role = imagingRole(obx, id);
  if (role === 'studyUid') {
    obxTime(obx, sequence); // not stored, but a bad timestamp is still a content error
    setImaging(order, { studyInstanceUid: obx.get(5, 1).trim() });
    return undefined;
  }
  const observation = mapObservation(obx, { sequence, position: order.observations.length + 1 }, id);
  order.observations.push(observation);
  if (role) {
    const previous = order.imaging?.[role];
    setImaging(order, { [role]: previous ? `${previous}\n${observation.value}` : observation.value });
  }
  return observation;
}

function setImaging(order: ReportOrder, part: NonNullable<ReportOrder['imaging']>): void {
  order.imaging = { ...order.imaging, ...part };
}

function mapPatient(pid: Segment, sequence: number): ReportPatient {
  const at = (field: number) => ({ segment: 'PID', sequence, field });
  // v2.3 senders sometimes put the id only in PID-2 (external id); PID-3 wins when both are there.
  const idField = pid.get(3).trim() ? 3 : pid.get(2).trim() ? 2 : 3;
  const identifiers = pid
    .repetitions(idField)
    .map((r) => ({
      value: r.get(1).trim(),
      authority: r.get(4, 1).trim() || r.get(4, 2).trim() || undefined,
      type: r.get(5).trim() || undefined,
    }))
    .filter((id) => id.value !== '');
  if (identifiers.length === 0) throw contentError(ERROR_CODES.requiredFieldMissing, 'PID-3 has no patient identifier', at(3));
  const birthRaw = pid.get(7).trim();
  const birthDate = birthRaw ? hl7ToDate(birthRaw) : undefined;
  if (birthRaw && !birthDate) throw contentError(ERROR_CODES.dataTypeError, `PID-7 "${birthRaw.slice(0, 40)}" is not a date`, at(7));
  const sex = pid.get(8).trim().toUpperCase();
  return {
    identifiers,
    name: personName(pid.repetitions(5)[0]),
    birthDate,
    sex: ['M', 'F', 'O', 'U', 'A', 'N'].includes(sex) ? sex : undefined,
  };
}

function mapOrder(obr: Segment, orc: Segment | undefined, sequence: number): ReportOrder {
  const at = (field: number) => ({ segment: 'OBR', sequence, field });
  const code = obr.get(4, 1).trim();
  const name = obr.get(4, 2).trim();
  if (!code && !name) throw contentError(ERROR_CODES.requiredFieldMissing, 'OBR-4 universal service identifier is empty', at(4));
  const time = (field: number): string | undefined => {
    const raw = obr.get(field).trim();
    if (!raw) return undefined;
    const iso = hl7ToIso(raw);
    if (!iso) throw contentError(ERROR_CODES.dataTypeError, `OBR-${field} "${raw.slice(0, 40)}" is not a valid timestamp`, at(field));
    return iso;
  };
  return {
    placerOrderNo: obr.get(2).trim() || orc?.get(2).trim() || undefined,
    fillerOrderNo: obr.get(3).trim() || orc?.get(3).trim() || undefined,
    code: code || name,
    name: name || code,
    // OBR-15 SPS: component 1 is a CE in subcomponents (code&text); Chinese LIS often write the text alone.
    specimen: obr.get(15, 1, 2).trim() || obr.get(15, 1, 1).trim() || undefined,
    collectedAt: time(7),
    releasedAt: time(22),
    orderingDoctor: providerName(obr.repetitions(16)[0]) ?? providerName(orc?.repetitions(12)[0]),
    resultStatus: obr.get(25).trim() || undefined,
    serviceSection: obr.get(24).trim() || undefined,
    observations: [],
    notes: [],
  };
}
