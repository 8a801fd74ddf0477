/** Imaging reports arrive as ORU^R01 too: findings / impression as text OBX, and the DICOM study instance UID. */
import type { Segment } from './parser';
import { obxIdentity } from './observation';

export type ImagingRole = 'findings' | 'impression' | 'studyUid';

/** LOINC and DICOM codes radiology systems use, plus the Chinese and English titles they print. */
const FINDINGS_CODES = new Set(['59776-5', '18782-3', '121071']);
const IMPRESSION_CODES = new Set(['19005-8', '121073']);
const STUDY_UID_CODES = new Set(['113014', '110180', 'STUDYUID', 'STUDY_UID', 'STUDYINSTANCEUID']);
const FINDINGS_NAMES = /检查所见|影像所见|影像表现|所见|findings/i;
const IMPRESSION_NAMES = /诊断意见|影像诊断|检查结论|印象|impression|conclusion/i;
const STUDY_UID_NAMES = /study\s*instance\s*uid|study\s*uid|检查实例/i;
/** A DICOM UID: dot-separated numbers, no leading zeros in a component, at most 64 characters. */
export const DICOM_UID = /^(?:0|[1-9]\d*)(?:\.(?:0|[1-9]\d*))+$/;

/** DICOM modality codes we recognise in OBR-24 (diagnostic service section). */
const MODALITIES = new Set(['CT', 'MR', 'US', 'CR', 'DX', 'MG', 'NM', 'PT', 'XA', 'RF', 'OT', 'ES']);

/** `id` is obxIdentity(obx), passed in when the caller already has it. */
export function imagingRole(obx: Segment, id = obxIdentity(obx)): ImagingRole | undefined {
  const { code, name } = id;
  const type = obx.get(2).trim().toUpperCase();
  const value = obx.get(5, 1).trim();
  if (type === 'RP' && isDicomUid(value)) return 'studyUid';
  if (STUDY_UID_CODES.has(code.toUpperCase()) || STUDY_UID_NAMES.test(name)) return isDicomUid(value) ? 'studyUid' : undefined;
  // An ST OBX whose value is a UID under the DICOM root is the study even without a known code.
  if (type === 'ST' && value.startsWith('1.2.840.') && isDicomUid(value)) return 'studyUid';
  if (IMPRESSION_CODES.has(code) || IMPRESSION_NAMES.test(name)) return 'impression';
  if (FINDINGS_CODES.has(code) || FINDINGS_NAMES.test(name)) return 'findings';
  return undefined;
}

export function isDicomUid(value: string): boolean {
  return value.length <= 64 && DICOM_UID.test(value);
}

export function modalityOf(section: string | undefined): string | undefined {
  const s = section?.toUpperCase();
  return s && MODALITIES.has(s) ? s : undefined;
}
