import type {
  HealthRecord,
  careGrantSchema,
  healthRecordUpdateSchema,
  healthRecordVersionSchema,
  recordAccessEntrySchema,
} from '@xinglin/contracts';
import type { z } from 'zod';
import { request } from './request';

/** 电子健康档案 (apps/server modules/records, patient side). A 404 means no access to that patient. */
export type HealthRecordUpdate = z.infer<typeof healthRecordUpdateSchema>;
export type RecordVersion = z.infer<typeof healthRecordVersionSchema>;
export type RecordAccessEntry = z.infer<typeof recordAccessEntrySchema>;
export type CareGrant = z.infer<typeof careGrantSchema>;

const base = (patientId: string) => `/patients/${encodeURIComponent(patientId)}`;

export const getRecord = (patientId: string) => request<HealthRecord>(`${base(patientId)}/health-record`);

/** Sends the version the edit started from; 409 RECORD_VERSION_CONFLICT if someone saved first. */
export const saveRecord = (patientId: string, body: HealthRecordUpdate) =>
  request<HealthRecord>(`${base(patientId)}/health-record`, { method: 'PUT', body });

export const listRecordVersions = (patientId: string) =>
  request<{ items: RecordVersion[] }>(`${base(patientId)}/health-record/versions`);

export const listRecordAccess = (patientId: string) =>
  request<{ items: RecordAccessEntry[] }>(`${base(patientId)}/record-access-log`);

export const listCareGrants = (patientId: string) => request<{ items: CareGrant[] }>(`${base(patientId)}/care-grants`);

export const grantCare = (patientId: string, doctorId: string, days = 7) =>
  request<CareGrant>(`${base(patientId)}/care-grants`, { method: 'POST', body: { doctorId, days } });

export const revokeCare = (patientId: string, grantId: string) =>
  request<null>(`${base(patientId)}/care-grants/${encodeURIComponent(grantId)}`, { method: 'DELETE' });
