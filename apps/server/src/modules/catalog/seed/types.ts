import type { DoctorTitle } from '@xinglin/contracts';

/** Shapes of the demo hospital's catalogue; the seeder turns them into rows. Codes are stable keys. */
export interface SeedCampus {
  code: string;
  name: string;
  nameEn: string;
  address: string;
  phone: string;
}

export interface SeedHospital {
  code: string;
  name: string;
  nameEn: string;
  level: string;
  intro: string;
  campuses: SeedCampus[];
}

export interface SeedDepartmentGroup {
  code: string;
  name: string;
  nameEn: string;
}

export interface SeedDepartment {
  code: string;
  name: string;
  nameEn: string;
  groupCode: string;
  campusCode: string;
  /** Where a patient finds it, e.g. 门诊楼3层A区. */
  location: string;
  intro: string;
  /** 注意事项 shown before booking, e.g. fasting for a gastroscopy. */
  notes: string;
  /** 检验科, 放射科, 药剂科 serve other departments and take no outpatient bookings. */
  bookable: boolean;
}

export interface SeedDoctor {
  code: string;
  name: string;
  gender: 'male' | 'female';
  title: DoctorTitle;
  departmentCode: string;
  specialties: string[];
  diseases: string[];
  intro: string;
}
