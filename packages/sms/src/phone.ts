// Phone number forms: Tencent's PhoneNumberSet wants E.164 (+86…), while the rest of Xinglin and the
// simulator's records use the 11-digit mainland form the patient typed.

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;
const E164 = /^\+[1-9]\d{6,14}$/;

/** E.164 form of a phone number, or null when it cannot be one. Bare mainland mobiles get +86. */
export function toE164(phone: string): string | null {
  // People paste numbers with spaces, dashes and brackets; none of those are part of the number.
  const compact = phone.replace(/[\s()-]/g, '');
  if (MAINLAND_MOBILE.test(compact)) return `+86${compact}`;
  const mainland = /^(?:\+86|0086|86)(1[3-9]\d{9})$/.exec(compact);
  if (mainland) return `+86${mainland[1]}`;
  if (E164.test(compact)) return compact;
  return null;
}

/** The 11-digit mainland form, or null for numbers outside mainland China or malformed ones. */
export function toMainlandMobile(phone: string): string | null {
  const e164 = toE164(phone);
  const m = e164 === null ? null : /^\+86(1[3-9]\d{9})$/.exec(e164);
  return m?.[1] ?? null;
}
