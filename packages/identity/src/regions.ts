// Where an ID number's first six digits (GB/T 2260 administrative division) point. Only the two-digit
// province prefix is a hard rule: those codes have not changed since Chongqing (50) in 1997, while
// prefecture and county codes have been renumbered many times (地区 became cities, 巢湖 was
// abolished, Chongqing's 51xx counties moved to 50xx) and an ID keeps the code it was issued with.
// china-area-data only carries the 2019 list, so it names a region but never rejects one.
import areaData from 'china-area-data/data.json';

/** Province-level codes of GB/T 2260, including Taiwan (71), Hong Kong (81) and Macao (82). */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

// The data file maps a parent code ("86" for the country) to { childCode: name }.
const groups: Record<string, Record<string, string>> = areaData;
const names = new Map<string, string>();
const parents = new Map<string, string>();
for (const [parent, children] of Object.entries(groups)) {
  for (const [code, name] of Object.entries(children)) {
    names.set(code, name);
    parents.set(code, parent);
  }
}

/** Grouping rows of the statistics list that are not places a person would recognise. */
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

export function isProvinceCode(twoDigits: string): boolean {
  return PROVINCE_CODES.has(twoDigits);
}

/**
 * "湖北省武汉市洪山区" for a six-digit code in the 2019 list, else null. Null is normal for IDs issued
 * under a code that has since been renamed or merged and says nothing about validity.
 */
export function regionName(code: string): string | null {
  if (!/^\d{6}$/.test(code) || !names.has(code)) return null;
  const chain: string[] = [];
  for (let c: string | undefined = code; c !== undefined && c !== '86'; c = parents.get(c)) {
    const name = names.get(c);
    if (name !== undefined && !PLACEHOLDERS.has(name)) chain.unshift(name);
  }
  return chain.join('');
}
