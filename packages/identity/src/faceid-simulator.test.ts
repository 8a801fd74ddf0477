// The simulator's own rules, called directly (no HTTP): signatures, routing, token lifetimes, state.
import { signTencentRequest, type SimulatorRequest } from '@xinglin/sms';
import { describe, expect, it } from 'vitest';
import { mainlandIdCheckDigit } from './id-number';
import { createFaceIdSimulator, SIMULATED_MISMATCHES, type FaceIdSimulator } from './faceid-simulator';
import { signFaceIdRequest } from './tencent-api';
import type { FaceIdAction } from './constants';

const KEYS = { secretId: 'AKIDsim', secretKey: 'sim-secret' };
const T0 = Date.UTC(2025, 0, 15, 8, 0, 0);

function request(action: FaceIdAction, params: Record<string, unknown>, at = T0, keys = KEYS): SimulatorRequest {
  const r = signFaceIdRequest({ ...keys, endpoint: '127.0.0.1:9', protocol: 'http:' }, action, JSON.stringify(params), at / 1000);
  return { method: 'POST', path: '/', headers: r.headers, body: r.body };
}

async function call(sim: FaceIdSimulator, req: SimulatorRequest): Promise<Record<string, unknown>> {
  const res = await sim.handle(req);
  expect(res.status).toBe(200);
  return (JSON.parse(res.body) as { Response: Record<string, unknown> }).Response;
}
const errorCode = (r: Record<string, unknown>) => (r.Error as { Code?: string } | undefined)?.Code;

function simAt() {
  let now = T0;
  const sim = createFaceIdSimulator({ ...KEYS, now: () => now });
  return { sim, advance: (ms: number) => (now += ms), at: () => now };
}

describe('FaceID simulator: signatures and routing', () => {
  const { sim } = simAt();
  const check = { IdCard: '11010519491231002X', Name: '赵六' };

  it('answers a correctly signed IdCardVerification', async () => {
    expect(await call(sim, request('IdCardVerification', check))).toMatchObject({ Result: '0', Description: '姓名和身份证号一致' });
  });

  it('refuses a changed body, a wrong key and a request signed for SMS', async () => {
    const tampered = { ...request('IdCardVerification', check), body: JSON.stringify({ ...check, Name: '张三' }) };
    expect(errorCode(await call(sim, tampered))).toBe('AuthFailure.SignatureFailure');
    const wrongKey = request('IdCardVerification', check, T0, { ...KEYS, secretKey: 'x' });
    expect(errorCode(await call(sim, wrongKey))).toBe('AuthFailure.SignatureFailure');
    const smsConfig = { ...KEYS, sdkAppId: '1', signName: 's', endpoint: '127.0.0.1:9' };
    const sms = signTencentRequest(smsConfig, 'IdCardVerification', JSON.stringify(check), T0 / 1000);
    expect(errorCode(await call(sim, { method: 'POST', path: '/', headers: sms.headers, body: sms.body }))).toBe(
      'AuthFailure.SignatureFailure',
    );
  });

  it('rejects unknown actions and versions, GET and a body that is not an object', async () => {
    const base = request('IdCardVerification', check);
    expect(errorCode(await call(sim, request('SendSms' as FaceIdAction, check)))).toBe('InvalidAction');
    // The action is a signed header: changing it after signing breaks the signature first.
    const moved = { ...base, headers: { ...base.headers, 'X-TC-Action': 'DetectAuth' } };
    expect(errorCode(await call(sim, moved))).toBe('AuthFailure.SignatureFailure');
    expect(errorCode(await call(sim, { ...base, method: 'GET' }))).toBe('UnsupportedProtocol');
    const v = { ...base, headers: { ...base.headers, 'X-TC-Version': '2017-01-01' } };
    expect(errorCode(await call(sim, v))).toBe('NoSuchVersion');
    expect(errorCode(await call(sim, request('IdCardVerification', [] as unknown as Record<string, unknown>)))).toBe(
      'InvalidParameter',
    );
    expect(errorCode(await call(sim, request('IdCardVerification', { Name: '赵六' })))).toBe('MissingParameter');
  });
});

describe('FaceID simulator: identities and sessions', () => {
  it('ships three mismatching identities whose numbers pass GB 11643', async () => {
    const { sim } = simAt();
    expect(SIMULATED_MISMATCHES).toHaveLength(3);
    for (const key of SIMULATED_MISMATCHES) {
      const [name = '', id = ''] = key.split('|');
      expect(mainlandIdCheckDigit(id.slice(0, 17))).toBe(id[17]);
      expect(await call(sim, request('IdCardVerification', { IdCard: id, Name: name }))).toMatchObject({ Result: '-1' });
    }
  });

  it('clear() forgets sessions and overrides and restores the default mismatches', async () => {
    const { sim } = simAt();
    const started = await call(sim, request('DetectAuth', { RuleId: '1', IdCard: '11010519491231002X', Name: '赵六' }));
    const token = String(started.BizToken);
    expect(started.Url).toBe(`/sim/faceid/verify?bizToken=${token}`);
    sim.mismatchIdentities.clear();
    sim.idCardResults.set('a|b', '-5');
    sim.clear();
    expect(sim.session(token)).toBeUndefined();
    expect([...sim.mismatchIdentities]).toEqual([...SIMULATED_MISMATCHES]);
    expect(sim.idCardResults.size).toBe(0);
  });

  it('accepts a face only once and only within two hours; keeps the result for three days', async () => {
    const { sim, advance, at } = simAt();
    // Every request is signed at the simulator's current time, as a real client's clock would be.
    const detect = (BizToken: string, InfoType?: string) =>
      request('GetDetectInfoEnhanced', { BizToken, RuleId: '1', ...(InfoType ? { InfoType } : {}) }, at());
    const params = { RuleId: '1', IdCard: '11010519491231002X', Name: '赵六' };
    const late = String((await call(sim, request('DetectAuth', params))).BizToken);
    const token = String((await call(sim, request('DetectAuth', params))).BizToken);
    expect(sim.completeFace('NOPE', 'passed')).toBe(false);
    expect(sim.completeFace(token, 'passed')).toBe(true);
    expect(sim.completeFace(token, 'failed')).toBe(false);
    advance(2 * 3600_000 + 1000);
    expect(sim.completeFace(late, 'passed')).toBe(false);
    expect(await call(sim, detect(late))).toMatchObject({ Text: { ErrCode: null, IdCard: null } });
    expect(await call(sim, detect(token, '3'))).toMatchObject({ Text: null });
    expect(await call(sim, detect(token))).toMatchObject({ Text: { ErrCode: 0, Sim: '93.52', Name: '赵六' } });
    advance(3 * 24 * 3600_000);
    expect(errorCode(await call(sim, detect(token)))).toBe('InvalidParameterValue.BizTokenExpired');
  });
});
