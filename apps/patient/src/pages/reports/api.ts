import type { ReportDetail, ReportImageList, ReportSummary, ReportTrend } from '@xinglin/contracts';
import { API_ORIGIN, request } from '../../services/request';

/** 检验检查报告 (apps/server modules/reports, patient side). A 404 means no access or no such report. */
export type ReportShare = { id: string; reportId: string; recipient: string | null; createdAt: string; expiresAt: string; revokedAt: string | null; openCount: number };
export type NewReportShare = ReportShare & { token: string; path: string };
export type Analyte = { code: string; name: string; unit: string | null; count: number };

const patientBase = (patientId: string) => `/patients/${encodeURIComponent(patientId)}`;
const reportBase = (reportId: string) => `/reports/${encodeURIComponent(reportId)}`;

export const listReports = (patientId: string) => request<{ items: ReportSummary[] }>(`${patientBase(patientId)}/reports`);
export const getReport = (reportId: string) => request<ReportDetail>(reportBase(reportId));
export const listAnalytes = (patientId: string) => request<{ items: Analyte[] }>(`${patientBase(patientId)}/report-analytes`);
export const getTrend = (patientId: string, code: string) => request<ReportTrend>(`${patientBase(patientId)}/report-trends`, { query: { code } });
export const listImages = (reportId: string) => request<ReportImageList>(`${reportBase(reportId)}/images`);
export const listShares = (reportId: string) => request<{ items: ReportShare[] }>(`${reportBase(reportId)}/shares`);
export const createShare = (reportId: string, body: { hours?: number; recipient?: string }) =>
  request<NewReportShare>(`${reportBase(reportId)}/shares`, { method: 'POST', body });
export const revokeShare = (reportId: string, shareId: string) =>
  request<null>(`${reportBase(reportId)}/shares/${encodeURIComponent(shareId)}`, { method: 'DELETE' });

/** Absolute API URLs for what is fetched outside `request` (PDF download, images); they still need the bearer token. */
export const reportPdfUrl = (reportId: string) => `${API_ORIGIN}/api/v1${reportBase(reportId)}/pdf`;
export const reportImageUrl = (reportId: string, n: number) => `${API_ORIGIN}/api/v1${reportBase(reportId)}/images/${n}`;
/** The link a recipient opens: the shared report as PDF, no sign-in, until it expires or is revoked. */
export const sharedReportUrl = (origin: string, share: NewReportShare) => `${origin}/api/v1${share.path}/pdf`;
