import type { IdType, PatientSummary, Relation } from '@xinglin/contracts';
import { maskPhone } from '@xinglin/field-crypto';
import { badRequest, conflict, notFound } from '../../errors';
import { fieldContext } from '../../security/protection';
import { codeCheckError } from '../auth/sms-codes';
import { INVITATION_TTL_SECONDS, ageOn, needsOwnConsent } from './domain';
import { alreadyChecked } from './identity-rules';
import * as repo from './repository';
import { PATIENT, type Caller, type PatientsCore, type PatientsDeps } from './service';
import { isUuid } from '../../ids';

export interface InviteInput {
  name: string;
  idType: IdType;
  idNumber: string;
  relation: Exclude<Relation, 'self'>;
  phone?: string;
}

const invitationField = (column: string, id: string) => fieldContext('family_invitations', column, id);
const INVITATION = { zh: '邀请', en: 'Invitation' };

/** Adding family members: children under 14 by the guardian alone, everyone else with their own SMS consent. */
export function createFamily(deps: PatientsDeps, core: PatientsCore) {
  const { db, protection, now } = deps;

  async function link(caller: Caller, name: string, checked: Awaited<ReturnType<PatientsCore['checkIdentity']>>, relation: Relation, phone: string | null, consentMethod: string, tx: Parameters<PatientsCore['summaries']>[0]) {
    await core.assertRoom(tx, caller.accountId);
    const person = await core.findOrCreatePerson(tx, name, checked, phone);
    if (await repo.liveManager(tx, caller.accountId, person.id)) throw conflict('FAMILY_ALREADY_ADDED', '该就诊人已在您的列表中', 'This person is already in your list');
    await repo.insertManager(tx, { accountId: caller.accountId, patientId: person.id, relation, recordAccess: false, consentMethod });
    await core.audit(tx, caller, person.id, 'family_member', 'add');
    return core.summary(tx, caller.accountId, person.id);
  }

  return {
    async invite(caller: Caller, input: InviteInput): Promise<{ kind: 'added'; patient: PatientSummary } | { kind: 'consent'; invitationId: string; phoneMasked: string; expiresInSeconds: number }> {
      const checked = await core.checkIdentity(input.name, input.idType, input.idNumber);
      const age = ageOn(checked.birthDate, now());
      if (!needsOwnConsent(age)) {
        const patient = await db.transaction((tx) => link(caller, input.name, checked, input.relation, null, 'guardian', tx));
        return { kind: 'added', patient };
      }
      if (!input.phone) throw badRequest('FAMILY_PHONE_REQUIRED', '年满 14 周岁的家人需填写本人手机号并输入验证码确认', 'Family members aged 14 or over must confirm with a code sent to their own phone', { field: 'phone' });
      const phone = input.phone;
      const id = crypto.randomUUID();
      await db.transaction(async (tx) => {
        await core.assertRoom(tx, caller.accountId);
        await repo.insertInvitation(tx, {
          id,
          accountId: caller.accountId,
          name: input.name,
          idType: checked.idType,
          idNumberEnc: protection.cipher.encrypt(checked.idNumber, invitationField('id_number', id)),
          phoneEnc: protection.cipher.encrypt(phone, invitationField('phone', id)),
          relation: input.relation,
          expiresAt: new Date(now().getTime() + INVITATION_TTL_SECONDS * 1000),
        });
      });
      await deps.codes.send(phone, 'family_consent');
      return { kind: 'consent', invitationId: id, phoneMasked: maskPhone(phone), expiresInSeconds: INVITATION_TTL_SECONDS };
    },

    async confirm(caller: Caller, invitationId: string, code: string): Promise<PatientSummary> {
      const outcome = await db.transaction(async (tx) => {
        const inv = isUuid(invitationId) ? await repo.findInvitation(tx, invitationId, caller.accountId) : null;
        if (!inv || inv.confirmedAt || inv.expiresAt <= now()) throw notFound(INVITATION);
        const phone = protection.cipher.decrypt(inv.phoneEnc, invitationField('phone', inv.id));
        const check = await deps.codes.check(tx, phone, 'family_consent', code);
        if (check.kind !== 'ok') return { ok: false as const, check };
        const idNumber = protection.cipher.decrypt(inv.idNumberEnc, invitationField('id_number', inv.id));
        // The identity was checked when the invitation was made; the code now proves the person agrees.
        const checked = alreadyChecked(inv.idType, idNumber, now());
        await repo.confirmInvitation(tx, inv.id, now());
        return { ok: true as const, patient: await link(caller, inv.name, checked, inv.relation, phone, 'sms', tx) };
      });
      if (!outcome.ok) throw codeCheckError(outcome.check);
      return outcome.patient;
    },

    async remove(caller: Caller, patientId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const found = await core.access(tx, caller.accountId, patientId);
        const mine = found && (await repo.liveManager(tx, caller.accountId, patientId));
        if (!found || !mine) throw notFound(PATIENT);
        if (found.patient.selfAccountId === caller.accountId) throw conflict('CANNOT_REMOVE_SELF', '不能移除本人', 'You cannot remove yourself');
        await repo.revokeManager(tx, mine.id, caller.accountId, now());
        await core.audit(tx, caller, patientId, 'family_member', 'remove');
      });
    },
  };
}
