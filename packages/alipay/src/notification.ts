// Alipay's asynchronous notification, verified with the official SDK's checkNotifySignV2 (RSA2
// over the raw, already form-decoded values) and turned into fen. Alipay retries until the
// merchant answers the plain text "success"; anything else (we use "fail") asks for a retry.
import type { AlipaySdk } from 'alipay-sdk';
import { AlipayAmountMismatchError, AlipayError, AlipaySignatureError } from './errors';
import { yuanToFen } from './fen';

export type AlipayTradeStatus = 'WAIT_BUYER_PAY' | 'TRADE_CLOSED' | 'TRADE_SUCCESS' | 'TRADE_FINISHED';

export interface AlipayNotification {
  notifyId: string;
  notifyTime: string;
  tradeStatus: AlipayTradeStatus;
  outTradeNo: string;
  tradeNo: string;
  totalFen: number;
  receiptFen?: number;
  /** Cumulative refunded amount, present on refund notifications. */
  refundFen?: number;
  /** The out_request_no of the refund that caused this notification. */
  outBizNo?: string;
  gmtPayment?: string;
  gmtRefund?: string;
  /** Every field as received, for auditing. */
  raw: Record<string, string>;
}

export const NOTIFY_ACK = 'success';
export const NOTIFY_RETRY = 'fail';

const optionalFen = (value: string | undefined): number | undefined => (value ? yuanToFen(value) : undefined);

export function verifyNotification(sdk: AlipaySdk, appId: string, fields: Record<string, string>): AlipayNotification {
  if (!sdk.checkNotifySignV2(fields)) throw new AlipaySignatureError('Alipay notification signature does not verify');
  if (fields.app_id !== appId) throw new AlipayError('WRONG_APP', `notification for app ${fields.app_id ?? '(none)'}, not ${appId}`);
  const { out_trade_no, trade_no, trade_status, total_amount } = fields;
  if (!out_trade_no || !trade_no || !trade_status || !total_amount) {
    throw new AlipayError('INVALID_NOTIFICATION', 'notification lacks out_trade_no, trade_no, trade_status or total_amount');
  }
  return {
    notifyId: fields.notify_id ?? '', notifyTime: fields.notify_time ?? '', tradeStatus: trade_status as AlipayTradeStatus,
    outTradeNo: out_trade_no, tradeNo: trade_no, totalFen: yuanToFen(total_amount), receiptFen: optionalFen(fields.receipt_amount),
    refundFen: optionalFen(fields.refund_fee), outBizNo: fields.out_biz_no, gmtPayment: fields.gmt_payment,
    gmtRefund: fields.gmt_refund, raw: { ...fields },
  };
}

/** Throws AlipayAmountMismatchError unless the verified amount is exactly what was ordered. */
export function assertNotificationAmount(notification: Pick<AlipayNotification, 'outTradeNo' | 'totalFen'>, expectedFen: number): void {
  if (notification.totalFen !== expectedFen) {
    throw new AlipayAmountMismatchError(notification.outTradeNo, expectedFen, notification.totalFen);
  }
}
