// The simulator driven directly through handle(), with requests signed by the adapter's own code.
import { beforeEach, describe, expect, it } from 'vitest';
import { signTencentRequest } from './tencent';
import { createTencentSmsSimulator, type SimulatorRequest } from './tencent-simulator';

const KEYS = { secretId: 'AKIDsim', secretKey: 'sim-secret', sdkAppId: '1400000002' };
const CONFIG = { ...KEYS, signName: '杏林医院', endpoint: 'sms.tencentcloudapi.com' };
const NOW = Date.UTC(2025, 0, 2, 3, 4, 5);
const sim = createTencentSmsSimulator({ ...KEYS, now: () => NOW });

function request(body: object, opts: { action?: string; headers?: Record<string, string> } = {}): SimulatorRequest {
  const signed = signTencentRequest(CONFIG, opts.action ?? 'SendSms', JSON.stringify(body), Math.floor(NOW / 1000));
  return { method: 'POST', path: '/', headers: { ...signed.headers, ...opts.headers }, body: signed.body };
}

const sendBody = (extra: object = {}) => ({
  PhoneNumberSet: ['+8613900139000'],
  SmsSdkAppId: KEYS.sdkAppId,
  SignName: '杏林医院',
  TemplateId: '1000001',
  TemplateParamSet: ['123456', '5'],
  ...extra,
});

async function call(req: SimulatorRequest): Promise<{ Response: Record<string, unknown> }> {
  const res = await sim.handle(req);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/json');
  return JSON.parse(res.body) as { Response: Record<string, unknown> };
}

beforeEach(() => sim.clear());

describe('createTencentSmsSimulator', () => {
  it('answers SendSms in Tencent’s shape and records the message', async () => {
    const { Response } = await call(request(sendBody()));
    expect(Response.RequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Response.SendStatusSet).toEqual([
      expect.objectContaining({ PhoneNumber: '+8613900139000', Code: 'Ok', Fee: 1, IsoCode: 'CN' }),
    ]);
    expect(sim.messages('13900139000')[0]?.sentAt).toEqual(new Date(NOW));
  });

  it('rejects an unknown action and version with Tencent’s common error codes', async () => {
    const wrongAction = request(sendBody(), { action: 'SendEmail' });
    expect((await call(wrongAction)).Response.Error).toMatchObject({ Code: 'InvalidAction' });
    const wrongVersion = request(sendBody(), { headers: { 'X-TC-Version': '2019-07-11' } });
    expect((await call(wrongVersion)).Response.Error).toMatchObject({ Code: 'NoSuchVersion' });
  });

  it('rejects a body changed after signing before SendSms runs', async () => {
    const forged = { ...request(sendBody()), body: JSON.stringify(sendBody({ TemplateParamSet: ['000000', '5'] })) };
    expect((await call(forged)).Response.Error).toMatchObject({ Code: 'AuthFailure.SignatureFailure' });
    expect(sim.messages()).toHaveLength(0);
  });

  it('checks SmsSdkAppId', async () => {
    const { Response } = await call(request(sendBody({ SmsSdkAppId: '1400999999' })));
    expect(Response.Error).toMatchObject({ Code: 'InvalidParameterValue.SdkAppIdNotExist' });
  });

  it('queues injected failures in order and clear() drops the rest', async () => {
    sim.failNext('FailedOperation.InsufficientBalanceInSmsPackage');
    sim.failNext('RequestLimitExceeded');
    sim.failNext('InternalError');
    const first = await call(request(sendBody()));
    expect(first.Response.SendStatusSet).toEqual([
      expect.objectContaining({ Code: 'FailedOperation.InsufficientBalanceInSmsPackage', Fee: 0 }),
    ]);
    expect((await call(request(sendBody()))).Response.Error).toMatchObject({ Code: 'RequestLimitExceeded' });
    sim.clear();
    expect((await call(request(sendBody()))).Response.SendStatusSet).toEqual([expect.objectContaining({ Code: 'Ok' })]);
  });

  it('lets failNext override where the code appears', async () => {
    sim.failNext('FailedOperation.ContainSensitiveWord', { perNumber: true, message: 'blocked' });
    const { Response } = await call(request(sendBody()));
    expect(Response.SendStatusSet).toEqual([
      expect.objectContaining({ Code: 'FailedOperation.ContainSensitiveWord', Message: 'blocked' }),
    ]);
  });

  it('renders a configured template table', async () => {
    const custom = createTencentSmsSimulator({ ...KEYS, now: () => NOW, templates: { '2000001': '您已预约{1}的号。' } });
    await custom.handle(request(sendBody({ TemplateId: '2000001', TemplateParamSet: ['张医生'] })));
    expect(custom.messages()[0]?.text).toBe('【杏林医院】您已预约张医生的号。');
  });

  it('answers non-POST requests with an error instead of throwing', async () => {
    const res = await call({ method: 'GET', path: '/', headers: {}, body: '' });
    expect(res.Response.Error).toMatchObject({ Code: 'UnsupportedProtocol' });
  });

  it('requires the common headers', async () => {
    const req = request(sendBody());
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== 'X-TC-Timestamp'));
    expect((await call({ ...req, headers })).Response.Error).toMatchObject({ Code: 'MissingParameter' });
  });
});
