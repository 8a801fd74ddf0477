import { createHmac, timingSafeEqual } from 'node:crypto';
import { isUuid } from '../../ids';

/**
 * Share-link tokens: the share's id and an HMAC of it under a key derived from the auth secret. A forged or
 * altered token is refused before the database is asked; whether the share still opens (expiry, revocation)
 * is the row's business.
 */
export function createShareTokens(authSecret: string) {
  const key = createHmac('sha256', authSecret).update('xinglin/report-share/v1').digest();
  const mac = (id: Buffer) => createHmac('sha256', key).update(id).digest().subarray(0, 16);
  return {
    sign(shareId: string): string {
      const id = Buffer.from(shareId.replace(/-/g, ''), 'hex');
      return Buffer.concat([id, mac(id)]).toString('base64url');
    },
    /** The share id, or null for anything not signed by us. */
    verify(token: string): string | null {
      if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
      const raw = Buffer.from(token, 'base64url');
      // Only the one spelling we issue: the last character's two padding bits must be zero, as sign() writes them.
      if (raw.length !== 32 || raw.toString('base64url') !== token) return null;
      const id = raw.subarray(0, 16);
      if (!timingSafeEqual(raw.subarray(16), mac(id))) return null;
      const hex = id.toString('hex');
      const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
      return isUuid(uuid) ? uuid : null;
    },
  };
}
