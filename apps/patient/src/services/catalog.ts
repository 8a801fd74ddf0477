import type { Department, Doctor, DoctorTitle, Hospital } from '@xinglin/contracts';
import { request } from './request';

export interface DoctorQuery {
  departmentId?: string;
  q?: string;
  title?: DoctorTitle;
  page?: number;
  pageSize?: number;
}

/** Hospital and departments change rarely: one in-flight/settled promise per app run. */
let hospitalCache: Promise<Hospital> | null = null;
let departmentsCache: Promise<Department[]> | null = null;

export function getHospital(): Promise<Hospital> {
  hospitalCache ??= request<Hospital>('/hospital').catch((err: unknown) => {
    hospitalCache = null;
    throw err;
  });
  return hospitalCache;
}

export function listDepartments(): Promise<Department[]> {
  departmentsCache ??= request<{ items: Department[] }>('/departments').then(
    (r) => r.items,
    (err: unknown) => {
      departmentsCache = null;
      throw err;
    },
  );
  return departmentsCache;
}

export const listDoctors = (query: DoctorQuery) =>
  request<{ items: Doctor[]; total: number }>('/doctors', { query: { ...query } });

export const getDoctor = (id: string) => request<Doctor>(`/doctors/${encodeURIComponent(id)}`);
