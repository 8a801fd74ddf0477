/**
 * Age in whole years from the birth date inside a mainland ID number (digits 7–14), for the form's hint
 * as soon as those digits are typed. The server decides; null when the digits are not a real past date.
 */
export function ageFromIdNumber(idNumber: string, today: Date = new Date()): number | null {
  const m = /^\d{6}(\d{4})(\d{2})(\d{2})/.exec(idNumber.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const birth = new Date(y, mo - 1, d);
  if (birth.getFullYear() !== y || birth.getMonth() !== mo - 1 || birth.getDate() !== d || birth > today) return null;
  let age = today.getFullYear() - y;
  if (today.getMonth() + 1 < mo || (today.getMonth() + 1 === mo && today.getDate() < d)) age -= 1;
  return age;
}

/** Anyone 14 or older (or of unknown age) confirms with a code on their own phone. */
export const CONSENT_AGE = 14;
