export * from './constants';
export type { SmsMessage, SmsProvider, SmsSendResult } from './provider';
export { toE164, toMainlandMobile } from './phone';
export * from './tc3';
export * from './tencent-wire';
export {
  createTencentSmsProvider,
  isRetryableTencentCode,
  signTencentRequest,
  TENCENT_PROVIDER_NAME,
  type SignedTencentRequest,
  type TencentSmsConfig,
} from './tencent';
export { verifyTc3Request, type NormalisedRequest } from './simulator-auth';
export {
  createTencentSmsSimulator,
  normalise as normaliseSimulatorRequest,
  type FailNextOptions,
  type SimulatorRequest,
  type SimulatorResponse,
  type TencentSmsSimulator,
  type TencentSmsSimulatorOptions,
} from './tencent-simulator';
export { DEFAULT_SIGN_NAMES, DEFAULT_SMS_TEMPLATES, renderTemplate, type SimulatedSms } from './simulator-sendsms';
export { startSimulatorServer, type SimulatorHandler, type SimulatorServer } from '@xinglin/sim-http';
