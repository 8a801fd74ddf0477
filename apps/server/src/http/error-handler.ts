import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ApiError } from '@xinglin/contracts';
import { AppError } from '../errors';

/** Messages for errors raised by Fastify itself or its plugins, by status code. */
const statusMessages: Record<number, { code: string; zh: string; en: string }> = {
  400: { code: 'BAD_REQUEST', zh: '请求格式不正确', en: 'The request is malformed' },
  401: { code: 'UNAUTHORIZED', zh: '请先登录', en: 'Please sign in first' },
  403: { code: 'FORBIDDEN', zh: '没有权限执行此操作', en: 'You are not allowed to do this' },
  404: { code: 'NOT_FOUND', zh: '请求的资源不存在', en: 'Not found' },
  405: { code: 'METHOD_NOT_ALLOWED', zh: '不支持该请求方法', en: 'Method not allowed' },
  406: { code: 'NOT_ACCEPTABLE', zh: '无法提供所需的格式', en: 'Not acceptable' },
  413: { code: 'PAYLOAD_TOO_LARGE', zh: '请求内容过大', en: 'The request body is too large' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', zh: '不支持的内容类型，请使用 JSON', en: 'Unsupported content type; send JSON' },
  429: { code: 'RATE_LIMITED', zh: '请求过于频繁，请稍后再试', en: 'Too many requests; please try again later' },
};
const internal = { code: 'INTERNAL', zh: '服务器开小差了，请稍后再试', en: 'Something went wrong on our side; please try again later' };

/** Contract messages are written "中文 / English"; default zod messages are English only. */
export function splitBilingual(message: string): { zh: string; en: string } {
  const at = message.indexOf(' / ');
  if (at > 0) return { zh: message.slice(0, at), en: message.slice(at + 3) };
  return { zh: '格式不正确', en: message };
}

interface FieldIssue {
  field: string;
  messageZh: string;
  messageEn: string;
}

function validationIssues(error: FastifyError): FieldIssue[] {
  const where = error.validationContext ?? 'body';
  return (error.validation ?? []).map((v) => {
    const pointer = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const { zh, en } = splitBilingual(v.message ?? 'Invalid value');
    return { field: pointer ? `${where}.${pointer}` : where, messageZh: zh, messageEn: en };
  });
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const send = (status: number, code: string, zh: string, en: string, details?: unknown) => {
      const body: ApiError = { statusCode: status, code, messageZh: zh, messageEn: en, requestId: request.id };
      if (details !== undefined) body.details = details;
      return reply.status(status).send(body);
    };

    if (error instanceof AppError) {
      if (error.statusCode >= 500) request.log.error({ err: error }, 'service error');
      return send(error.statusCode, error.code, error.messageZh, error.messageEn, error.details);
    }
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      const issues = validationIssues(error as FastifyError);
      const summaryZh = issues.map((i) => `${i.field}：${i.messageZh}`).join('；');
      const summaryEn = issues.map((i) => `${i.field}: ${i.messageEn}`).join('; ');
      return send(400, 'VALIDATION_FAILED', `请求参数有误 — ${summaryZh}`, `Invalid request — ${summaryEn}`, { issues });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return send(500, internal.code, internal.zh, internal.en);
    }
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    const known = statusMessages[status];
    if (status < 500 && status >= 400) {
      const m = known ?? statusMessages[400]!;
      return send(status, m.code, m.zh, m.en);
    }
    // Never leak internals on 5xx: log the error, answer a generic message with the request id.
    request.log.error({ err: error }, 'unhandled error');
    return send(500, internal.code, internal.zh, internal.en);
  });

  app.setNotFoundHandler((request, reply) => {
    const m = statusMessages[404]!;
    const body: ApiError = { statusCode: 404, code: m.code, messageZh: m.zh, messageEn: m.en, requestId: request.id };
    return reply.status(404).send(body);
  });
}
