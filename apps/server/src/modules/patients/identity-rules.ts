import type { IdType } from '@xinglin/contracts';
import { idNumberProblemMessages, requiresManualReview, validateDocumentNumber, validateMainlandIdNumber, type IdentityCheckProvider } from '@xinglin/identity';
import { AppError, serviceUnavailable } from '../../errors';

export interface CheckedIdentity {
  idType: IdType;
  idNumber: string;
  gender: 'male' | 'female' | null;
  birthDate: string | null;
  /** Level 2 once the provider confirmed name and number; other documents wait for a person to review them. */
  level: 1 | 2;
  reviewStatus: 'none' | 'pending_review';
}

const invalid = (reason: keyof typeof idNumberProblemMessages) =>
  new AppError('ID_NUMBER_INVALID', 422, idNumberProblemMessages[reason].zh, idNumberProblemMessages[reason].en, { reason });

/**
 * Checks an ID document the way the counter clerk would: format, check digit, birth date and region locally
 * first (no provider call for a typo), then the provider confirms the name matches the number.
 */
export async function checkIdentity(provider: IdentityCheckProvider, name: string, idType: IdType, raw: string, now: Date): Promise<CheckedIdentity> {
  if (idType !== 'mainland_id') {
    const doc = validateDocumentNumber(idType, raw, now);
    if (!doc.ok) throw invalid(doc.reason);
    return { idType, idNumber: doc.normalized, gender: null, birthDate: null, level: 1, reviewStatus: requiresManualReview(idType) ? 'pending_review' : 'none' };
  }
  const id = validateMainlandIdNumber(raw, now);
  if (!id.ok) throw invalid(id.reason);
  const result = await provider.check({ name, idNumber: id.normalized });
  if (!result.ok) throw serviceUnavailable('IDENTITY_CHECK_UNAVAILABLE', '实名核验服务暂不可用，请稍后再试', 'The identity check service is unavailable; please try again later');
  if (!result.match) {
    throw new AppError('IDENTITY_MISMATCH', 422, '姓名与身份证号不一致，请核对后重试', 'The name does not match the ID number; please check both', { reason: result.reason });
  }
  return { idType, idNumber: id.normalized, gender: id.gender, birthDate: id.birthDate, level: 2, reviewStatus: 'none' };
}

/**
 * Rebuilds the checked identity of a number the provider already confirmed (e.g. when a family member's consent
 * arrives), without asking the provider again.
 */
export function alreadyChecked(idType: IdType, idNumber: string, now: Date): CheckedIdentity {
  if (idType !== 'mainland_id') return { idType, idNumber, gender: null, birthDate: null, level: 1, reviewStatus: 'pending_review' };
  const id = validateMainlandIdNumber(idNumber, now);
  if (!id.ok) throw invalid(id.reason);
  return { idType, idNumber: id.normalized, gender: id.gender, birthDate: id.birthDate, level: 2, reviewStatus: 'none' };
}
