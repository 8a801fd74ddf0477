// What the FaceID simulator answers to each action, given a parsed body and the simulator's state.
// Framework-free and synchronous; faceid-simulator.ts does transport, signatures and routing.
import { randomUUID } from 'node:crypto';
import type { TencentError } from '@xinglin/sms';
import {
  BIZ_TOKEN_RESULT_TTL_SECONDS,
  DETECT_ERR_MESSAGES,
  ID_CARD_RESULT,
  ID_CARD_RESULT_DESCRIPTIONS,
  type IdCardResultCode,
} from './constants';
import { validateMainlandIdNumber } from './id-number';

export interface SimulatedFaceSession {
  bizToken: string;
  ruleId: string;
  name: string;
  idNumber: string;
  redirectUrl: string;
  extra: string;
  /** Epoch ms of DetectAuth. */
  createdAt: number;
  /** Text.ErrCode once the patient has finished; null while pending. */
  errCode: number | null;
  /** Text.Sim, "0.00"–"100.00", once a face was compared. */
  sim: string | null;
}

export interface SimulatorState {
  ruleIds: readonly string[];
  verifyPageBase: string;
  mismatchIdentities: ReadonlySet<string>;
  idCardResults: ReadonlyMap<string, IdCardResultCode>;
  sessions: Map<string, SimulatedFaceSession>;
  now: () => number;
}

export type ActionResult = { error: TencentError } | { response: Record<string, unknown> };

const error = (Code: string, Message: string): ActionResult => ({ error: { Code, Message } });
const missing = (name: string): ActionResult =>
  error('MissingParameter', `The request is missing a required parameter \`${name}\`.`);
const text = (body: Record<string, unknown>, key: string): string | undefined =>
  typeof body[key] === 'string' ? body[key] : undefined;

export const identityKey = (name: string, idNumber: string): string => `${name}|${idNumber}`;

export function simulateIdCardVerification(body: Record<string, unknown>, state: SimulatorState): ActionResult {
  const idCard = text(body, 'IdCard');
  const name = text(body, 'Name');
  if (idCard === undefined) return missing('IdCard');
  if (name === undefined) return missing('Name');
  const forced = state.idCardResults.get(identityKey(name, idCard));
  const result: IdCardResultCode =
    forced ??
    (!validateMainlandIdNumber(idCard, new Date(state.now())).ok
      ? ID_CARD_RESULT.invalidIdNumber
      : name.trim() === '' || name.length > 32 || /\d/.test(name)
        ? ID_CARD_RESULT.invalidName
        : state.mismatchIdentities.has(identityKey(name, idCard))
          ? ID_CARD_RESULT.mismatch
          : ID_CARD_RESULT.match);
  return { response: { Result: result, Description: ID_CARD_RESULT_DESCRIPTIONS[result] } };
}

function unknownRule(ruleId: string): ActionResult {
  return error('InvalidParameterValue.RuleIdNotExist', `RuleId ${ruleId} 不存在，请到人脸核身控制台申请。`);
}

export function simulateDetectAuth(body: Record<string, unknown>, state: SimulatorState): ActionResult {
  const ruleId = text(body, 'RuleId');
  if (ruleId === undefined) return missing('RuleId');
  if (!state.ruleIds.includes(ruleId)) return unknownRule(ruleId);
  // Tencent makes IdCard and Name optional per business flow; the simulated flow requires both.
  const idNumber = text(body, 'IdCard');
  const name = text(body, 'Name');
  if (idNumber === undefined) return missing('IdCard');
  if (name === undefined) return missing('Name');
  // Tencent's own tokens look like "CE661F1A-0F1E-45BD-BE13-34C05CEA7681".
  const bizToken = randomUUID().toUpperCase();
  state.sessions.set(bizToken, {
    bizToken,
    ruleId,
    name,
    idNumber,
    redirectUrl: text(body, 'RedirectUrl') ?? '',
    extra: text(body, 'Extra') ?? '',
    createdAt: state.now(),
    errCode: null,
    sim: null,
  });
  const url = `${state.verifyPageBase}/sim/faceid/verify?bizToken=${encodeURIComponent(bizToken)}`;
  return { response: { BizToken: bizToken, Url: url } };
}

export function simulateGetDetectInfoEnhanced(body: Record<string, unknown>, state: SimulatorState): ActionResult {
  const bizToken = text(body, 'BizToken');
  const ruleId = text(body, 'RuleId');
  if (bizToken === undefined) return missing('BizToken');
  if (ruleId === undefined) return missing('RuleId');
  if (!state.ruleIds.includes(ruleId)) return unknownRule(ruleId);
  const session = state.sessions.get(bizToken);
  if (session === undefined || session.ruleId !== ruleId) {
    return error('InvalidParameterValue.BizTokenIllegal', 'BizToken illegal.');
  }
  if (state.now() - session.createdAt > BIZ_TOKEN_RESULT_TTL_SECONDS * 1000) {
    return error('InvalidParameterValue.BizTokenExpired', 'BizToken expired.');
  }
  // InfoType is a set of digits; 0 (the default) means everything, 1 the text part.
  const infoType = text(body, 'InfoType') ?? '0';
  const wantsText = infoType.includes('0') || infoType.includes('1');
  const done = session.errCode !== null;
  const Text = {
    ErrCode: session.errCode,
    ErrMsg: session.errCode === null ? null : (DETECT_ERR_MESSAGES[session.errCode] ?? null),
    IdCard: done ? session.idNumber : null,
    Name: done ? session.name : null,
    Sim: session.sim,
    Extra: session.extra,
  };
  return { response: { Text: wantsText ? Text : null, IdCardData: null, BestFrame: null } };
}
