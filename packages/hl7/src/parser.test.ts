import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHl7, Hl7ParseError, parseHl7, STANDARD_DELIMITERS, unescapeHl7 } from './parser';

describe('parseHl7', () => {
  it('reads fields, repetitions, components and subcomponents with the standard delimiters', () => {
    const m = parseHl7('MSH|^~\\&|LIS|HOSP|||20240101||ORU^R01|1|P|2.5.1\rPID|1||123^^^HOSP&1.2.3&ISO^MR~ID9^^^CHN^NI||张^三\r');
    const [msh, pid] = m.segments;
    expect(msh!.get(1)).toBe('|');
    expect(msh!.get(2)).toBe('^~\\&');
    expect(msh!.get(9, 2)).toBe('R01');
    expect(pid!.repetitions(3).map((r) => [r.get(1), r.get(4, 2), r.get(5)])).toEqual([
      ['123', '1.2.3', 'MR'],
      ['ID9', '', 'NI'],
    ]);
    expect(pid!.get(5, 2)).toBe('三');
  });

  it('honours custom delimiters declared in MSH-1/MSH-2', () => {
    const m = parseHl7('MSH#*!$%#A#B#C#D#20240101##ORU*R01#1#P#2.5.1\rOBX#1#ST#X*Y##a$F$b$S$c$T$d$R$e$E$f!second#');
    const obx = m.segments[1]!;
    expect(obx.get(3, 2)).toBe('Y');
    expect(obx.repetitions(5).map((r) => r.get(1))).toEqual(['a#b*c%d!e$f', 'second']);
  });

  it('accepts CR, LF and CRLF segment endings and skips blank lines', () => {
    for (const sep of ['\r', '\n', '\r\n', '\r\n\r\n']) {
      const m = parseHl7(['MSH|^~\\&|A', 'PID|1', 'OBR|1'].join(sep) + sep);
      expect(m.segments.map((s) => s.name)).toEqual(['MSH', 'PID', 'OBR']);
    }
  });

  it('splits a field exactly as splitting by ~, then ^, then & would', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', '^', '~', '&', '\\', ' ', '中'), maxLength: 30 });
    fc.assert(
      fc.property(fc.array(field, { maxLength: 4 }), (fields) => {
        const line = ['OBX', ...fields].join('|');
        const obx = parseHl7(`MSH|^~\\&|A\r${line}`).segments[1]!;
        fields.forEach((raw, i) => {
          const reps = raw === '' ? [] : raw.split('~');
          expect(obx.repetitions(i + 1).map((r) => [r.raw, r.componentCount, r.subcomponents(2)])).toEqual(
            reps.map((rep) => [rep, rep.split('^').length, (rep.split('^')[1] ?? '').split('&').map((sub) => unescapeHl7(sub, STANDARD_DELIMITERS))]),
          );
          expect(obx.get(i + 1, 2, 2)).toBe(unescapeHl7(raw.split('~')[0]!.split('^')[1]?.split('&')[1] ?? '', STANDARD_DELIMITERS));
        });
      }),
    );
  });

  it('reads a long LF-only message in linear time', () => {
    const text = 'MSH|^~\\&|A\n' + 'OBX|1|ST|X||y\n'.repeat(100_000);
    const started = performance.now();
    expect(parseHl7(text).segments).toHaveLength(100_001);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('rejects text that is not HL7 v2', () => {
    expect(() => parseHl7('hello')).toThrow(Hl7ParseError);
    expect(() => parseHl7('MSH|^~')).toThrow(/encoding characters/);
    expect(() => parseHl7('MSH|^^\\&|A')).toThrow(/distinct/);
    expect(() => parseHl7('MSHa^~\\&a')).toThrow(/punctuation/);
  });
});

describe('escapes', () => {
  const d = STANDARD_DELIMITERS;
  it('translates the standard escape sequences and hex', () => {
    expect(unescapeHl7('a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f', d)).toBe('a|b^c&d~e\\f');
    expect(unescapeHl7('\\X41E8A180\\', d)).toBe('A血'.slice(0, 1) + '血');
    expect(unescapeHl7('line1\\.br\\line2 \\H\\bold\\N\\', d)).toBe('line1\nline2 bold');
  });

  it('keeps unknown or unterminated sequences as written', () => {
    expect(unescapeHl7('\\Q\\ and \\F', d)).toBe('\\Q\\ and \\F');
  });

  it('escapeHl7 leaves text without delimiters or line breaks as it is', () => {
    for (const text of ['', 'GLU', '空腹血糖 5.6 mmol/L', '\u{1F600} x']) expect(escapeHl7(text)).toBe(text);
    expect(escapeHl7('a\rb')).toBe('ab');
  });

  it('escapeHl7 is the inverse of unescapeHl7', () => {
    const text = 'x|y^z&w~v\\u\nnext';
    expect(escapeHl7(text)).toBe('x\\F\\y\\S\\z\\T\\w\\R\\v\\E\\u\\.br\\next');
    expect(unescapeHl7(escapeHl7(text), d)).toBe(text);
  });
});
