// 居民身份证号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence whose last
// digit is odd for men, and an ISO 7064 MOD 11-2 check character. Pure rules, no I/O.
import { isProvinceCode, regionName } from './regions';

export type IdNumberProblem = 'length' | 'format' | 'region' | 'birth_date' | 'check_digit';

export type IdNumberValidation =
  | {
      ok: true;
      normalized: string;
      /** YYYY-MM-DD */
      birthDate: string;
      gender: 'male' | 'female';
      regionCode: string;
      /** Name of the region in the 2019 division list; null for codes renamed since, which stay valid. */
      regionName: string | null;
    }
  | { ok: false; reason: IdNumberProblem };

export const idNumberProblemMessages: Record<IdNumberProblem, { zh: string; en: string }> = {
  length: {
    zh: '身份证号应为18位，请核对是否多输或漏输',
    en: 'A mainland ID number has 18 characters; check for a missing or extra one',
  },
  format: {
    zh: '身份证号前17位应为数字，最后一位为数字或X',
    en: 'The first 17 characters must be digits and the last a digit or X',
  },
  region: {
    zh: '身份证号前两位不是有效的省份代码，请核对开头几位',
    en: 'The first two digits are not a valid province code; check the beginning of the number',
  },
  birth_date: {
    zh: '身份证号中的出生日期无效，请核对第7至14位',
    en: 'The birth date in the ID number (digits 7–14) is not a valid date',
  },
  check_digit: {
    zh: '身份证号校验位错误，请核对最后一位',
    en: 'The last (check) digit of the ID number is wrong',
  },
};

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The 18th character for 17 leading digits (ISO 7064 MOD 11-2, as GB 11643 specifies). */
export function mainlandIdCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('mainlandIdCheckDigit needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/**
 * Patients type on phones: drop spaces, turn full-width digits and Ｘ (Chinese IMEs) into ASCII and
 * accept a lower-case x.
 */
function normalise(raw: string): string {
  return raw
    .replace(/\s+/g, '')
    .replace(/[\uFF10-\uFF19\uFF38\uFF58]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .toUpperCase();
}

/** The calendar day in China (UTC+8, no DST) at `now`: a birth "today" is valid in Beijing first. */
function chinaToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

function birthDateOf(id: string, now: Date): string | null {
  const [y, m, d] = [Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14))];
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 02-30 over to 03-02; comparing back catches impossible days and months.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  const iso = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  return iso < '1900-01-01' || iso > chinaToday(now) ? null : iso;
}

export function validateMainlandIdNumber(raw: string, now: Date = new Date()): IdNumberValidation {
  const id = normalise(raw);
  if (id.length !== 18) return { ok: false, reason: 'length' };
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: 'format' };
  if (!isProvinceCode(id.slice(0, 2))) return { ok: false, reason: 'region' };
  const birthDate = birthDateOf(id, now);
  if (birthDate === null) return { ok: false, reason: 'birth_date' };
  if (mainlandIdCheckDigit(id.slice(0, 17)) !== id[17]) return { ok: false, reason: 'check_digit' };
  const regionCode = id.slice(0, 6);
  return {
    ok: true,
    normalized: id,
    birthDate,
    gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
    regionCode,
    regionName: regionName(regionCode),
  };
}
