// Masks for screens and logs. They keep just enough for a person to recognise a record (a phone's
// carrier prefix, an ID's region, a surname) and hide what identifies or locates someone. Lengths are
// counted in code points so rare characters outside the BMP (e.g. 𠮷) count as one.

const STARS = '****';

function chars(s: string): string[] {
  return Array.from(s);
}

/** '13812341234' → '138****1234'; '+8613812341234' → '+86138****1234'; others keep at most the last 4 digits. */
export function maskPhone(phone: string): string {
  const compact = phone.replace(/[\s()-]/g, '');
  if (compact === '') return '';
  const mainland = /^(\+86|0086|86)?(1[3-9]\d{9})$/.exec(compact);
  if (mainland) {
    const [, prefix = '', number = ''] = mainland;
    return `${prefix}${number.slice(0, 3)}${STARS}${number.slice(7)}`;
  }
  // International and landline numbers vary in length; fixed stars also hide how long the number was.
  if (compact.length >= 11) return `${compact.slice(0, 3)}${STARS}${compact.slice(-4)}`;
  if (compact.length >= 7) return `${STARS}${compact.slice(-4)}`;
  return STARS;
}

/**
 * Mainland ID numbers keep the 6-digit region code and the sequence digits and hide the birth date:
 * 18-digit '110101199003071234' → '110101********1234', 15-digit '110101900307123' → '110101******123'.
 * Anything else (passports, HK/Macau/Taiwan permits) keeps the first 2 and last 2 characters.
 */
export function maskIdNumber(id: string): string {
  const v = id.trim().toUpperCase();
  if (/^\d{17}[\dX]$/.test(v)) return `${v.slice(0, 6)}${'*'.repeat(8)}${v.slice(14)}`;
  if (/^\d{15}$/.test(v)) return `${v.slice(0, 6)}${'*'.repeat(6)}${v.slice(12)}`;
  const c = chars(v);
  if (c.length <= 4) return '*'.repeat(c.length);
  return `${c.slice(0, 2).join('')}${'*'.repeat(c.length - 4)}${c.slice(-2).join('')}`;
}

/** '张三' → '张*', '欧阳小明' → '欧***', 'John Smith' → 'J*** S****'. A one-character name is fully hidden. */
export function maskName(name: string): string {
  const v = name.trim();
  // Latin-script names: keep each word's initial, as people recognise "J. S." but not a bare "J".
  if (/\s/.test(v) && /^[\p{Script=Latin}\s.'-]+$/u.test(v)) {
    return v
      .split(/\s+/)
      .map((word) => {
        const c = chars(word);
        return `${c[0] ?? ''}${'*'.repeat(Math.max(0, c.length - 1))}`;
      })
      .join(' ');
  }
  const c = chars(v);
  if (c.length <= 1) return '*'.repeat(c.length);
  // The middle dot of transliterated names (买买提·吐尔逊) is punctuation, not part of the name.
  return c.map((ch, i) => (i === 0 || ch === '·' ? ch : '*')).join('');
}

// Names of divisions never contain the suffix characters, digits or spaces, and are short.
const NAME = '[^省市区县旗\\s\\d]';
// '市' and '区' also end everyday words (超市, 小区, 园区, 校区…) that must not pass for a division.
const SHI = '(?<![超菜夜集门])市';
const QU = '(?<![小园景社校])区';
const PROVINCE = `(?:${NAME}{2,7}?(?:省|自治区|特别行政区)|(?:北京|上海|天津|重庆)市)`;
const CITY = `(?:${NAME}{1,10}?(?:自治州|地区|盟|${SHI}))`;
const COUNTY = `(?:${NAME}{1,12}?(?:自治县|自治旗|${QU}|县|旗|${SHI}))`;
// Anchored and taken level by level (province, city, county), so a later '区' or '市' in the street part
// is never read as a division.
const REGION = new RegExp(`^(${PROVINCE}?${CITY}?${COUNTY}?)`, 'u');

/**
 * Keeps the address down to district/county level: '北京市海淀区中关村大街1号' → '北京市海淀区****'.
 * An address with no recognisable region (including non-Chinese ones) is fully masked.
 */
export function maskAddress(address: string): string {
  const v = address.trim();
  if (v === '') return '';
  const region = REGION.exec(v)?.[1] ?? '';
  if (region === '') return STARS;
  return region === v ? v : `${region}${STARS}`;
}

/**
 * Free text such as medical history: the first 2 characters and '…'. Short texts keep at most half,
 * so '头痛' shows '头…' and never the whole complaint.
 */
export function maskText(text: string): string {
  const c = chars(text.replace(/\s+/g, ' ').trim());
  if (c.length === 0) return '';
  const keep = Math.min(2, Math.floor(c.length / 2));
  return `${c.slice(0, keep).join('')}…`;
}
