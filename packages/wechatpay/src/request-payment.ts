// The signed parameter set the mini program passes to wx.requestPayment (and H5-in-WeChat to
// getBrandWCPayRequest): paySign is RSA-SHA256 over appId\ntimeStamp\nnonceStr\npackage\n.
import { nonceString, rsaSign, signatureMessage, type PrivateKeyInput } from './signing';
import type { RequestPaymentParams } from './types';

export interface RequestPaymentInput {
  appId: string;
  prepayId: string;
  privateKey: PrivateKeyInput;
  /** Epoch seconds; defaults to now. */
  timestamp?: number;
  nonceStr?: string;
}

export function buildRequestPaymentParams(input: RequestPaymentInput): RequestPaymentParams {
  const timeStamp = String(input.timestamp ?? Math.floor(Date.now() / 1000));
  const nonceStr = input.nonceStr ?? nonceString();
  const pkg = `prepay_id=${input.prepayId}`;
  const paySign = rsaSign(signatureMessage([input.appId, timeStamp, nonceStr, pkg]), input.privateKey);
  return { appId: input.appId, timeStamp, nonceStr, package: pkg, signType: 'RSA', paySign };
}
