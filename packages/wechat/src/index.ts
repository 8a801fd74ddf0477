export * from './constants';
export type {
  AccessTokenEndpoint,
  Code2SessionResult,
  MiniprogramState,
  PhoneNumberResult,
  SubscribeLang,
  SubscribeMessage,
  SubscribeSendResult,
  WeChatClient,
  WeChatClientConfig,
  WeChatFailure,
  WeChatPhoneInfo,
  WeChatResult,
  WeChatSession,
} from './types';
export { createWeChatClient } from './client';
export {
  createWeChatSimulator,
  DEFAULT_SUBSCRIBE_TEMPLATES,
  type SentSubscribeMessage,
  type SimulatedUser,
  type SimulatedUserInput,
  type SimulatorRequest,
  type SimulatorResponse,
  type SubscribeTemplate,
  type WeChatSimulator,
  type WeChatSimulatorOptions,
} from './simulator';
export { startWeChatSimulatorServer, type WeChatSimulatorServer } from './node-server';
