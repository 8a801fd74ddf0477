import { maskName } from '@xinglin/field-crypto';
import type { WaitlistAdminEntry, WaitlistAdminQuery } from '@xinglin/contracts';
import type { Db } from '../../db/client';
import { forbidden, notFound } from '../../errors';
import type { AuditService } from '../audit/service';
import type { CatalogService } from '../catalog/service';
import type { StaffCaller } from '../records/clinical-side';
import * as repo from './waitlist-admin-repository';

export interface WaitlistAdminDeps {
  db: Db;
  audit: AuditService;
  catalog: Pick<CatalogService, 'departmentExists'>;
}

/** 候补 for hospital admins: who waits in a department's or a clinic's line, in order, and the offers not yet paid. */
export function createWaitlistAdmin({ db, audit, catalog }: WaitlistAdminDeps) {
  return {
    async list(caller: StaffCaller, query: WaitlistAdminQuery): Promise<WaitlistAdminEntry[]> {
      // The route guard already asks for admin; the service does not rely on being called from there.
      if (!caller.principal.roles.includes('admin')) throw forbidden();
      return db.transaction(async (tx) => {
        let scope: Parameters<typeof repo.openEntries>[1];
        if (query.sessionId) {
          const line = await repo.sessionLine(tx, query.sessionId);
          if (!line) throw notFound({ zh: '出诊', en: 'Session' });
          scope = { departmentId: line.departmentId, session: { id: query.sessionId, date: line.date } };
        } else {
          if (!(await catalog.departmentExists(tx, query.departmentId!))) throw notFound({ zh: '科室', en: 'Department' });
          scope = { departmentId: query.departmentId! };
        }
        const rows = await repo.openEntries(tx, scope);
        // A look at who is waiting is a read of patient data, even masked: one audit row per look.
        await audit.record(tx, {
          actor: { kind: 'staff', id: caller.principal.subjectId, role: 'admin' },
          objectType: 'waitlist',
          objectId: query.sessionId ?? query.departmentId!,
          action: 'list',
          outcome: 'success',
          purpose: `${rows.length} entries`,
          ip: caller.ip,
          requestId: caller.requestId,
        });
        let waiting = 0;
        return rows.map((r) => ({
          id: r.e.id,
          position: r.e.status === 'waiting' ? ++waiting : null,
          patientNameMasked: maskName(r.patientName),
          sessionId: r.e.sessionId,
          doctorName: r.doctorName,
          sessionDate: r.sessionDate,
          period: r.period,
          dates: r.e.dates,
          status: r.e.status as WaitlistAdminEntry['status'],
          bookingId: r.e.bookingId,
          offerExpiresAt: r.offerExpiresAt?.toISOString() ?? null,
          createdAt: r.e.createdAt.toISOString(),
        }));
      });
    },
  };
}
