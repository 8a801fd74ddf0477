import type { TriageOptions, TriageRequest, TriageResult } from '@xinglin/contracts';
import { request } from '../../services/request';

export const getTriageOptions = () => request<TriageOptions>('/triage/options', { auth: false });
export const runTriage = (body: TriageRequest) => request<TriageResult>('/triage', { method: 'POST', body, auth: false });
