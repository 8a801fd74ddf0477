import { z } from 'zod';
import { phoneSchema } from './common';

export const roleSchema = z.enum(['patient', 'doctor', 'pharmacist', 'admin', 'auditor']);
export type Role = z.infer<typeof roleSchema>;

export const smsCodeRequestSchema = z.object({
  phone: phoneSchema,
});
export const smsCodeSentSchema = z.object({
  expiresInSeconds: z.number().int(),
  resendAfterSeconds: z.number().int(),
});

export const smsLoginRequestSchema = z.object({
  phone: phoneSchema,
  code: z.string().regex(/^\d{6}$/, { message: '验证码为 6 位数字 / The code is 6 digits' }),
});

export const staffLoginRequestSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
  /** Second factor (等保 level 3): the 6-digit TOTP from the staff member's authenticator app. */
  totpCode: z.string().regex(/^\d{6}$/, { message: '动态验证码为 6 位数字 / The authenticator code is 6 digits' }),
});

export const refreshRequestSchema = z.object({
  refreshToken: z.string().min(16).max(256),
});

export const accountSchema = z.object({
  id: z.string(),
  kind: z.enum(['patient', 'staff']),
  displayName: z.string(),
  /** Masked for display, e.g. 138****5678; the full number is never sent back. */
  phoneMasked: z.string().nullable(),
  roles: z.array(roleSchema),
});
export type Account = z.infer<typeof accountSchema>;

export const sessionTokensSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  accessTokenExpiresAt: z.iso.datetime(),
  refreshTokenExpiresAt: z.iso.datetime(),
  account: accountSchema,
});
export type SessionTokens = z.infer<typeof sessionTokensSchema>;
