// @xinglin/alipay: Alipay through the official alipay-sdk, amounts in fen, plus a local gateway simulator.
export { createAlipayClient, ALIPAY_GATEWAY, type AlipayClient, type AlipayClientConfig, type AlipayTrade, type PayPageInput } from './client';
export { AlipayError, AlipaySignatureError, AlipayApiError, AlipayAmountMismatchError, type AlipayErrorCode } from './errors';
export {
  verifyNotification, assertNotificationAmount, NOTIFY_ACK, NOTIFY_RETRY, type AlipayNotification, type AlipayTradeStatus,
} from './notification';
export { fenToYuan, yuanToFen } from './fen';
export { signContent, rsa2Sign, rsa2Verify } from './rsa2';
export { startSimulatedAlipay, type SimulatedAlipay } from './dev';
export { createAlipaySimulator, type AlipaySimulator, type AlipaySimulatorOptions } from './simulator';
export type { AlipayDelivery, AlipayNotificationFaults } from './sim-notify';
export { ALIPAY_BILL_COLUMNS, formatAlipayBill, parseAlipayBill, type AlipayBillLineInput, type AlipayBillRow } from './bill';
