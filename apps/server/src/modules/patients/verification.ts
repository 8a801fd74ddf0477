import type { IdType, PatientSummary } from '@xinglin/contracts';
import { notFound, serviceUnavailable } from '../../errors';
import * as repo from './repository';
import { alreadyVerified, identityTaken, type Caller, type PatientsCore, type PatientsDeps } from './service';
import { decryptIdNumber } from './view';

/** Real-name verification of the account holder: L2 by name + ID, L3 by face. */
export function createVerification(deps: PatientsDeps, core: PatientsCore) {
  const { db, now } = deps;

  return {
    async verifySelf(caller: Caller, name: string, idType: IdType, idNumber: string): Promise<PatientSummary> {
      const checked = await core.checkIdentity(name, idType, idNumber);
      return db.transaction(async (tx) => {
        await repo.lockAccountFamily(tx, caller.accountId);
        if (await repo.findSelfPatient(tx, caller.accountId)) throw alreadyVerified();
        const existing = await repo.findPatientByIdNumber(tx, checked.idType, deps.protection.index('id_number', checked.idNumber));
        if (existing?.selfAccountId) throw identityTaken();
        const person = await core.findOrCreatePerson(tx, name, checked, null);
        await repo.updatePatient(tx, person.id, { selfAccountId: caller.accountId });
        const mine = await repo.liveManager(tx, caller.accountId, person.id);
        if (!mine) {
          await core.assertRoom(tx, caller.accountId);
          await repo.insertManager(tx, { accountId: caller.accountId, patientId: person.id, relation: 'self', recordAccess: true, consentMethod: 'self' });
        }
        await core.audit(tx, caller, person.id, 'patient_identity', 'verify_identity');
        return core.summary(tx, caller.accountId, person.id);
      });
    },

    async startFace(caller: Caller, redirectUrl: string): Promise<{ bizToken: string; url: string }> {
      const self = await db.transaction((tx) => repo.findSelfPatient(tx, caller.accountId));
      if (!self || self.verificationLevel < 2) throw notFound({ zh: '已实名的本人信息', en: 'Verified identity' });
      const started = await deps.face.start({ name: self.name, idNumber: decryptIdNumber(deps.protection, self), redirectUrl });
      if (!started.ok) throw serviceUnavailable('FACE_UNAVAILABLE', '人脸核身服务暂不可用，请稍后再试', 'Face verification is unavailable; please try again later');
      await db.transaction((tx) => repo.insertFaceVerification(tx, { bizToken: started.bizToken, patientId: self.id, accountId: caller.accountId }));
      return { bizToken: started.bizToken, url: started.url };
    },

    /** Asks the provider; a pass for the same person raises the account holder to level 3. */
    async faceResult(caller: Caller, bizToken: string): Promise<{ status: 'pending' | 'passed' | 'failed'; verificationLevel: 0 | 1 | 2 | 3 }> {
      const row = await db.transaction((tx) => repo.findFaceVerification(tx, bizToken, caller.accountId));
      if (!row) throw notFound({ zh: '核身记录', en: 'Face verification' });
      const self = await db.transaction((tx) => repo.findPatient(tx, row.patientId));
      if (!self) throw notFound({ zh: '核身记录', en: 'Face verification' });
      const level = () => Math.min(3, self.verificationLevel) as 0 | 1 | 2 | 3;
      if (row.status !== 'pending') return { status: row.status as 'passed' | 'failed', verificationLevel: level() };
      const result = await deps.face.result(bizToken);
      if (!result.ok) throw serviceUnavailable('FACE_UNAVAILABLE', '人脸核身服务暂不可用，请稍后再试', 'Face verification is unavailable; please try again later');
      if (result.status === 'pending') return { status: 'pending', verificationLevel: level() };
      // The provider reports whom it verified; it must be the person we asked about.
      const samePerson = !result.idNumber || result.idNumber.toUpperCase() === decryptIdNumber(deps.protection, self);
      const status = result.status === 'passed' && samePerson ? 'passed' : 'failed';
      return db.transaction(async (tx) => {
        await repo.completeFaceVerification(tx, bizToken, status, now());
        if (status === 'passed') await repo.updatePatient(tx, self.id, { verificationLevel: 3, verifiedAt: now(), verifiedMethod: 'face' });
        await core.audit(tx, caller, self.id, 'patient_identity', 'verify_face', status === 'passed' ? 'success' : 'failure');
        return { status, verificationLevel: status === 'passed' ? 3 : level() };
      });
    },
  };
}
