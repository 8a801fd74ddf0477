import type { IdType, PatientSummary } from '@xinglin/contracts';
import type { FaceVerificationProvider, IdentityCheckProvider } from '@xinglin/identity';
import type { Db, Tx } from '../../db/client';
import { AppError, conflict, notFound } from '../../errors';
import type { Protection } from '../../security/protection';
import type { AuditService } from '../audit/service';
import type { SmsCodeService } from '../auth/sms-codes';
import { MAX_PATIENTS_PER_ACCOUNT, ageOn, decideAccess, type PatientAccess } from './domain';
import { checkIdentity, type CheckedIdentity } from './identity-rules';
import * as repo from './repository';
import { decryptIdNumber, patientField, toSummary } from './view';
import { maskIdNumber } from '@xinglin/field-crypto';
import { isUuid } from '../../ids';

export interface PatientsDeps {
  db: Db;
  protection: Protection;
  audit: AuditService;
  codes: SmsCodeService;
  idCheck: IdentityCheckProvider;
  face: FaceVerificationProvider;
  now: () => Date;
}

export interface Caller {
  accountId: string;
  ip?: string;
  requestId?: string;
}

export const PATIENT = { zh: '就诊人', en: 'Patient' };

export type PatientsCore = ReturnType<typeof createPatientsCore>;

/** The shared core of the patients context: access decisions, listing, and finding-or-creating a person. */
export function createPatientsCore(deps: PatientsDeps) {
  const { db, protection, now } = deps;

  async function access(tx: Tx, accountId: string, patientId: string): Promise<{ patient: repo.PatientRow; access: PatientAccess } | null> {
    if (!isUuid(patientId)) return null;
    const patient = await repo.findPatient(tx, patientId);
    if (!patient) return null;
    const manager = await repo.liveManager(tx, accountId, patientId);
    const decided = decideAccess({ isSelf: patient.selfAccountId === accountId, manager, age: ageOn(patient.birthDate, now()), hasOwnAccount: patient.selfAccountId !== null });
    return decided && { patient, access: decided };
  }

  const core = {
    access,

    /** The person an account is (after real-name verification), for contexts that name people by phone. */
    selfPatientOf: (tx: Tx, accountId: string) => repo.findSelfPatient(tx, accountId),

    /** Access or 404: out-of-scope patients look exactly like missing ones. */
    async requireAccess(tx: Tx, caller: Caller, patientId: string, need: 'manage' | 'record') {
      const found = await access(tx, caller.accountId, patientId);
      if (!found || !found.access[need]) throw notFound(PATIENT);
      return found.patient;
    },

    async summaries(tx: Tx, accountId: string): Promise<PatientSummary[]> {
      const rows = await repo.managedPatients(tx, accountId);
      const cards = await repo.cardsOf(tx, rows.map((r) => r.patient.id));
      const list = rows.map((r) => toSummary(protection, r.patient, r.manager, accountId, cards.filter((c) => c.patientId === r.patient.id), now()));
      // Self first, then in the order they were added.
      return [...list.filter((p) => p.isSelf), ...list.filter((p) => !p.isSelf)];
    },

    /** The account's own list; audited like every read of patient data. */
    list: (caller: Caller) =>
      db.transaction(async (tx) => {
        const items = await core.summaries(tx, caller.accountId);
        await core.audit(tx, caller, null, 'patient_list', 'read');
        return items;
      }),

    async summary(tx: Tx, accountId: string, patientId: string): Promise<PatientSummary> {
      const all = await core.summaries(tx, accountId);
      const found = all.find((p) => p.id === patientId);
      if (!found) throw notFound(PATIENT);
      return found;
    },

    checkIdentity: (name: string, idType: IdType, idNumber: string) => checkIdentity(deps.idCheck, name, idType, idNumber, now()),

    /** Same person, same row: a family member someone already added is found by the blind index of the number. */
    async findOrCreatePerson(tx: Tx, name: string, id: CheckedIdentity, phone: string | null): Promise<repo.PatientRow> {
      const idIndex = protection.index('id_number', id.idNumber);
      const existing = await repo.findPatientByIdNumber(tx, id.idType, idIndex);
      if (existing) {
        const level = Math.max(existing.verificationLevel, id.level);
        await repo.updatePatient(tx, existing.id, { name, verificationLevel: level, ...(phone && !existing.phoneEnc ? core.phoneFields(existing.id, phone) : {}) });
        return { ...existing, name, verificationLevel: level };
      }
      const patientId = crypto.randomUUID();
      return repo.insertPatient(tx, {
        id: patientId,
        name,
        idType: id.idType,
        idNumberEnc: protection.cipher.encrypt(id.idNumber, patientField('id_number', patientId)),
        idNumberIndex: idIndex,
        gender: id.gender,
        birthDate: id.birthDate,
        verificationLevel: id.level,
        verifiedAt: id.level >= 2 ? now() : null,
        verifiedMethod: id.level >= 2 ? 'id_check' : null,
        reviewStatus: id.reviewStatus,
        ...(phone ? core.phoneFields(patientId, phone) : {}),
      });
    },

    /** Keeps the blind index of the home address in step with the health record (for the relative alert). */
    async setAddress(tx: Tx, patientId: string, address: string | null): Promise<void> {
      await repo.updatePatient(tx, patientId, { addressIndex: address ? protection.index('address', address) : null });
    },

    /** What a clinician with a care relationship sees of the person: masked number, no phone. */
    async clinicalView(tx: Tx, patientId: string) {
      const p = await repo.findPatient(tx, patientId);
      if (!p) return null;
      const cards = await repo.cardsOf(tx, [p.id]);
      return {
        id: p.id,
        name: p.name,
        gender: p.gender === 'male' || p.gender === 'female' ? (p.gender as 'male' | 'female') : null,
        age: ageOn(p.birthDate, now()),
        idNumberMasked: maskIdNumber(decryptIdNumber(protection, p)),
        cards: cards.map((c) => c.cardNo),
        addressIndex: p.addressIndex,
      };
    },

    phoneFields: (patientId: string, phone: string) => ({
      phoneEnc: protection.cipher.encrypt(phone, patientField('phone', patientId)),
      phoneIndex: protection.index('phone', phone),
    }),

    /** The 5-patient limit, checked under the account's family lock. */
    async assertRoom(tx: Tx, accountId: string): Promise<void> {
      await repo.lockAccountFamily(tx, accountId);
      const count = (await repo.managedPatients(tx, accountId)).length;
      if (count >= MAX_PATIENTS_PER_ACCOUNT) {
        throw conflict('FAMILY_LIMIT', `每个账号最多管理 ${MAX_PATIENTS_PER_ACCOUNT} 位就诊人`, `An account can manage at most ${MAX_PATIENTS_PER_ACCOUNT} patients`);
      }
    },

    audit: (tx: Tx, caller: Caller, patientId: string | null, objectType: string, action: string, outcome: 'success' | 'denied' | 'failure' = 'success') =>
      deps.audit.record(tx, { actor: { kind: 'patient', id: caller.accountId, role: 'patient' }, patientId, objectType, objectId: patientId, action, outcome, ip: caller.ip, requestId: caller.requestId }),
  };
  return core;
}

export const alreadyVerified = () => conflict('ALREADY_VERIFIED', '您已完成实名认证', 'This account is already verified');
export const identityTaken = () =>
  new AppError('IDENTITY_TAKEN', 409, '该证件已被其他账号实名认证，如有疑问请联系医院', 'This ID is already verified by another account; contact the hospital if this is wrong');
