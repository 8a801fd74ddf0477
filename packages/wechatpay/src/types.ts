// WeChat Pay API v3 wire shapes, in WeChat's own snake_case so they match the spec field for field.
// Every amount is an integer number of fen (分), as on the wire.

export type TradeState = 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR';
export type RefundStatus = 'SUCCESS' | 'CLOSED' | 'PROCESSING' | 'ABNORMAL';

export interface Amount {
  total: number;
  currency?: 'CNY';
}

export interface JsapiPrepayRequest {
  appid: string;
  description: string;
  out_trade_no: string;
  notify_url: string;
  amount: Amount;
  payer: { openid: string };
  /** RFC 3339 with offset, e.g. 2026-11-26T15:00:00+08:00. */
  time_expire?: string;
  attach?: string;
}

export interface H5PrepayRequest extends Omit<JsapiPrepayRequest, 'payer'> {
  scene_info: { payer_client_ip: string; h5_info: { type: 'Wap' | 'iOS' | 'Android' } };
}

export interface Transaction {
  appid: string;
  mchid: string;
  out_trade_no: string;
  transaction_id?: string;
  trade_type?: 'JSAPI' | 'NATIVE' | 'APP' | 'MICROPAY' | 'MWEB' | 'FACEPAY';
  trade_state: TradeState;
  trade_state_desc: string;
  bank_type?: string;
  attach?: string;
  success_time?: string;
  payer?: { openid: string };
  amount: { total: number; payer_total?: number; currency: string; payer_currency?: string };
}

export interface RefundRequest {
  out_trade_no: string;
  out_refund_no: string;
  reason?: string;
  notify_url?: string;
  amount: { refund: number; total: number; currency: 'CNY' };
}

export interface Refund {
  refund_id: string;
  out_refund_no: string;
  transaction_id: string;
  out_trade_no: string;
  channel: 'ORIGINAL' | 'BALANCE' | 'OTHER_BALANCE' | 'OTHER_BANKCARD';
  user_received_account: string;
  success_time?: string;
  create_time: string;
  status: RefundStatus;
  amount: { total: number; refund: number; payer_total: number; payer_refund: number; currency: string };
}

/** The decrypted resource of a REFUND.* notification. */
export interface RefundResource {
  mchid: string;
  out_trade_no: string;
  transaction_id: string;
  out_refund_no: string;
  refund_id: string;
  refund_status: RefundStatus;
  success_time?: string;
  user_received_account: string;
  amount: { total: number; refund: number; payer_total: number; payer_refund: number };
}

export interface TradeBillLocation {
  download_url: string;
  hash_type: 'SHA1';
  hash_value: string;
}

/** Parameters for wx.requestPayment / WeixinJSBridge getBrandWCPayRequest. */
export interface RequestPaymentParams {
  appId: string;
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: 'RSA';
  paySign: string;
}
