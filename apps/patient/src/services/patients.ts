import type {
  IdType,
  PatientSummary,
  faceResultSchema,
  faceStartSchema,
  familyInvitationRequestSchema,
  familyInvitationSentSchema,
  managerSchema,
  patientListSchema,
  revealResultSchema,
} from '@xinglin/contracts';
import type { z } from 'zod';
import { request } from './request';

/** The 就诊人 API (apps/server modules/patients): real name, face check, family, managers, cards, reveals. */
export type PatientList = z.infer<typeof patientListSchema>;
export type FaceStart = z.infer<typeof faceStartSchema>;
export type FaceResult = z.infer<typeof faceResultSchema>;
export type InvitationRequest = z.input<typeof familyInvitationRequestSchema>;
export type InvitationSent = z.infer<typeof familyInvitationSentSchema>;
export type Manager = z.infer<typeof managerSchema>;
export type RevealField = z.infer<typeof revealResultSchema>['field'];

const enc = encodeURIComponent;

export const listPatients = () => request<PatientList>('/patients');

export const verifySelf = (body: { name: string; idType: IdType; idNumber: string }) =>
  request<PatientSummary>('/patients/self/verification', { method: 'POST', body });

export const startFace = (redirectUrl: string) =>
  request<FaceStart>('/patients/self/face-verification', { method: 'POST', body: { redirectUrl } });

export const getFaceResult = (bizToken: string) =>
  request<FaceResult>(`/patients/self/face-verification/${enc(bizToken)}`);

/** 201: added at once (a child under 14); 202: an SMS code went to the family member's phone. */
export const inviteFamily = (body: InvitationRequest) =>
  request<PatientSummary | InvitationSent>('/family/invitations', { method: 'POST', body });

export const isInvitation = (r: PatientSummary | InvitationSent): r is InvitationSent => 'invitationId' in r;

export const confirmInvitation = (invitationId: string, code: string) =>
  request<PatientSummary>(`/family/invitations/${enc(invitationId)}/confirm`, { method: 'POST', body: { code } });

export const removePatient = (id: string) => request<null>(`/patients/${enc(id)}`, { method: 'DELETE' });

export const listManagers = () => request<{ items: Manager[] }>('/me/managers');

export const removeManager = (accountId: string) =>
  request<null>(`/me/managers/${enc(accountId)}`, { method: 'DELETE' });

export const setManagerRecordAccess = (accountId: string, granted: boolean) =>
  request<null>(`/me/managers/${enc(accountId)}/record-access`, { method: 'PUT', body: { granted } });

export const addCard = (patientId: string, cardNo: string) =>
  request<PatientSummary>(`/patients/${enc(patientId)}/cards`, { method: 'POST', body: { cardNo } });

export const removeCard = (patientId: string, cardNo: string) =>
  request<null>(`/patients/${enc(patientId)}/cards/${enc(cardNo)}`, { method: 'DELETE' });

/** The full number; the server writes an audit entry for every reveal. */
export const revealField = (patientId: string, field: RevealField) =>
  request<{ field: RevealField; value: string }>(`/patients/${enc(patientId)}/reveal`, { query: { field } });
