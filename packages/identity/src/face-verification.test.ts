// DetectAuth → patient → GetDetectInfoEnhanced, with the real adapter against the simulator.
import { startSimulatorServer, type SimulatorServer } from '@xinglin/sms';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFaceIdSimulator } from './faceid-simulator';
import {
  createTencentFaceVerification,
  detectTextToResult,
  type FaceVerificationProvider,
} from './face-verification';

const KEYS = { secretId: 'AKIDxinglinFACE', secretKey: 'xinglin-faceid-secret' };
const PATIENT = {
  name: '赵六',
  idNumber: '11010519491231002X',
  redirectUrl: 'https://h5.xinglin.example/verify/done',
  extra: 'session-42',
};

describe('createTencentFaceVerification through the simulator', () => {
  const sim = createFaceIdSimulator({ ...KEYS, ruleIds: ['7'], verifyPageBase: 'https://h5.xinglin.example/' });
  let server: SimulatorServer;
  let face: FaceVerificationProvider;

  beforeAll(async () => {
    server = await startSimulatorServer(sim);
    face = createTencentFaceVerification({ ...KEYS, ruleId: '7', endpoint: new URL(server.url).host, protocol: 'http:' });
  });
  afterAll(() => server.close());
  beforeEach(() => sim.clear());

  async function started(): Promise<string> {
    const start = await face.start(PATIENT);
    if (!start.ok) throw new Error(`start failed: ${start.code}`);
    return start.bizToken;
  }

  it('starts a flow whose Url is the simulated verify page, pending until the patient finishes', async () => {
    const start = await face.start(PATIENT);
    expect(start).toMatchObject({ ok: true, bizToken: expect.stringMatching(/^[0-9A-F-]{36}$/) });
    if (!start.ok) return;
    expect(start.url).toBe(`https://h5.xinglin.example/sim/faceid/verify?bizToken=${start.bizToken}`);
    expect(sim.session(start.bizToken)).toMatchObject({ name: '赵六', redirectUrl: PATIENT.redirectUrl });
    expect(await face.result(start.bizToken)).toEqual({ ok: true, status: 'pending' });
  });

  it('passes after completeFace(passed), with similarity and the verified identity', async () => {
    const bizToken = await started();
    expect(sim.completeFace(bizToken, 'passed')).toBe(true);
    expect(await face.result(bizToken)).toEqual({
      ok: true, status: 'passed', similarity: 93.52, name: '赵六', idNumber: '11010519491231002X', extra: 'session-42',
    });
  });

  it('fails after completeFace(failed), with Tencent’s code and message', async () => {
    const bizToken = await started();
    sim.completeFace(bizToken, 'failed');
    expect(await face.result(bizToken)).toMatchObject({
      ok: true, status: 'failed', similarity: 41.07, failCode: 2016, failReason: expect.stringContaining('相似度'),
    });
  });

  it('fails a simulated mismatched identity even when the face passes', async () => {
    const start = await face.start({ ...PATIENT, name: '张三', idNumber: '110101199003074258' });
    if (!start.ok) throw new Error('start failed');
    sim.completeFace(start.bizToken, 'passed');
    expect(await face.result(start.bizToken)).toMatchObject({ ok: true, status: 'failed', failCode: 2006 });
  });

  it('passes Tencent’s errors through: unknown token, unknown RuleId, bad signature', async () => {
    expect(await face.result('NOT-A-TOKEN')).toMatchObject({ ok: false, code: 'InvalidParameterValue.BizTokenIllegal' });
    const otherRule = createTencentFaceVerification({
      ...KEYS, ruleId: '999', endpoint: new URL(server.url).host, protocol: 'http:',
    });
    expect(await otherRule.start(PATIENT)).toMatchObject({ ok: false, code: 'InvalidParameterValue.RuleIdNotExist' });
    const badKey = createTencentFaceVerification({
      ...KEYS, secretKey: 'x', ruleId: '7', endpoint: new URL(server.url).host, protocol: 'http:',
    });
    expect(await badKey.start(PATIENT)).toMatchObject({ ok: false, code: 'AuthFailure.SignatureFailure', retryable: false });
  });
});

describe('detectTextToResult', () => {
  it('reads a missing Text, a null ErrCode and ErrCode 17 as pending', () => {
    for (const text of [null, undefined, {}, { ErrCode: null }, { ErrCode: 17, ErrMsg: '本次流程未完成' }]) {
      expect(detectTextToResult(text)).toEqual({ ok: true, status: 'pending' });
    }
  });

  it('passes only ErrCode 0 and ignores a similarity that is not a number', () => {
    expect(detectTextToResult({ ErrCode: 0, Sim: '' })).toEqual({ ok: true, status: 'passed' });
    expect(detectTextToResult({ ErrCode: 1002, ErrMsg: null })).toEqual({
      ok: true, status: 'failed', failCode: 1002, failReason: 'FaceID ErrCode 1002',
    });
  });
});
