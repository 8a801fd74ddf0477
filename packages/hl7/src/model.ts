/**
 * The normalised lab/imaging result every inbound path produces (HL7 v2 ORU^R01 over MLLP, FHIR R4 Bundle).
 * The server's reports module stores exactly this; the parsers never touch the database.
 */

/** HL7 table 0078 flags we keep; anything else is mapped to 'A' (abnormal) or dropped when empty. */
export type AbnormalFlag = 'H' | 'L' | 'HH' | 'LL' | 'A' | 'N';

/** HL7 value types we accept in OBX-2. */
export type ValueType = 'NM' | 'ST' | 'TX' | 'CE' | 'CWE' | 'SN';

export interface PatientIdentifier {
  /** PID-3 CX.1 */
  value: string;
  /** PID-3 CX.5 identifier type code, e.g. MR (medical record number), PI, NI (national id / 身份证), SS. */
  type?: string;
  /** PID-3 CX.4 assigning authority (namespace id). */
  authority?: string;
}

export interface ReportPatient {
  identifiers: PatientIdentifier[];
  /** PID-5, family + given joined the Chinese way (family first, no space) when both are CJK. */
  name?: string;
  /** PID-7 as YYYY-MM-DD when present. */
  birthDate?: string;
  /** PID-8: M / F / O / U */
  sex?: string;
}

export interface Observation {
  /** OBX-1 set id, or position. */
  seq: number;
  valueType: ValueType;
  /** OBX-3 code (CE.1) and display text (CE.2), e.g. GLU / 空腹血糖. */
  code: string;
  name: string;
  codeSystem?: string;
  /** Display string of the value (OBX-5 rendered; CE shows its text; SN as written e.g. ">10" or "1:128"). */
  value: string;
  /** Numeric value when the type is NM, or SN with a plain number or comparator. */
  numeric?: number;
  /** SN comparator such as '>' '<' '>=' '<=' when present. */
  comparator?: string;
  unit?: string;
  /** OBX-7 as given, e.g. "3.9-6.1". */
  referenceRange?: string;
  /** Parsed from referenceRange when it is numeric. */
  referenceLow?: number;
  referenceHigh?: number;
  flags: AbnormalFlag[];
  /** OBX-11: F final, C corrected, P preliminary, X cannot be obtained ... */
  status?: string;
  /** OBX-14 / OBX-19 observed at, ISO 8601 with offset. */
  observedAt?: string;
  /** NTE segments that follow this OBX. */
  notes: string[];
}

export interface ReportOrder {
  /** ORC-2 / OBR-2 placer order number. */
  placerOrderNo?: string;
  /** ORC-3 / OBR-3 filler order number: the LIS's own id, used as the report's external key. */
  fillerOrderNo?: string;
  /** OBR-4 code and text, e.g. CBC / 血常规. */
  code: string;
  name: string;
  /** OBR-15 or SPM-4 specimen text, e.g. 静脉血 / 尿液. */
  specimen?: string;
  /** OBR-7 collection time, ISO 8601. */
  collectedAt?: string;
  /** OBR-22 results released / status change time, ISO 8601. */
  releasedAt?: string;
  /** OBR-16 / ORC-12 ordering provider name. */
  orderingDoctor?: string;
  /** OBR-25 result status: F final, C corrected, P preliminary ... */
  resultStatus?: string;
  /** OBR-24 diagnostic service section, e.g. LAB, RAD, CT, MR, US. */
  serviceSection?: string;
  observations: Observation[];
  /** NTE segments that follow the OBR before the first OBX. */
  notes: string[];
  /** Imaging only: 检查所见 / 诊断意见 and the study it refers to. */
  imaging?: { findings?: string; impression?: string; studyInstanceUid?: string; modality?: string };
}

export interface InboundReport {
  /** 'hl7v2' | 'fhir' */
  source: 'hl7v2' | 'fhir';
  /** MSH-10 message control id, or the Bundle id: duplicates are detected on (sendingFacility, messageId). */
  messageId: string;
  sendingApplication?: string;
  sendingFacility?: string;
  /** MSH-12, e.g. 2.3.1, 2.5.1 */
  version?: string;
  patient: ReportPatient;
  orders: ReportOrder[];
}
