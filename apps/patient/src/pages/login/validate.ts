import { phoneSchema, smsLoginRequestSchema } from '@xinglin/contracts';
import type { MessageKey } from '../../i18n';

/** Inline validation with the API's own schemas; returns the message key of the first problem. */
export function phoneError(phone: string): MessageKey | null {
  return phoneSchema.safeParse(phone).success ? null : 'login.err.phone';
}

export function loginErrors(phone: string, code: string, agreed: boolean) {
  const phoneErr = phoneError(phone);
  const codeErr = smsLoginRequestSchema.shape.code.safeParse(code).success ? null : 'login.err.code';
  return {
    phone: phoneErr,
    code: codeErr as MessageKey | null,
    agree: agreed ? null : ('login.err.agree' as MessageKey),
  };
}

export const digitsOnly = (value: string, max: number) => value.replace(/\D/g, '').slice(0, max);
