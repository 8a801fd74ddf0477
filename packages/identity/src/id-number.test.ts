import { describe, expect, it } from 'vitest';
import { idNumberProblemMessages, mainlandIdCheckDigit, validateMainlandIdNumber } from './id-number';

// The check character computed here from the standard's own definition (weight 2^(18-i) mod 11 for
// position i counted from 1, remainder indexes "10X98765432"), independently of the module's table.
function checkChar(first17: string): string {
  let sum = 0;
  for (let i = 1; i <= 17; i++) sum += Number(first17[i - 1]) * (2 ** (18 - i) % 11);
  return '10X98765432'.charAt(sum % 11);
}
const make = (first17: string): string => first17 + checkChar(first17);
/** Replaces the last character with one that is certainly wrong. */
const breakCheck = (id: string): string => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

const NOW = new Date('2024-06-01T17:00:00Z'); // 2024-06-02 01:00 in Beijing

describe('validateMainlandIdNumber: valid numbers', () => {
  it('accepts the GB 11643-1999 example and reads birth date, gender and region from it', () => {
    expect(validateMainlandIdNumber('11010519491231002X', NOW)).toEqual({
      ok: true,
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'female',
      regionCode: '110105',
      regionName: '北京市朝阳区',
    });
  });

  it.each([
    ['44030519900307123', '1990-03-07', 'male', '广东省深圳市南山区'],
    ['42011119850815456', '1985-08-15', 'female', '湖北省武汉市洪山区'],
    ['50010120000229001', '2000-02-29', 'male', '重庆市万州区'],
    ['65900119770101888', '1977-01-01', 'female', '新疆维吾尔自治区石河子市'],
  ])('accepts %s + its check character', (first17, birthDate, gender, regionName) => {
    const id = make(first17);
    expect(validateMainlandIdNumber(id, NOW)).toEqual({
      ok: true, normalized: id, birthDate, gender, regionCode: id.slice(0, 6), regionName,
    });
  });

  it('normalises a lower-case x, spaces and full-width characters', () => {
    for (const typed of ['11010519491231002x', ' 110105 19491231 002X ', '１１０１０５１９４９１２３１００２ｘ']) {
      const result = validateMainlandIdNumber(typed, NOW);
      expect(result).toMatchObject({ ok: true, normalized: '11010519491231002X' });
    }
  });

  it('keeps IDs issued under prefecture codes that no longer exist, without a region name', () => {
    // 4221 was 黄冈地区 and 5102 Chongqing-in-Sichuan: people born there still carry these codes.
    for (const first17 of ['42212619650412003', '51021219701130005']) {
      expect(validateMainlandIdNumber(make(first17), NOW)).toMatchObject({ ok: true, regionName: null });
    }
  });

  it('accepts a birth on the current day in Beijing, even while it is still yesterday in UTC', () => {
    expect(validateMainlandIdNumber(make('11010520240602001'), NOW).ok).toBe(true);
  });
});

describe('validateMainlandIdNumber: each problem', () => {
  const reason = (raw: string) => {
    const r = validateMainlandIdNumber(raw, NOW);
    return r.ok ? 'ok' : r.reason;
  };

  it('length: not 18 characters', () => {
    expect(reason('1101051949123100')).toBe('length');
    expect(reason('11010519491231002X1')).toBe('length');
    expect(reason('110105491231002')).toBe('length'); // a first-generation 15-digit number
  });

  it('format: not 17 digits and a digit or X', () => {
    expect(reason('11010519491231002Y')).toBe('format');
    expect(reason('1101051949123100X2')).toBe('format');
    expect(reason('A1010519491231002X')).toBe('format');
  });

  it('region: the first two digits are no province', () => {
    expect(reason(make('00010519491231002'))).toBe('region');
    expect(reason(make('99010519491231002'))).toBe('region');
    expect(reason(make('83000019900101001'))).toBe('region'); // Taiwan residence permit, not a 身份证
  });

  it('birth_date: impossible, before 1900 or in the future', () => {
    expect(reason(make('11010519490230002'))).toBe('birth_date');
    expect(reason(make('11010519491331002'))).toBe('birth_date');
    expect(reason(make('11010518991231002'))).toBe('birth_date');
    expect(reason(make('11010520240603001'))).toBe('birth_date');
  });

  it('check_digit: the last character does not match', () => {
    expect(reason('110105194912310021')).toBe('check_digit');
    expect(reason(breakCheck(make('44030519900307123')))).toBe('check_digit');
    // Two swapped digits: the typo the check character exists to catch.
    expect(reason('11010519491213002X')).toBe('check_digit');
  });
});

describe('mainlandIdCheckDigit and the messages', () => {
  it('agrees with the standard’s definition on many numbers', () => {
    for (let n = 0; n < 200; n++) {
      const first17 = `1101051949123${String(n * 7919).padStart(4, '0').slice(-4)}`;
      expect(mainlandIdCheckDigit(first17)).toBe(checkChar(first17));
    }
  });

  it('has a specific Chinese and English message for every problem', () => {
    expect(Object.keys(idNumberProblemMessages).sort()).toEqual(
      ['birth_date', 'check_digit', 'format', 'length', 'region'],
    );
    expect(idNumberProblemMessages.check_digit.zh).toContain('校验位');
    expect(idNumberProblemMessages.birth_date.en).toMatch(/birth date/i);
  });
});
