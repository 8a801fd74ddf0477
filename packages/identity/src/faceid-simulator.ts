// A local stand-in for faceid.tencentcloudapi.com speaking the same wire protocol (TC3 signatures
// checked with @xinglin/sms's verifier), so the real adapters are tested end to end and developers
// can verify identities without a Tencent account. Serve it with startSimulatorServer from
// @xinglin/sms; the page the DetectAuth Url points to is the app server's to host.
import { randomUUID } from 'node:crypto';
import {
  normaliseSimulatorRequest,
  verifyTc3Request,
  type SimulatorRequest,
  type SimulatorResponse,
} from '@xinglin/sms';
import {
  BIZ_TOKEN_START_TTL_SECONDS,
  DETECT_ERR,
  FACEID_ACTIONS,
  FACEID_API_VERSION,
  FACEID_SERVICE,
  type IdCardResultCode,
} from './constants';
import { validateMainlandIdNumber } from './id-number';
import {
  identityKey,
  simulateDetectAuth,
  simulateGetDetectInfoEnhanced,
  simulateIdCardVerification,
  type ActionResult,
  type SimulatedFaceSession,
  type SimulatorState,
} from './simulator-actions';
import { isRecord } from './tencent-api';

/** Valid-looking identities whose name and number do not belong together in the simulator. */
export const SIMULATED_MISMATCHES: readonly string[] = [
  identityKey('张三', '110101199003074258'),
  identityKey('李四', '310104198506123623'),
  identityKey('王五', '44030519720918187X'),
];

export interface FaceIdSimulatorOptions {
  secretId: string;
  secretKey: string;
  /** RuleIds that exist; default ['1']. */
  ruleIds?: string[];
  /** Prefix of the DetectAuth Url, e.g. "https://xinglin.example"; default '' (a relative Url). */
  verifyPageBase?: string;
  /** Clock in epoch milliseconds. */
  now?: () => number;
}

export interface FaceIdSimulator {
  handle(req: SimulatorRequest): Promise<SimulatorResponse>;
  /** The patient finished the face flow. False for an unknown, finished or expired (2 h) token. */
  completeFace(bizToken: string, outcome: 'passed' | 'failed'): boolean;
  /** A DetectAuth session, for the page that plays Tencent's part (name, redirectUrl, …). */
  session(bizToken: string): Readonly<SimulatedFaceSession> | undefined;
  /** `${name}|${idNumber}` keys answered 不一致; starts as SIMULATED_MISMATCHES. */
  mismatchIdentities: Set<string>;
  /** Force an IdCardVerification Result for one `${name}|${idNumber}`, e.g. '-5' or '-4'. */
  idCardResults: Map<string, IdCardResultCode>;
  /** Forget sessions and overrides; mismatchIdentities goes back to SIMULATED_MISMATCHES. */
  clear(): void;
}

// Tencent answers API errors with HTTP 200 and an Error object; only the JSON tells success apart.
function reply(result: ActionResult): SimulatorResponse {
  const inner = 'error' in result ? { Error: result.error } : result.response;
  const body = JSON.stringify({ Response: { ...inner, RequestId: randomUUID() } });
  return { status: 200, headers: { 'content-type': 'application/json' }, body };
}
const replyError = (Code: string, Message: string) => reply({ error: { Code, Message } });

export function createFaceIdSimulator(options: FaceIdSimulatorOptions): FaceIdSimulator {
  const keys = { secretId: options.secretId, secretKey: options.secretKey };
  const mismatchIdentities = new Set(SIMULATED_MISMATCHES);
  const idCardResults = new Map<string, IdCardResultCode>();
  const state: SimulatorState = {
    ruleIds: options.ruleIds ?? ['1'],
    verifyPageBase: (options.verifyPageBase ?? '').replace(/\/+$/, ''),
    mismatchIdentities,
    idCardResults,
    sessions: new Map(),
    now: options.now ?? Date.now,
  };
  const actions: Record<string, (body: Record<string, unknown>, s: SimulatorState) => ActionResult> = {
    [FACEID_ACTIONS.IdCardVerification]: simulateIdCardVerification,
    [FACEID_ACTIONS.DetectAuth]: simulateDetectAuth,
    [FACEID_ACTIONS.GetDetectInfoEnhanced]: simulateGetDetectInfoEnhanced,
  };

  function handleSync(raw: SimulatorRequest): SimulatorResponse {
    const req = normaliseSimulatorRequest(raw);
    if (req.method !== 'POST' || (req.path.split('?')[0] ?? '') !== '/') {
      return replyError('UnsupportedProtocol', 'The simulator accepts POST / with a JSON body only.');
    }
    const action = req.headers['x-tc-action'];
    const version = req.headers['x-tc-version'];
    if (!action || !version || !req.headers['x-tc-timestamp']) {
      return replyError('MissingParameter', 'X-TC-Action, X-TC-Version and X-TC-Timestamp are required.');
    }
    const authError = verifyTc3Request(req, keys, Math.floor(state.now() / 1000), FACEID_SERVICE);
    if (authError) return replyError(authError.Code, authError.Message);
    const run = actions[action];
    if (run === undefined) return replyError('InvalidAction', `The requested action \`${action}\` does not exist.`);
    if (version !== FACEID_API_VERSION) {
      return replyError('NoSuchVersion', `The requested version \`${version}\` of service \`faceid\` does not exist.`);
    }
    let body: unknown;
    try {
      body = JSON.parse(req.body);
    } catch {
      body = null;
    }
    if (!isRecord(body)) return replyError('InvalidParameter', 'The request body is not a JSON object.');
    return reply(run(body, state));
  }

  function completeFace(bizToken: string, outcome: 'passed' | 'failed'): boolean {
    const s = state.sessions.get(bizToken);
    if (s === undefined || s.errCode !== null) return false;
    if (state.now() - s.createdAt > BIZ_TOKEN_START_TTL_SECONDS * 1000) return false;
    // Tencent compares the face with the national photo of the number given, so a bad number or a
    // name that does not go with it fails whatever the face does.
    if (!validateMainlandIdNumber(s.idNumber, new Date(state.now())).ok) s.errCode = DETECT_ERR.idNumberWrong;
    else if (mismatchIdentities.has(identityKey(s.name, s.idNumber))) s.errCode = DETECT_ERR.nameIdMismatch;
    else if (outcome === 'passed') [s.errCode, s.sim] = [DETECT_ERR.passed, '93.52'];
    else [s.errCode, s.sim] = [DETECT_ERR.lowSimilarity, '41.07'];
    return true;
  }

  return {
    // async so that a bug in handleSync becomes a rejected promise, not a synchronous throw.
    handle: async (req) => handleSync(req),
    completeFace,
    session: (bizToken) => state.sessions.get(bizToken),
    mismatchIdentities,
    idCardResults,
    clear() {
      state.sessions.clear();
      idCardResults.clear();
      mismatchIdentities.clear();
      for (const key of SIMULATED_MISMATCHES) mismatchIdentities.add(key);
    },
  };
}
