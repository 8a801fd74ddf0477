import { sessionTokensSchema, staffLoginRequestSchema, type SessionTokens } from '@xinglin/contracts';
import type { z } from 'zod';
import { request } from '../../../services/request';

/** What the form collects: username, password and the authenticator's 6-digit code. */
export type LoginValues = z.input<typeof staffLoginRequestSchema>;

/** POST /api/v1/auth/staff/sessions. The form shows errors itself, so the global handler is skipped. */
export function staffLogin(values: LoginValues): Promise<SessionTokens> {
  const body = staffLoginRequestSchema.parse(values);
  return request('/auth/staff/sessions', {
    method: 'POST',
    body,
    auth: false,
    skipErrorHandler: true,
    schema: sessionTokensSchema,
  });
}

/** Only same-app paths are accepted as a post-login destination (no open redirects). */
export function safeRedirect(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/login')) return '/';
  return value;
}
