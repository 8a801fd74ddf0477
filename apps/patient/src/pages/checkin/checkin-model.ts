/**
 * The posted QR code carries the token itself (xlq1.<department>.<version>.<signature>), or a link with
 * ?token=…; a pasted text may carry spaces or line breaks. The server checks the signature; this only tidies.
 */
export function tokenFromScan(text: string): string {
  const trimmed = text.trim();
  const fromUrl = /[?&]token=([^&#\s]+)/.exec(trimmed)?.[1];
  if (fromUrl) {
    try {
      return decodeURIComponent(fromUrl);
    } catch {
      return fromUrl;
    }
  }
  return trimmed.replace(/\s+/g, '');
}

/** Statuses that have already checked in: the page offers the queue instead. */
export const hasCheckedIn = (status: string) => status === 'checked_in' || status === 'called' || status === 'completed';

/**
 * Browsers give the position only to secure pages (HTTPS or localhost); on plain HTTP the "I'm here" button
 * cannot work, so the page says so and offers the code instead.
 */
export function locationBlocked(env: string | undefined, secure: boolean | undefined): boolean {
  return env === 'h5' && secure === false;
}
