// The real adapter against the simulator on a real loopback HTTP server: same bytes as production,
// only the endpoint and scheme differ.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulatorServer, type SimulatorServer } from '@xinglin/sim-http';
import { createTencentSmsProvider, isRetryableTencentCode, type TencentSmsConfig } from './tencent';
import { createTencentSmsSimulator } from './tencent-simulator';

const KEYS = { secretId: 'AKIDxinglinTEST', secretKey: 'xinglin-test-secret-key', sdkAppId: '1400000001' };
const LOGIN = { phone: '13800138000', templateId: '1000001', params: ['482913', '5'] };

describe('createTencentSmsProvider through the simulator', () => {
  const sim = createTencentSmsSimulator(KEYS);
  let server: SimulatorServer;
  let config: TencentSmsConfig;

  beforeAll(async () => {
    server = await startSimulatorServer(sim);
    config = { ...KEYS, signName: '杏林医院', endpoint: new URL(server.url).host, protocol: 'http:' };
  });
  afterAll(() => server.close());
  beforeEach(() => sim.clear());

  it('delivers a login code and the simulator records the text the patient sees', async () => {
    const result = await createTencentSmsProvider(config).send(LOGIN);
    expect(result.ok).toBe(true);
    const [sms, ...rest] = sim.messages('13800138000');
    expect(rest).toHaveLength(0);
    expect(sms).toMatchObject({ phone: '13800138000', templateId: '1000001', params: ['482913', '5'] });
    expect(sms?.text).toBe('【杏林医院】您的验证码为482913，5分钟内有效。如非本人操作，请忽略。');
    expect(result).toEqual({ ok: true, providerMessageId: sms?.messageId });
    expect(sim.messages('+8613800138000')).toHaveLength(1);
  });

  it('turns a wrong secret key into a non-retryable auth failure', async () => {
    const result = await createTencentSmsProvider({ ...config, secretKey: 'wrong' }).send(LOGIN);
    expect(result).toMatchObject({ ok: false, code: 'AuthFailure.SignatureFailure', retryable: false });
    expect(sim.messages()).toHaveLength(0);
  });

  it('reports a clock more than five minutes off as AuthFailure.SignatureExpire', async () => {
    const result = await createTencentSmsProvider({ ...config, now: () => Date.now() - 6 * 60_000 }).send(LOGIN);
    expect(result).toMatchObject({ ok: false, code: 'AuthFailure.SignatureExpire', retryable: false });
  });

  it('maps an injected per-number failure from SendStatusSet', async () => {
    sim.failNext('LimitExceeded.PhoneNumberDailyLimit');
    const result = await createTencentSmsProvider(config).send(LOGIN);
    expect(result).toMatchObject({ ok: false, code: 'LimitExceeded.PhoneNumberDailyLimit', retryable: false });
    expect(sim.messages()).toHaveLength(0);
  });

  it('maps an injected request-level error, retryable when Tencent is at fault', async () => {
    sim.failNext('InternalError.Timeout', { message: 'upstream timed out' });
    const result = await createTencentSmsProvider(config).send(LOGIN);
    expect(result).toMatchObject({ ok: false, code: 'InternalError.Timeout', retryable: true });
    if (!result.ok) expect(result.message).toMatch(/^upstream timed out \(RequestId [0-9a-f-]{36}\)$/);
    // The injection is used up: the next send goes through.
    expect((await createTencentSmsProvider(config).send(LOGIN)).ok).toBe(true);
  });

  it('passes through Tencent’s verdict on a template it does not know', async () => {
    const result = await createTencentSmsProvider(config).send({ ...LOGIN, templateId: '999' });
    const code = 'FailedOperation.TemplateIncorrectOrUnapproved';
    expect(result).toMatchObject({ ok: false, code, retryable: false });
  });

  it('refuses a malformed number locally without a request', async () => {
    const result = await createTencentSmsProvider(config).send({ ...LOGIN, phone: '12345' });
    expect(result).toMatchObject({ ok: false, code: 'InvalidParameterValue.IncorrectPhoneNumber', retryable: false });
  });
});

describe('createTencentSmsProvider without a reachable endpoint', () => {
  it('returns a retryable NetworkError instead of throwing', async () => {
    // Bind a port, then free it: nothing listens there afterwards, so the connection is refused.
    const gone = await startSimulatorServer(createTencentSmsSimulator(KEYS));
    await gone.close();
    const endpoint = new URL(gone.url).host;
    const provider = createTencentSmsProvider({ ...KEYS, signName: '杏林医院', endpoint, protocol: 'http:' });
    const result = await provider.send(LOGIN);
    expect(result).toMatchObject({ ok: false, code: 'NetworkError', retryable: true });
  });
});

describe('isRetryableTencentCode', () => {
  it('retries Tencent-side faults and API throttling only', () => {
    expect(isRetryableTencentCode('InternalError.RequestTimeException')).toBe(true);
    expect(isRetryableTencentCode('RequestLimitExceeded')).toBe(true);
    expect(isRetryableTencentCode('LimitExceeded.PhoneNumberDailyLimit')).toBe(false);
    expect(isRetryableTencentCode('AuthFailure.SignatureFailure')).toBe(false);
  });
});
