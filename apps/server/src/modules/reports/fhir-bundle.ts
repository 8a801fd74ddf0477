import type { AbnormalFlag, InboundReport, Observation, PatientIdentifier, ReportOrder } from '@xinglin/hl7';

/**
 * FHIR R4 Bundle (transaction or collection) of Patient + DiagnosticReport + Observation (+ ImagingStudy)
 * → the same normalised InboundReport the HL7 path produces. Only what the model keeps is read; the rest of
 * each resource is ignored. Problems throw BundleProblem, which the route answers as an OperationOutcome.
 */
export class BundleProblem extends Error {
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const firstCoding = (cc: unknown) => obj(arr(obj(cc)?.coding)[0]);
const ccCode = (cc: unknown) => str(firstCoding(cc)?.code);
const ccText = (cc: unknown) => str(obj(cc)?.text) ?? str(firstCoding(cc)?.display) ?? ccCode(cc);

const STATUS: Record<string, string> = { final: 'F', corrected: 'C', amended: 'C', appended: 'C', preliminary: 'P', partial: 'P', registered: 'P', cancelled: 'X' };
const FLAGS: Record<string, AbnormalFlag> = { H: 'H', L: 'L', HH: 'HH', LL: 'LL', A: 'A', AA: 'A', N: 'N', HU: 'HH', LU: 'LL', POS: 'A', DET: 'A', ABN: 'A' };
/** 中国居民身份证 in the national standard's OID (WS 364). */
const CN_RESIDENT_ID_OID = '2.16.156.10011.1.3';
const IMAGING_CATEGORIES = new Set(['RAD', 'IMG', 'LP29684-5', 'CT', 'MR', 'US']);
const FINDINGS_CODES = new Set(['59776-5', '18782-3']);

export function bundleToInbound(body: unknown): InboundReport {
  const bundle = obj(body);
  if (!bundle || bundle.resourceType !== 'Bundle') throw new BundleProblem('The body is not a FHIR Bundle', '请求体不是 FHIR Bundle');
  if (!['transaction', 'collection', 'batch', 'message'].includes(String(bundle.type))) throw new BundleProblem('Bundle.type must be transaction or collection', 'Bundle.type 须为 transaction 或 collection');
  const messageId = str(bundle.id) ?? str(obj(bundle.identifier)?.value);
  if (!messageId) throw new BundleProblem('Bundle.id (or Bundle.identifier) is required: it is how repeats are recognised', '缺少 Bundle.id');
  const byRef = new Map<string, Json>();
  const resources: Json[] = [];
  for (const entry of arr(bundle.entry)) {
    const resource = obj(obj(entry)?.resource);
    if (!resource || typeof resource.resourceType !== 'string') continue;
    resources.push(resource);
    const fullUrl = str(obj(entry)?.fullUrl);
    if (fullUrl) byRef.set(fullUrl, resource);
    if (str(resource.id)) byRef.set(`${resource.resourceType}/${resource.id}`, resource);
  }
  const resolve = (ref: unknown, type: string) => {
    const r = byRef.get(str(obj(ref)?.reference) ?? '');
    return r?.resourceType === type ? r : undefined;
  };
  const patient = resources.find((r) => r.resourceType === 'Patient');
  if (!patient) throw new BundleProblem('The Bundle has no Patient', 'Bundle 中没有 Patient');
  const reports = resources.filter((r) => r.resourceType === 'DiagnosticReport');
  if (reports.length === 0) throw new BundleProblem('The Bundle has no DiagnosticReport', 'Bundle 中没有 DiagnosticReport');
  const allObservations = resources.filter((r) => r.resourceType === 'Observation');
  const orders = reports.map((dr) => toOrder(dr, reports.length === 1 && arr(dr.result).length === 0 ? allObservations : arr(dr.result).map((ref) => resolve(ref, 'Observation')).filter((o): o is Json => !!o), (ref) => resolve(ref, 'ImagingStudy')));
  return {
    source: 'fhir',
    messageId,
    sendingFacility: str(obj(bundle.meta)?.source) ?? 'fhir',
    version: 'R4',
    patient: toPatient(patient),
    orders,
  };
}

function toPatient(p: Json): InboundReport['patient'] {
  const identifiers: PatientIdentifier[] = arr(p.identifier).flatMap((i) => {
    const value = str(obj(i)?.value);
    if (!value) return [];
    const system = str(obj(i)?.system);
    const type = ccCode(obj(i)?.type) ?? (system?.includes(CN_RESIDENT_ID_OID) ? 'NI' : undefined);
    return [{ value, type, authority: system }];
  });
  const name = obj(arr(p.name)[0]);
  const family = str(name?.family) ?? '';
  const given = arr(name?.given).filter((g): g is string => typeof g === 'string').join('');
  const cjk = /[\u3400-\u9fff]/.test(family + given);
  const joined = str(name?.text) ?? ((family || given) ? (cjk ? `${family}${given}` : `${given} ${family}`.trim()) : undefined);
  const sex = ({ male: 'M', female: 'F', other: 'O', unknown: 'U' } as Record<string, string>)[String(p.gender)];
  return { identifiers, name: joined, birthDate: str(p.birthDate)?.slice(0, 10), sex };
}

function toOrder(dr: Json, observations: Json[], imagingStudy: (ref: unknown) => Json | undefined): ReportOrder {
  const code = ccCode(dr.code) ?? ccText(dr.code);
  if (!code) throw new BundleProblem('DiagnosticReport.code is required', 'DiagnosticReport 缺少 code');
  const category = arr(dr.category).map(ccCode).find(Boolean)?.toUpperCase();
  const study = arr(dr.imagingStudy).map(imagingStudy).find(Boolean);
  const findingsObs = observations.find((o) => FINDINGS_CODES.has(ccCode(o.code) ?? '') || (ccText(o.code) ?? '').includes('所见'));
  const presented = arr(dr.presentedForm).map(obj).find((f) => str(f?.contentType)?.startsWith('text/plain') && str(f?.data));
  const findings = str(findingsObs?.valueString) ?? (presented ? Buffer.from(String(presented.data), 'base64').toString('utf8') : undefined);
  const isImaging = !!study || IMAGING_CATEGORIES.has(category ?? '') || !!findings;
  const studyUid = arr(study?.identifier).map((i) => str(obj(i)?.value)).find(Boolean)?.replace(/^urn:oid:/, '');
  return {
    fillerOrderNo: arr(dr.identifier).map((i) => str(obj(i)?.value)).find(Boolean) ?? str(dr.id),
    placerOrderNo: undefined,
    code,
    name: ccText(dr.code) ?? code,
    specimen: undefined,
    collectedAt: str(dr.effectiveDateTime) ?? str(obj(dr.effectivePeriod)?.start),
    releasedAt: str(dr.issued),
    orderingDoctor: arr(dr.performer).map((p) => str(obj(p)?.display)).find(Boolean),
    resultStatus: STATUS[String(dr.status)] ?? 'F',
    serviceSection: category === 'LAB' ? 'LAB' : isImaging ? (str(obj(arr(study?.modality)[0])?.code) ?? 'RAD') : category,
    observations: observations.filter((o) => o !== findingsObs).map(toObservation),
    notes: [],
    imaging: isImaging ? { findings, impression: str(dr.conclusion), studyInstanceUid: studyUid, modality: str(obj(arr(study?.modality)[0])?.code) } : undefined,
  };
}

function toObservation(o: Json, index: number): Observation {
  const code = ccCode(o.code) ?? ccText(o.code);
  if (!code) throw new BundleProblem('Observation.code is required', 'Observation 缺少 code');
  const q = obj(o.valueQuantity);
  const range = obj(arr(o.referenceRange)[0]);
  const low = num(obj(range?.low)?.value);
  const high = num(obj(range?.high)?.value);
  const base = { seq: index + 1, code, name: ccText(o.code) ?? code, codeSystem: str(firstCoding(o.code)?.system), notes: arr(o.note).map((n) => str(obj(n)?.text)).filter((n): n is string => !!n) };
  const flags = arr(o.interpretation).map((i) => FLAGS[(ccCode(i) ?? '').toUpperCase()]).filter((f): f is AbnormalFlag => !!f);
  const shared = {
    flags,
    status: STATUS[String(o.status)] ?? undefined,
    observedAt: str(o.effectiveDateTime) ?? str(o.issued),
    referenceRange: str(range?.text) ?? (low !== undefined || high !== undefined ? `${low ?? ''}-${high ?? ''}` : undefined),
    referenceLow: low,
    referenceHigh: high,
  };
  if (q && num(q.value) !== undefined) {
    const comparator = str(q.comparator);
    return { ...base, ...shared, valueType: comparator ? 'SN' : 'NM', value: `${comparator ?? ''}${q.value}`, numeric: num(q.value), comparator, unit: str(q.unit) ?? str(q.code) };
  }
  if (num(o.valueInteger) !== undefined) return { ...base, ...shared, valueType: 'NM', value: String(o.valueInteger), numeric: num(o.valueInteger) };
  if (obj(o.valueCodeableConcept)) return { ...base, ...shared, valueType: 'CWE', value: ccText(o.valueCodeableConcept) ?? '' };
  const text = str(o.valueString) ?? '';
  return { ...base, ...shared, valueType: text.length > 200 ? 'TX' : 'ST', value: text };
}
