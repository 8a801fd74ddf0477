import { startSimulatorServer, verifyTc3Request } from '@xinglin/sms';
import { describe, expect, it } from 'vitest';
import { callFaceId, signFaceIdRequest } from './tencent-api';

const KEYS = { secretId: 'AKIDfaceid', secretKey: 'faceid-secret' };
const TS = 1_700_000_000;

function normalised(req: ReturnType<typeof signFaceIdRequest>) {
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { method: 'POST', path: '/', headers, body: req.body };
}

describe('signFaceIdRequest', () => {
  const req = signFaceIdRequest({ ...KEYS, endpoint: '127.0.0.1:9', protocol: 'http:' }, 'DetectAuth', '{"a":1}', TS);

  it('signs for service faceid and version 2018-03-01, which the shared verifier accepts', () => {
    expect(req.url).toBe('http://127.0.0.1:9/');
    expect(req.headers.Authorization).toContain(`/2023-11-14/faceid/tc3_request`);
    expect(req.headers['X-TC-Version']).toBe('2018-03-01');
    expect(req.headers['X-TC-Region']).toBeUndefined();
    expect(verifyTc3Request(normalised(req), KEYS, TS, 'faceid')).toBeNull();
  });

  it('is refused by a verifier expecting another service or key', () => {
    expect(verifyTc3Request(normalised(req), KEYS, TS, 'sms')?.Code).toBe('AuthFailure.SignatureFailure');
    const other = { ...KEYS, secretKey: 'other' };
    expect(verifyTc3Request(normalised(req), other, TS, 'faceid')?.Code).toBe('AuthFailure.SignatureFailure');
  });

  it('defaults to the public endpoint over https and sends a region only when configured', () => {
    const pub = signFaceIdRequest({ ...KEYS, region: 'ap-guangzhou' }, 'IdCardVerification', '{}', TS);
    expect(pub.url).toBe('https://faceid.tencentcloudapi.com/');
    expect(pub.headers.Host).toBe('faceid.tencentcloudapi.com');
    expect(pub.headers['X-TC-Region']).toBe('ap-guangzhou');
  });
});

describe('callFaceId transport failures', () => {
  async function against(status: number, body: string) {
    const server = await startSimulatorServer({ handle: async () => ({ status, headers: {}, body }) });
    try {
      const config = { ...KEYS, endpoint: new URL(server.url).host, protocol: 'http:' as const };
      return await callFaceId(config, 'IdCardVerification', {});
    } finally {
      await server.close();
    }
  }

  it('treats a 5xx as retryable and a 4xx as final', async () => {
    expect(await against(502, 'bad gateway')).toMatchObject({ ok: false, code: 'HttpError.502', retryable: true });
    expect(await against(403, 'forbidden')).toMatchObject({ ok: false, code: 'HttpError.403', retryable: false });
  });

  it('reports a body that is not a Tencent envelope as InvalidResponse', async () => {
    expect(await against(200, '<html>proxy</html>')).toMatchObject({ ok: false, code: 'InvalidResponse' });
    expect(await against(200, '{"Response":{}}')).toMatchObject({ ok: false, code: 'InvalidResponse' });
  });

  it('retries Tencent-side errors only', async () => {
    const envelope = (Code: string) => JSON.stringify({ Response: { Error: { Code, Message: 'm' }, RequestId: 'r' } });
    expect(await against(200, envelope('InternalError'))).toMatchObject({ code: 'InternalError', retryable: true });
    expect(await against(200, envelope('UnauthorizedOperation.Arrears'))).toMatchObject({ retryable: false });
  });

  it('returns a retryable NetworkError when nothing listens', async () => {
    const gone = await startSimulatorServer({ handle: async () => ({ status: 200, headers: {}, body: '' }) });
    await gone.close();
    const config = { ...KEYS, endpoint: new URL(gone.url).host, protocol: 'http:' as const };
    expect(await callFaceId(config, 'DetectAuth', {})).toMatchObject({ ok: false, code: 'NetworkError', retryable: true });
  });
});
