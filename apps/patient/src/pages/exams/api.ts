import type { DosePlan, ExamBooking, ExamPackage, Vaccination, Vaccine } from '@xinglin/contracts';
import { request } from '../../services/request';

/** 体检 and 疫苗 (apps/server modules/exams). */
const enc = encodeURIComponent;

export const listPackages = () => request<{ items: ExamPackage[] }>('/exam-packages').then((r) => r.items);
export const getPackage = (id: string) => request<ExamPackage>(`/exam-packages/${enc(id)}`);
export const bookExam = (body: { packageId: string; patientId: string; date: string }) => request<ExamBooking>('/exam-bookings', { method: 'POST', body });
export const listExamBookings = () => request<{ items: ExamBooking[] }>('/exam-bookings').then((r) => r.items);
export const cancelExam = (id: string) => request<ExamBooking>(`/exam-bookings/${enc(id)}/cancel`, { method: 'POST' });

export const listVaccines = () => request<{ items: Vaccine[] }>('/vaccines').then((r) => r.items);
export const getVaccine = (id: string) => request<Vaccine>(`/vaccines/${enc(id)}`);
export const getDosePlan = (vaccineId: string, patientId: string) => request<DosePlan>(`/vaccines/${enc(vaccineId)}/plan`, { query: { patientId } });
export const bookVaccination = (body: { vaccineId: string; patientId: string; date: string }) => request<Vaccination>('/vaccinations', { method: 'POST', body });
export const listVaccinations = () => request<{ items: Vaccination[] }>('/vaccinations').then((r) => r.items);
export const cancelVaccination = (id: string) => request<Vaccination>(`/vaccinations/${enc(id)}/cancel`, { method: 'POST' });
