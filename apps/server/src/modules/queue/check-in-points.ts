import type { CheckInPoint } from '@xinglin/contracts';
import { notFound } from '../../errors';
import { isUuid } from '../../ids';
import type { StaffCaller } from '../records/clinical-side';
import type { QueueDeps, Tx } from './deps';
import { signCheckInToken } from './qr-token';
import * as repo from './repository';

const POINT = { zh: '签到点', en: 'Check-in point' };

/** The admin's side: each department's check-in point and the token its posted QR code must carry. */
export function createCheckInPoints(deps: QueueDeps) {
  const audit = (tx: Tx, caller: StaffCaller, departmentId: string | null, action: string) =>
    deps.audit.record(tx, { actor: { kind: 'staff', id: caller.principal.subjectId, role: 'admin' }, patientId: null, objectType: 'check_in_point', objectId: departmentId, action, outcome: 'success', ip: caller.ip, requestId: caller.requestId });

  async function list(tx: Tx): Promise<CheckInPoint[]> {
    return (await repo.allCheckInPoints(tx)).map(({ p, departmentName, location, campusName }) => {
      const token = signCheckInToken(deps.authSecret, p.departmentId, p.keyVersion);
      return { departmentId: p.departmentId, departmentName, campusName, location, latitude: p.latitude, longitude: p.longitude, radiusMetres: p.radiusMetres, keyVersion: p.keyVersion, token, qrText: token };
    });
  }

  return {
    /** Reading the codes is audited: whoever has one can check in without being there. */
    list: (caller: StaffCaller) =>
      deps.db.transaction(async (tx) => {
        await audit(tx, caller, null, 'qr_list');
        return list(tx);
      }),

    /** A new poster: raises the key version, so codes photographed from the old one stop working. */
    rotate: (caller: StaffCaller, departmentId: string) =>
      deps.db.transaction(async (tx) => {
        const row = isUuid(departmentId) ? await repo.bumpKeyVersion(tx, departmentId) : null;
        if (!row) throw notFound(POINT);
        await audit(tx, caller, departmentId, 'qr_rotate');
        return (await list(tx)).find((p) => p.departmentId === departmentId)!;
      }),
  };
}
