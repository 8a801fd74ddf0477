import { conflict, notFound } from '../../errors';
import * as repo from './repository';
import type { Caller, PatientsCore, PatientsDeps } from './service';
import { decryptIdNumber, decryptPhone } from './view';
import { isUuid } from '../../ids';

export interface AccountDescriber {
  (tx: Parameters<PatientsCore['summaries']>[0], accountId: string): Promise<{ displayName: string; phoneMasked: string } | null>;
}

const MANAGER = { zh: '管理人', en: 'Manager' };

/** The adult's side: who manages me, take it back, allow or stop record access; cards and audited reveals. */
export function createConsents(deps: PatientsDeps, core: PatientsCore, describeAccount: AccountDescriber) {
  const { db, now } = deps;

  async function myManagerRow(tx: Parameters<PatientsCore['summaries']>[0], caller: Caller, managerAccountId: string) {
    const self = await repo.findSelfPatient(tx, caller.accountId);
    const row = self && isUuid(managerAccountId) ? await repo.liveManager(tx, managerAccountId, self.id) : null;
    if (!self || !row || managerAccountId === caller.accountId) throw notFound(MANAGER);
    return { self, row };
  }

  return {
    async managersOfMe(caller: Caller) {
      return db.transaction(async (tx) => {
        const self = await repo.findSelfPatient(tx, caller.accountId);
        if (!self) return [];
        const rows = (await repo.managersOf(tx, self.id)).filter((r) => r.manager.accountId !== caller.accountId);
        const out = [];
        for (const r of rows) {
          const who = await describeAccount(tx, r.manager.accountId);
          out.push({
            accountId: r.manager.accountId,
            displayName: who?.displayName ?? '',
            phoneMasked: who?.phoneMasked ?? '',
            relation: r.manager.relation,
            since: r.manager.createdAt.toISOString(),
            recordAccess: r.manager.recordAccess,
          });
        }
        return out;
      });
    },

    async revokeManager(caller: Caller, managerAccountId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const { self, row } = await myManagerRow(tx, caller, managerAccountId);
        await repo.revokeManager(tx, row.id, caller.accountId, now());
        await core.audit(tx, caller, self.id, 'patient_manager', 'revoke');
      });
    },

    async setRecordAccess(caller: Caller, managerAccountId: string, granted: boolean): Promise<void> {
      await db.transaction(async (tx) => {
        const { self, row } = await myManagerRow(tx, caller, managerAccountId);
        await repo.setRecordAccess(tx, row.id, granted);
        await core.audit(tx, caller, self.id, 'record_grant', granted ? 'grant' : 'withdraw');
      });
    },

    async addCard(caller: Caller, patientId: string, cardNo: string) {
      return db.transaction(async (tx) => {
        await core.requireAccess(tx, caller, patientId, 'manage');
        if (!(await repo.insertCard(tx, patientId, cardNo.toUpperCase()))) {
          throw conflict('CARD_TAKEN', '该就诊卡已绑定', 'This medical card is already bound');
        }
        await core.audit(tx, caller, patientId, 'medical_card', 'bind');
        return core.summary(tx, caller.accountId, patientId);
      });
    },

    async removeCard(caller: Caller, patientId: string, cardNo: string): Promise<void> {
      await db.transaction(async (tx) => {
        await core.requireAccess(tx, caller, patientId, 'manage');
        if (!(await repo.deleteCard(tx, patientId, cardNo.toUpperCase()))) throw notFound({ zh: '就诊卡', en: 'Medical card' });
        await core.audit(tx, caller, patientId, 'medical_card', 'unbind');
      });
    },

    /** The full value, for the few flows that need it (e.g. printing a form); each reveal is audited. */
    async reveal(caller: Caller, patientId: string, field: 'idNumber' | 'phone'): Promise<string> {
      return db.transaction(async (tx) => {
        const patient = await core.requireAccess(tx, caller, patientId, 'manage');
        const value = field === 'idNumber' ? decryptIdNumber(deps.protection, patient) : decryptPhone(deps.protection, patient);
        if (!value) throw notFound({ zh: '手机号', en: 'Phone number' });
        await core.audit(tx, caller, patientId, field === 'idNumber' ? 'patient_id_number' : 'patient_phone', 'reveal');
        return value;
      });
    },
  };
}
