// Identity documents a patient may register with. Only the mainland 身份证 can be checked against the
// national source (IdCardVerification, FaceID); for the others we can check the shape of the number
// and a person at the hospital looks at the document.
import { validateMainlandIdNumber, type IdNumberProblem } from './id-number';

export const DOCUMENT_TYPES = [
  'mainland_id',
  'passport',
  'hk_macao_permit',
  'taiwan_permit',
  'foreign_permanent_resident',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const documentTypeLabels: Record<DocumentType, { zh: string; en: string }> = {
  mainland_id: { zh: '居民身份证', en: 'Resident Identity Card' },
  passport: { zh: '护照', en: 'Passport' },
  hk_macao_permit: { zh: '港澳居民来往内地通行证', en: 'Mainland Travel Permit for Hong Kong and Macao Residents' },
  taiwan_permit: { zh: '台湾居民来往大陆通行证', en: 'Mainland Travel Permit for Taiwan Residents' },
  foreign_permanent_resident: { zh: '外国人永久居留身份证', en: 'Foreign Permanent Resident ID Card' },
};

/**
 * Shapes only; none of these carries a check digit we can rely on.
 * - passport: ICAO 9303 allows letters and digits; real numbers run from 5 to 17 characters.
 * - hk_macao_permit (回乡证): H (Hong Kong) or M (Macao) + 8 digits; older books add a 2-digit issue count.
 * - taiwan_permit (台胞证): 8 digits; older books add a 2-digit issue count.
 * - foreign_permanent_resident: 2017 card, nationality (ISO 3166 alpha-3) + 12 digits; 2023 card, 18
 *   characters starting with 9 and ending in a digit or X.
 */
const SHAPES: Record<Exclude<DocumentType, 'mainland_id'>, RegExp> = {
  passport: /^[A-Z0-9]{5,17}$/,
  hk_macao_permit: /^[HM]\d{8}(\d{2})?$/,
  taiwan_permit: /^\d{8}(\d{2})?$/,
  foreign_permanent_resident: /^([A-Z]{3}\d{12}|9\d{16}[\dX])$/,
};

export type DocumentNumberValidation =
  | { ok: true; type: DocumentType; normalized: string }
  | { ok: false; type: DocumentType; reason: IdNumberProblem };

/** Spaces and dashes are how people copy numbers off a card; letters are printed in capitals. */
const normalise = (raw: string): string => raw.replace(/[\s-]+/g, '').toUpperCase();

export function validateDocumentNumber(
  type: DocumentType,
  raw: string,
  now: Date = new Date(),
): DocumentNumberValidation {
  if (type === 'mainland_id') {
    const r = validateMainlandIdNumber(raw, now);
    return r.ok ? { ok: true, type, normalized: r.normalized } : { ok: false, type, reason: r.reason };
  }
  const normalized = normalise(raw);
  return SHAPES[type].test(normalized) ? { ok: true, type, normalized } : { ok: false, type, reason: 'format' };
}

/** Everything but the mainland card needs a person to compare the document with the patient. */
export function requiresManualReview(type: DocumentType): boolean {
  return type !== 'mainland_id';
}
