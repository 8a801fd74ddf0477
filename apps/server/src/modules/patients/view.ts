import type { PatientSummary, Relation } from '@xinglin/contracts';
import { maskIdNumber, maskPhone } from '@xinglin/field-crypto';
import { fieldContext, type Protection } from '../../security/protection';
import { ageOn, decideAccess } from './domain';
import type { ManagerRow, PatientRow } from './repository';

export const patientField = (column: 'id_number' | 'phone', id: string) => fieldContext('patients', column, id);

export function decryptIdNumber(p: Protection, row: PatientRow): string {
  return p.cipher.decrypt(row.idNumberEnc, patientField('id_number', row.id));
}

export function decryptPhone(p: Protection, row: PatientRow): string | null {
  return row.phoneEnc ? p.cipher.decrypt(row.phoneEnc, patientField('phone', row.id)) : null;
}

/** What the managing account sees: ID number and phone masked, never in clear. */
export function toSummary(
  p: Protection,
  row: PatientRow,
  manager: Pick<ManagerRow, 'relation' | 'recordAccess'>,
  accountId: string,
  cards: { cardNo: string; createdAt: Date }[],
  now: Date,
): PatientSummary {
  const age = ageOn(row.birthDate, now);
  const isSelf = row.selfAccountId === accountId;
  const access = decideAccess({ isSelf, manager, age, hasOwnAccount: row.selfAccountId !== null });
  const phone = decryptPhone(p, row);
  return {
    id: row.id,
    name: row.name,
    relation: (isSelf ? 'self' : manager.relation) as Relation,
    isSelf,
    gender: row.gender === 'male' || row.gender === 'female' ? row.gender : null,
    birthDate: row.birthDate,
    age,
    idType: row.idType,
    idNumberMasked: maskIdNumber(decryptIdNumber(p, row)),
    phoneMasked: phone ? maskPhone(phone) : null,
    verificationLevel: Math.min(3, Math.max(0, row.verificationLevel)) as 0 | 1 | 2 | 3,
    reviewStatus: row.reviewStatus as PatientSummary['reviewStatus'],
    recordAccess: access?.record ?? false,
    cards: cards.map((c) => ({ cardNo: c.cardNo, addedAt: c.createdAt.toISOString() })),
  };
}
