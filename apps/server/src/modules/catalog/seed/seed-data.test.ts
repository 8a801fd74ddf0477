import { describe, expect, it } from 'vitest';
import { doctorTitleSchema } from '@xinglin/contracts';
import {
  internalMedicineDoctors,
  otherClinicalDoctors,
  seedDepartmentGroups,
  seedDepartments,
  seedDoctors,
  seedHospital,
  surgeryDoctors,
  womenAndChildrenDoctors,
} from './index';

const duplicates = (values: string[]): string[] => values.filter((v, i) => values.indexOf(v) !== i);

/** Paths of every string that is empty or only whitespace, so a failure names the offending field. */
function blankStrings(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => blankStrings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => blankStrings(v, `${path}.${k}`));
  }
  return [];
}

const hasHan = (s: string) => /\p{Script=Han}/u.test(s);
const isEnglish = (s: string) => /^[A-Za-z][A-Za-z ,.'–-]*$/.test(s) && !hasHan(s);

describe('demo hospital catalogue', () => {
  const campusCodes = seedHospital.campuses.map((c) => c.code);
  const groupCodes = seedDepartmentGroups.map((g) => g.code);
  const departmentsByCode = new Map(seedDepartments.map((d) => [d.code, d]));

  it('has a 三级甲等 hospital with two campuses', () => {
    expect(seedHospital.level).toBe('三级甲等');
    expect(seedHospital.campuses).toHaveLength(2);
    expect(duplicates(campusCodes)).toEqual([]);
  });

  it('is big enough', () => {
    expect(seedDepartments.length).toBeGreaterThanOrEqual(25);
    expect(seedDoctors.length).toBeGreaterThanOrEqual(80);
  });

  it('uses unique, short lowercase ascii codes', () => {
    expect(duplicates(groupCodes)).toEqual([]);
    expect(duplicates(seedDepartments.map((d) => d.code))).toEqual([]);
    expect(duplicates(seedDoctors.map((d) => d.code))).toEqual([]);
    for (const code of [...campusCodes, ...groupCodes, ...seedDepartments.map((d) => d.code)]) {
      expect(code).toMatch(/^[a-z][a-z0-9]{1,11}$/);
    }
    for (const doctor of seedDoctors) expect(doctor.code).toMatch(/^d\d{3}$/);
  });

  it('links every department to an existing group and campus, and uses both campuses', () => {
    for (const d of seedDepartments) {
      expect(groupCodes, `${d.code}.groupCode`).toContain(d.groupCode);
      expect(campusCodes, `${d.code}.campusCode`).toContain(d.campusCode);
    }
    for (const campus of campusCodes) {
      expect(seedDepartments.some((d) => d.campusCode === campus), campus).toBe(true);
    }
    for (const group of groupCodes) {
      expect(seedDepartments.some((d) => d.groupCode === group), group).toBe(true);
    }
  });

  it('keeps the medical-technology departments out of booking', () => {
    for (const code of ['lab', 'radio', 'pharm']) expect(departmentsByCode.get(code)?.bookable).toBe(false);
    expect(seedDepartments.filter((d) => d.bookable).length).toBeGreaterThanOrEqual(22);
  });

  it('puts every doctor in an existing bookable department, and at least two in each', () => {
    for (const doctor of seedDoctors) {
      const department = departmentsByCode.get(doctor.departmentCode);
      expect(department, `${doctor.code}.departmentCode ${doctor.departmentCode}`).toBeDefined();
      expect(department?.bookable, `${doctor.code} in ${doctor.departmentCode}`).toBe(true);
    }
    for (const d of seedDepartments.filter((dep) => dep.bookable)) {
      const count = seedDoctors.filter((doc) => doc.departmentCode === d.code).length;
      expect(count, d.code).toBeGreaterThanOrEqual(2);
    }
  });

  it('has all four titles, valid genders and plausible specialties and diseases', () => {
    const titles = new Set(seedDoctors.map((d) => d.title));
    expect([...titles].sort()).toEqual([...doctorTitleSchema.options].sort());
    expect(seedDoctors.some((d) => d.gender === 'male')).toBe(true);
    expect(seedDoctors.some((d) => d.gender === 'female')).toBe(true);
    for (const d of seedDoctors) {
      expect(doctorTitleSchema.safeParse(d.title).success, d.code).toBe(true);
      expect(['male', 'female'], d.code).toContain(d.gender);
      expect(d.specialties.length, d.code).toBeGreaterThanOrEqual(2);
      expect(d.specialties.length, d.code).toBeLessThanOrEqual(4);
      expect(d.diseases.length, d.code).toBeGreaterThanOrEqual(3);
      expect(d.diseases.length, d.code).toBeLessThanOrEqual(6);
      expect(duplicates(d.diseases), d.code).toEqual([]);
      expect(hasHan(d.name) && d.name.length >= 2 && d.name.length <= 4, d.name).toBe(true);
    }
  });

  it('has no empty strings anywhere', () => {
    expect(blankStrings({ seedHospital, seedDepartmentGroups, seedDepartments, seedDoctors }, '')).toEqual([]);
  });

  it('gives every campus, group and department a Chinese name and an English name', () => {
    for (const item of [seedHospital, ...seedHospital.campuses, ...seedDepartmentGroups, ...seedDepartments]) {
      expect(hasHan(item.name), item.name).toBe(true);
      expect(isEnglish(item.nameEn), `${item.name}: ${item.nameEn}`).toBe(true);
    }
  });

  it('assembles seedDoctors from the per-group files without loss', () => {
    const parts = [internalMedicineDoctors, surgeryDoctors, womenAndChildrenDoctors, otherClinicalDoctors];
    expect(seedDoctors).toHaveLength(parts.reduce((n, p) => n + p.length, 0));
    expect(new Set(seedDoctors.map((d) => d.name)).size).toBe(seedDoctors.length);
  });
});
