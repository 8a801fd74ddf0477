// The real IdCardVerification adapter against the FaceID simulator on a loopback HTTP server: the
// same bytes as production, only endpoint and scheme differ.
import { startSimulatorServer, type SimulatorServer } from '@xinglin/sms';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ID_CARD_RESULT } from './constants';
import { createFaceIdSimulator } from './faceid-simulator';
import { createTencentIdentityCheck, mapIdCardResult, type TencentIdentityCheckConfig } from './identity-check';

const KEYS = { secretId: 'AKIDxinglinFACE', secretKey: 'xinglin-faceid-secret' };
const GOOD = { name: '赵六', idNumber: '11010519491231002X' };

describe('createTencentIdentityCheck through the simulator', () => {
  const sim = createFaceIdSimulator(KEYS);
  let server: SimulatorServer;
  let config: TencentIdentityCheckConfig;

  beforeAll(async () => {
    server = await startSimulatorServer(sim);
    config = { ...KEYS, endpoint: new URL(server.url).host, protocol: 'http:' };
  });
  afterAll(() => server.close());
  beforeEach(() => sim.clear());

  it('confirms a matching name and number, with a lower-case x sent as X', async () => {
    expect(await createTencentIdentityCheck(config).check(GOOD)).toEqual({ ok: true, match: true });
    const lower = { ...GOOD, idNumber: '11010519491231002x' };
    expect(await createTencentIdentityCheck(config).check(lower)).toEqual({ ok: true, match: true });
  });

  it('answers 不一致 for the simulated mismatches and for ones added in the test', async () => {
    const check = createTencentIdentityCheck(config);
    expect(await check.check({ name: '张三', idNumber: '110101199003074258' })).toEqual({
      ok: true, match: false, reason: 'mismatch',
    });
    sim.mismatchIdentities.add(`${GOOD.name}|${GOOD.idNumber}`);
    expect(await check.check(GOOD)).toEqual({ ok: true, match: false, reason: 'mismatch' });
    sim.clear();
    expect(await check.check(GOOD)).toEqual({ ok: true, match: true });
  });

  it('reports a number that fails GB 11643 and a malformed name', async () => {
    const check = createTencentIdentityCheck(config);
    const badNumber = { ...GOOD, idNumber: '110105194912310021' };
    expect(await check.check(badNumber)).toEqual({ ok: true, match: false, reason: 'invalid_id_number' });
    expect(await check.check({ ...GOOD, name: '赵6' })).toEqual({ ok: true, match: false, reason: 'invalid_name' });
  });

  it('maps forced source answers: not found, source down (retry), daily limit (no retry)', async () => {
    const check = createTencentIdentityCheck(config);
    const key = `${GOOD.name}|${GOOD.idNumber}`;
    sim.idCardResults.set(key, ID_CARD_RESULT.notFound);
    expect(await check.check(GOOD)).toEqual({ ok: true, match: false, reason: 'not_found' });
    sim.idCardResults.set(key, ID_CARD_RESULT.sourceUnavailable);
    expect(await check.check(GOOD)).toMatchObject({ ok: false, code: 'IdCardVerification.Result-4', retryable: true });
    sim.idCardResults.set(key, ID_CARD_RESULT.dailyLimit);
    const limited = await check.check(GOOD);
    expect(limited).toMatchObject({ ok: false, code: 'IdCardVerification.Result-7', retryable: false });
    if (!limited.ok) expect(limited.message).toMatch(/^认证次数超过当日限制 \(RequestId [0-9a-f-]{36}\)$/);
  });

  it('turns a wrong key or SecretId into a non-retryable auth failure', async () => {
    const wrongKey = await createTencentIdentityCheck({ ...config, secretKey: 'nope' }).check(GOOD);
    expect(wrongKey).toMatchObject({ ok: false, code: 'AuthFailure.SignatureFailure', retryable: false });
    const wrongId = await createTencentIdentityCheck({ ...config, secretId: 'AKIDother' }).check(GOOD);
    expect(wrongId).toMatchObject({ ok: false, code: 'AuthFailure.SecretIdNotFound', retryable: false });
  });

  it('reports a clock more than five minutes off as AuthFailure.SignatureExpire', async () => {
    const skewed = createTencentIdentityCheck({ ...config, now: () => Date.now() + 6 * 60_000 });
    expect(await skewed.check(GOOD)).toMatchObject({ ok: false, code: 'AuthFailure.SignatureExpire' });
  });
});

describe('mapIdCardResult', () => {
  it('covers every documented Result code', () => {
    const verdicts = Object.values(ID_CARD_RESULT).map((code) => {
      const r = mapIdCardResult(code, 'd');
      return r.ok ? (r.match ? 'match' : r.reason) : `${r.code}:${r.retryable}`;
    });
    expect(verdicts).toEqual([
      'match', 'mismatch', 'invalid_id_number', 'invalid_name',
      'IdCardVerification.Result-4:true', 'not_found', 'IdCardVerification.Result-6:true',
      'IdCardVerification.Result-7:false',
    ]);
  });
});
