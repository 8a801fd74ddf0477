import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyError, FastifyPluginAsync, FastifyReply } from 'fastify';
import { AppError } from '../../errors';
import { BundleProblem, bundleToInbound } from './fhir-bundle';
import type { ReportsService } from './index';

type IssueCode = 'invalid' | 'security' | 'processing' | 'exception' | 'not-supported' | 'too-costly';

const outcome = (reply: FastifyReply, status: number, code: IssueCode, diagnostics: string, zh?: string) =>
  reply
    .status(status)
    .header('content-type', 'application/fhir+json; charset=utf-8')
    .send({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics, ...(zh ? { details: { text: zh } } : {}) }] });

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * FHIR R4 inbound (POST [base]/fhir/r4 with a Bundle). Interface systems authenticate with the configured
 * bearer token, never a patient's or staff session; every failure answers an OperationOutcome.
 */
export const fhirInboundRoutes: FastifyPluginAsync<{ reports: ReportsService; interfaceToken: string | undefined }> = async (app, { reports, interfaceToken }) => {
  const expected = interfaceToken ? digest(interfaceToken) : null;
  for (const type of ['application/fhir+json', 'application/json+fhir']) {
    app.addContentTypeParser(type, { parseAs: 'string' }, (_req, body, done) => {
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(Object.assign(new Error('The body is not valid JSON'), { statusCode: 400 }), undefined);
      }
    });
  }
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) return outcome(reply, error.statusCode, error.statusCode === 401 ? 'security' : error.statusCode >= 500 ? 'exception' : 'processing', error.messageEn, error.messageZh);
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'fhir inbound failed');
    return outcome(reply, status, status === 413 ? 'too-costly' : status === 415 ? 'not-supported' : status === 500 ? 'exception' : 'invalid', status === 500 ? 'Internal error' : error.message);
  });

  app.post('/fhir/r4', { schema: { hide: true } }, async (request, reply) => {
    const presented = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!expected || !presented || !timingSafeEqual(digest(presented), expected)) return outcome(reply, 401, 'security', 'A valid interface token is required', '需要接口令牌');
    let inbound;
    try {
      inbound = bundleToInbound(request.body);
    } catch (err) {
      if (err instanceof BundleProblem) return outcome(reply, 422, 'invalid', err.message, err.messageZh);
      throw err;
    }
    const result = await reports.ingest(inbound);
    const entries = (request.body as { entry?: { resource?: { resourceType?: string } }[] }).entry ?? [];
    let next = 0;
    const response = entries.map((e) => {
      if (e.resource?.resourceType === 'DiagnosticReport' && result.reportIds[next]) {
        const id = result.reportIds[next++]!;
        return { response: { status: '201 Created', location: `DiagnosticReport/${id}` } };
      }
      return { response: { status: '200 OK' } };
    });
    return reply
      .status(200)
      .header('content-type', 'application/fhir+json; charset=utf-8')
      .send({ resourceType: 'Bundle', type: 'transaction-response', meta: { tag: [{ code: result.outcome }] }, entry: response });
  });
};
