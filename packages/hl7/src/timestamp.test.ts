import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hl7ToDate, hl7ToIso, toHl7Timestamp } from './timestamp';

describe('hl7ToIso', () => {
  it('assumes +08:00 when no offset is given', () => {
    expect(hl7ToIso('20240105083000')).toBe('2024-01-05T08:30:00+08:00');
    expect(hl7ToIso('202401050830')).toBe('2024-01-05T08:30:00+08:00');
    expect(hl7ToIso('20240105')).toBe('2024-01-05T00:00:00+08:00');
  });

  it('keeps the sender offset and fractions', () => {
    expect(hl7ToIso('200808151030-0700')).toBe('2008-08-15T10:30:00-07:00');
    expect(hl7ToIso('20240105083000.12+0530')).toBe('2024-01-05T08:30:00.120+05:30');
  });

  it('rejects impossible dates and garbage', () => {
    for (const bad of ['20240230', '20241301', '20240101250000', '2024010112345', 'abc', '20240101+9900', '']) {
      expect(hl7ToIso(bad)).toBeUndefined();
    }
    // Hour precision is legal HL7.
    expect(hl7ToIso('2024010112')).toBe('2024-01-01T12:00:00+08:00');
  });
});

/** The grammar as one regular expression, kept here as the reference the hand-written reader must agree with. */
const TS = /^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:\.(\d{1,4}))?([+-]\d{4})?$/;

describe('hl7ToIso grammar', () => {
  it('accepts exactly what the DTM grammar matches, with the same parts', () => {
    const unit = fc.constantFrom('0', '1', '2', '3', '5', '9', '.', '+', '-', ' ', 'T');
    const candidates = fc.oneof(
      fc.string({ unit, maxLength: 24 }),
      fc.tuple(fc.integer({ min: 1790, max: 2100 }), fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '5', '9'), maxLength: 11 }), fc.string({ unit, maxLength: 7 })).map(([y, rest, tail]) => `${y}${rest}${tail}`),
    );
    fc.assert(
      fc.property(candidates, (value) => {
        const iso = hl7ToIso(value);
        const m = TS.exec(value.trim());
        if (!m) {
          expect(iso).toBeUndefined();
        } else if (iso !== undefined) {
          const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00'] = m;
          expect(iso.startsWith(`${y}-${mo}-${d}T${h}:${mi}:${s}`)).toBe(true);
        }
      }),
      { numRuns: 20_000 },
    );
  });

  it('answers a repeated value again, and per default offset', () => {
    expect(hl7ToIso('20240105083000')).toBe('2024-01-05T08:30:00+08:00');
    expect(hl7ToIso('20240105083000')).toBe('2024-01-05T08:30:00+08:00');
    expect(hl7ToIso('20240105083000', '+00:00')).toBe('2024-01-05T08:30:00+00:00');
    expect(hl7ToIso('20240230')).toBeUndefined();
    expect(hl7ToIso('20240230')).toBeUndefined();
  });

  it('knows leap years and month lengths', () => {
    expect(hl7ToIso('20000229')).toBe('2000-02-29T00:00:00+08:00');
    expect(hl7ToIso('20240229')).toBeDefined();
    for (const bad of ['19000229', '20230229', '20240431', '17991231']) expect(hl7ToIso(bad)).toBeUndefined();
    expect(hl7ToIso('20241231235959.5')).toBe('2024-12-31T23:59:59.500+08:00');
    expect(hl7ToIso('20241231.12345')).toBeUndefined();
    expect(hl7ToIso('2024.')).toBeUndefined();
  });
});

describe('hl7ToDate / toHl7Timestamp', () => {
  it('reads dates and writes Beijing time', () => {
    expect(hl7ToDate('19870711')).toBe('1987-07-11');
    expect(hl7ToDate('20050715050000')).toBe('2005-07-15');
    expect(hl7ToDate('19870231')).toBeUndefined();
    expect(hl7ToDate('19870101+2500')).toBeUndefined();
    expect(hl7ToDate('19991231235960')).toBeUndefined();
    expect(toHl7Timestamp(new Date('2024-01-05T00:30:00Z'))).toBe('20240105083000+0800');
  });
});
