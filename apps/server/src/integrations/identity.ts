import { randomBytes } from 'node:crypto';
import {
  createFaceIdSimulator,
  createTencentFaceVerification,
  createTencentIdentityCheck,
  startSimulatorServer,
  type FaceVerificationProvider,
  type IdentityCheckProvider,
} from '@xinglin/identity';
import type { Config } from '../config';

export interface IdentityIntegration {
  idCheck: IdentityCheckProvider;
  face: FaceVerificationProvider;
  /** Present only while simulators are on: /sim/faceid pages complete a face check by hand. */
  simulator: ReturnType<typeof createFaceIdSimulator> | null;
  close(): Promise<void>;
}

/** Tencent Cloud FaceID (人脸核身) for name/ID checks and face verification; a same-protocol simulator in dev and tests. */
export async function createIdentityProviders(config: Config): Promise<IdentityIntegration> {
  const { faceid } = config;
  if (!config.simulators) {
    if (!faceid.secretId || !faceid.secretKey) {
      // Not configured: real-name checks answer "service unavailable" instead of stopping the whole server.
      const down = { ok: false as const, code: 'NOT_CONFIGURED', message: 'FACEID_SECRET_ID / FACEID_SECRET_KEY are not set', retryable: false };
      return {
        idCheck: { check: async () => down },
        face: { start: async () => down, result: async () => down },
        simulator: null,
        close: async () => undefined,
      };
    }
    const creds = { secretId: faceid.secretId, secretKey: faceid.secretKey };
    return {
      idCheck: createTencentIdentityCheck(creds),
      face: createTencentFaceVerification({ ...creds, ruleId: faceid.ruleId }),
      simulator: null,
      close: async () => undefined,
    };
  }
  const keys = { secretId: `AKID${randomBytes(12).toString('hex')}`, secretKey: randomBytes(24).toString('hex') };
  const simulator = createFaceIdSimulator({ ...keys, ruleIds: [faceid.ruleId] });
  const server = await startSimulatorServer(simulator);
  const endpoint = { endpoint: new URL(server.url).host, protocol: 'http:' as const };
  return {
    idCheck: createTencentIdentityCheck({ ...keys, ...endpoint }),
    face: createTencentFaceVerification({ ...keys, ...endpoint, ruleId: faceid.ruleId }),
    simulator,
    close: () => server.close(),
  };
}
