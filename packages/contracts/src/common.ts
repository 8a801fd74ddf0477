import { z } from 'zod';

/** Mainland mobile number: 11 digits starting 13–19. */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, { message: '手机号格式不正确 / Invalid mobile phone number' });

export const idSchema = z.string().min(1).max(64);

/** Every error the API returns has this shape, whatever the status code. */
export const apiErrorSchema = z.object({
  statusCode: z.number().int(),
  code: z.string().describe('Stable machine-readable code, e.g. AUTH_CODE_INVALID'),
  messageZh: z.string(),
  messageEn: z.string(),
  details: z.unknown().optional(),
  requestId: z.string(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
