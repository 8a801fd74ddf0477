// The simulator's side of API v3 authentication: check the merchant's Authorization header the
// way WeChat Pay does (mchid, serial, ±5 min timestamp, RSA signature over the request), and sign
// every answer with the platform key so the merchant can verify it.
import type { KeyObject } from 'node:crypto';
import { nonceString, parseAuthorization, platformSignatureMessage, requestSignatureMessage, rsaSign, rsaVerify } from './signing';
import type { SimulatorRequest, SimulatorResponse } from '@xinglin/sim-http';

export interface SimAuthOptions {
  mchid: string;
  merchantSerialNo: string;
  merchantPublicKey: KeyObject;
  platformKey: KeyObject;
  platformSerial: string;
  now: () => number;
}

function header(req: SimulatorRequest, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Null when the request is authentic; otherwise the reason, for a 401 SIGN_ERROR. */
export function checkMerchantRequest(options: SimAuthOptions, req: SimulatorRequest): string | null {
  const auth = parseAuthorization(header(req, 'authorization'));
  if (!auth) return 'Authorization 头缺失或格式错误';
  if (auth.mchid !== options.mchid) return `mchid ${auth.mchid} 与商户不匹配`;
  if (auth.serial_no !== options.merchantSerialNo) return `商户证书序列号 ${auth.serial_no} 无效`;
  const seconds = Number(auth.timestamp);
  if (!Number.isInteger(seconds) || Math.abs(Math.floor(options.now() / 1000) - seconds) > 300) return '请求时间戳已过期';
  const message = requestSignatureMessage({
    method: req.method, url: req.path, timestamp: seconds, nonce: auth.nonce_str, body: req.body,
  });
  return rsaVerify(message, auth.signature, options.merchantPublicKey) ? null : '签名错误';
}

export function signedReply(options: SimAuthOptions, status: number, body: string, contentType = 'application/json'): SimulatorResponse {
  const timestamp = String(Math.floor(options.now() / 1000));
  const nonce = nonceString();
  return {
    status,
    headers: {
      ...(body ? { 'content-type': contentType } : {}),
      'request-id': nonceString(),
      'wechatpay-timestamp': timestamp,
      'wechatpay-nonce': nonce,
      'wechatpay-serial': options.platformSerial,
      'wechatpay-signature': rsaSign(platformSignatureMessage(timestamp, nonce, body), options.platformKey),
      'wechatpay-signature-type': 'WECHATPAY2-SHA256-RSA2048',
    },
    body,
  };
}
