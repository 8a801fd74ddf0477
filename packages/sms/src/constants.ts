// Tencent Cloud SMS API 3.0 protocol constants, shared by the adapter and the simulator so the two
// can never drift apart on a literal.

/** Signature algorithm named in the Authorization header and the string to sign. */
export const TC3_ALGORITHM = 'TC3-HMAC-SHA256';
/** Last element of the credential scope `Date/service/tc3_request`. */
export const TC3_TERMINATOR = 'tc3_request';
/** Tencent rejects a request whose X-TC-Timestamp is further than this from its clock. */
export const TC3_MAX_SKEW_SECONDS = 300;

/** Product name: the first label of the endpoint and the service in the credential scope. */
export const SMS_SERVICE = 'sms';
export const SMS_API_VERSION = '2021-01-11';
export const SMS_DEFAULT_ENDPOINT = 'sms.tencentcloudapi.com';
export const SMS_DEFAULT_REGION = 'ap-guangzhou';

/** Actions of the SMS 2021-01-11 API that this package knows by name; only SendSms is used. */
export const SMS_ACTIONS = {
  SendSms: 'SendSms',
  PullSmsSendStatus: 'PullSmsSendStatus',
  DescribeSmsTemplateList: 'DescribeSmsTemplateList',
} as const;
export type SmsAction = (typeof SMS_ACTIONS)[keyof typeof SMS_ACTIONS];

/**
 * Sent and signed byte for byte. Tencent's docs warn that a client adding "; charset=utf-8" behind
 * the signer's back breaks the signature, so we send exactly what we sign.
 */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** The code Tencent puts in SendStatusSet[].Code for a number that was accepted. */
export const SEND_STATUS_OK = 'Ok';
