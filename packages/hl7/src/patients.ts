/** Synthetic patients for the LIS simulator: Chinese names and 身份证 numbers with a valid check digit. */

export interface SimPatient {
  name: string;
  /** 18-digit resident identity card number. */
  idNumber: string;
  /** Medical record number (病历号). */
  mrn: string;
  sex?: 'M' | 'F';
  /** YYYYMMDD */
  birthDate?: string;
}

/** Deterministic PRNG (mulberry32) so generated messages and fuzz seeds are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

const FAMILY = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '欧阳', '司马'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英'];
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** ISO 7064 MOD 11-2 check character of the first 17 digits. */
export function idCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** Birth date (YYYYMMDD) and sex from an 18-digit ID number, when it has that shape. */
export function fromIdNumber(idNumber: string): { birthDate?: string; sex?: 'M' | 'F' } {
  if (!/^\d{17}[\dX]$/.test(idNumber)) return {};
  return { birthDate: idNumber.slice(6, 14), sex: Number(idNumber[16]) % 2 === 1 ? 'M' : 'F' };
}

export function randomPatient(rng: () => number): SimPatient {
  const sex = rng() < 0.5 ? 'M' : 'F';
  const year = 1940 + Math.floor(rng() * 80);
  const month = 1 + Math.floor(rng() * 12);
  const day = 1 + Math.floor(rng() * 28);
  const birthDate = `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
  const seq = String(Math.floor(rng() * 100)).padStart(2, '0');
  const sexDigit = String(Math.floor(rng() * 5) * 2 + (sex === 'M' ? 1 : 0));
  const first17 = `110105${birthDate}${seq}${sexDigit}`;
  return {
    name: pick(rng, FAMILY) + pick(rng, GIVEN) + (rng() < 0.5 ? pick(rng, GIVEN) : ''),
    idNumber: first17 + idCheckDigit(first17),
    mrn: `MR${String(Math.floor(rng() * 1e8)).padStart(8, '0')}`,
    sex,
    birthDate,
  };
}
