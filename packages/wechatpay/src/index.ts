// @xinglin/wechatpay: WeChat Pay API v3 for Xinglin (merchant client) and a local gateway simulator.
export { createWechatPayClient, assertTransactionAmount, WECHATPAY_BASE_URL, type WechatPayClient, type WechatPayClientConfig } from './client';
export {
  WechatPayError,
  WechatPaySignatureError,
  WechatPayStaleTimestampError,
  WechatPayUnknownSerialError,
  WechatPayDecryptError,
  WechatPayAmountMismatchError,
  WechatPayApiError,
  type WechatPayErrorCode,
} from './errors';
export {
  AUTH_SCHEMA,
  buildAuthorization,
  parseAuthorization,
  requestSignatureMessage,
  platformSignatureMessage,
  rsaSign,
  rsaVerify,
  type MerchantCredentials,
  type PrivateKeyInput,
  type PublicKeyInput,
  type RequestToSign,
} from './signing';
export { createPlatformVerifier, type HeaderBag, type PlatformVerifier, type PlatformVerifierOptions } from './verify';
export { decryptResource, encryptResource, AEAD_ALGORITHM, type EncryptedResource } from './aead';
export { parseNotification, NOTIFICATION_ACK, notificationNack, type Notification, type NotificationEnvelope } from './notification';
export { buildRequestPaymentParams, type RequestPaymentInput } from './request-payment';
export { parseTradeBill, formatTradeBill, type TradeBill, type TradeBillRow, type TradeBillSummary, type TradeBillLineInput } from './bill';
export { yuanToFen, fenToYuan } from './fen';
export type * from './types';
export { startSimulatedWechatPay, type SimulatedWechatPay } from './dev';
export { createWechatPaySimulator, randomApiV3Key, type WechatPaySimulator, type WechatPaySimulatorOptions } from './simulator';
export type { NotificationDelivery, NotificationFaults } from './sim-notify';
