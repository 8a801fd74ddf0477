import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES, documentTypeLabels, requiresManualReview, validateDocumentNumber } from './documents';

describe('validateDocumentNumber', () => {
  it('checks a mainland ID with the full GB 11643 rules', () => {
    expect(validateDocumentNumber('mainland_id', '11010519491231002x')).toEqual({
      ok: true, type: 'mainland_id', normalized: '11010519491231002X',
    });
    expect(validateDocumentNumber('mainland_id', '110105194912310021')).toEqual({
      ok: false, type: 'mainland_id', reason: 'check_digit',
    });
  });

  it.each([
    ['passport', 'e12345678', 'E12345678'],
    ['passport', 'EA 1234567', 'EA1234567'],
    ['hk_macao_permit', 'H12345678', 'H12345678'],
    ['hk_macao_permit', 'm1234567801', 'M1234567801'],
    ['taiwan_permit', '1234-5678', '12345678'],
    ['foreign_permanent_resident', 'usa123456789012', 'USA123456789012'],
    ['foreign_permanent_resident', '93118119900101001X', '93118119900101001X'],
  ] as const)('accepts a %s shaped like %s', (type, raw, normalized) => {
    expect(validateDocumentNumber(type, raw)).toEqual({ ok: true, type, normalized });
  });

  it.each([
    ['passport', 'E12'],
    ['passport', 'E1234567#'],
    ['hk_macao_permit', 'X12345678'],
    ['hk_macao_permit', 'H1234567'],
    ['taiwan_permit', '1234567'],
    ['taiwan_permit', 'T12345678'],
    ['foreign_permanent_resident', 'US123456789012'],
    ['foreign_permanent_resident', '83118119900101001X'],
  ] as const)('refuses a %s shaped like %s', (type, raw) => {
    expect(validateDocumentNumber(type, raw)).toEqual({ ok: false, type, reason: 'format' });
  });
});

describe('requiresManualReview', () => {
  it('is false only for the mainland ID card', () => {
    expect(DOCUMENT_TYPES.filter((t) => !requiresManualReview(t))).toEqual(['mainland_id']);
  });

  it('labels every type in both languages', () => {
    for (const t of DOCUMENT_TYPES) expect(documentTypeLabels[t].zh && documentTypeLabels[t].en).toBeTruthy();
  });
});
