import { reportDetailSchema, reportImageListSchema, reportListSchema, reportTrendSchema, type ReportDetail, type ReportSummary, type ReportTrend } from '@xinglin/contracts';
import { toRequestError } from '../../../services/api-error';
import { API_BASE, handleRequestError, request } from '../../../services/request';
import { getSession } from '../../../services/session';

export type { ReportDetail, ReportSummary, ReportTrend };

/** 400/403/404 all mean "not yours to see": the page must not tell a missing patient from someone else's. */
export const NOT_VISIBLE = new Set([400, 403, 404]);

async function quiet<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const failure = toRequestError(error);
    if (!NOT_VISIBLE.has(failure.info.statusCode)) handleRequestError(failure.info);
    throw failure;
  }
}

const id = encodeURIComponent;

/** GET /clinical/patients/:id/reports — care relationship required; audited by the server. */
export const fetchPatientReports = (patientId: string, signal?: AbortSignal) =>
  quiet(() => request(`/clinical/patients/${id(patientId)}/reports`, { schema: reportListSchema, skipErrorHandler: true, signal })).then((r) => r.items);

export const fetchReport = (reportId: string, signal?: AbortSignal) =>
  quiet(() => request(`/clinical/reports/${id(reportId)}`, { schema: reportDetailSchema, skipErrorHandler: true, signal }));

export const fetchTrend = (patientId: string, code: string, signal?: AbortSignal) =>
  quiet(() => request(`/clinical/patients/${id(patientId)}/report-trends`, { query: { code }, schema: reportTrendSchema, skipErrorHandler: true, signal }));

export const fetchImageList = (reportId: string, signal?: AbortSignal) =>
  request(`/clinical/reports/${id(reportId)}/images`, { schema: reportImageListSchema, skipErrorHandler: true, signal });

/** A key image as an object URL (the PNG needs the bearer token, so it cannot be a plain <img src>). */
export async function fetchImageUrl(reportId: string, n: number, signal?: AbortSignal): Promise<string> {
  const token = getSession()?.accessToken;
  const res = await fetch(`${API_BASE}/clinical/reports/${id(reportId)}/images/${n}`, { headers: token ? { Authorization: `Bearer ${token}` } : {}, signal });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return URL.createObjectURL(await res.blob());
}
