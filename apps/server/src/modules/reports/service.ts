import type { ReportDetail, ReportTrend } from '@xinglin/contracts';
import type { Db, Tx } from '../../db/client';
import { notFound } from '../../errors';
import { isUuid } from '../../ids';
import type { Protection } from '../../security/protection';
import type { AuditService } from '../audit/service';
import type { AuditEvent } from '../audit/domain';
import type { AuthService } from '../auth/service';
import type { PatientsService } from '../patients';
import { effectiveFlags, presentFlags } from './domain';
import type { ReportNotifier } from './ingest';
import * as repo from './repository';
import { toDetail, toSummary } from './view';

export interface ReportsDeps {
  db: Db;
  protection: Protection;
  audit: AuditService;
  patients: PatientsService;
  auth: AuthService;
  now: () => Date;
  /** Keys the share-link tokens (a key is derived from it). */
  authSecret: string;
  shareTtlHours: number;
  notifications?: ReportNotifier;
  /** PostgreSQL: a batch of new results is one statement without a transaction of its own (ingest.ts). */
  autocommit?: boolean;
}

export const REPORT = { zh: '报告', en: 'Report' };

export type ReportsCore = ReturnType<typeof createReportsCore>;

/** Loading and shaping reports; the patient, clinical and share sides decide who may, then call here. */
export function createReportsCore(deps: ReportsDeps) {
  return {
    /** The report with a patient, or null for malformed ids, missing ones and results still in the unmatched queue. */
    async find(tx: Tx, reportId: string): Promise<(repo.ReportRow & { patientId: string }) | null> {
      if (!isUuid(reportId)) return null;
      const row = await repo.findReport(tx, reportId);
      return row?.patientId ? (row as repo.ReportRow & { patientId: string }) : null;
    },

    async detail(tx: Tx, row: repo.ReportRow): Promise<ReportDetail> {
      return toDetail(deps.protection, row, await repo.observationsOf(tx, [row.id]));
    },

    async list(tx: Tx, patientId: string, status?: string) {
      const rows = await repo.reportsOfPatient(tx, patientId, status);
      const obs = await repo.observationsOf(tx, rows.map((r) => r.id));
      return rows.map((r) => toSummary(r, obs.filter((o) => o.reportId === r.id)));
    },

    async trend(tx: Tx, patientId: string, code: string): Promise<ReportTrend> {
      const rows = await repo.seriesOf(tx, patientId, code);
      if (rows.length === 0) throw notFound({ zh: '检验项目', en: 'Analyte' });
      const last = rows[rows.length - 1]!.obs;
      return {
        code,
        name: last.name,
        unit: last.unit,
        referenceLow: last.referenceLow,
        referenceHigh: last.referenceHigh,
        points: rows.map(({ obs, at }) => {
          const flags = effectiveFlags(obs);
          return { reportId: obs.reportId, at: new Date(at).toISOString(), value: obs.value, numeric: obs.numeric, unit: obs.unit, flags, abnormal: presentFlags(flags).abnormal };
        }),
      };
    },

    analytes: (tx: Tx, patientId: string) => repo.analytesOf(tx, patientId),

    audit: (tx: Tx, event: AuditEvent) => deps.audit.record(tx, event),
  };
}

export const patientActor = (accountId: string) => ({ kind: 'patient' as const, id: accountId, role: 'patient' });
export const notFoundReport = () => notFound(REPORT);
