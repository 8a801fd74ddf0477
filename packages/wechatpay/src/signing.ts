// WeChat Pay API v3 signatures: SHA256 with RSA (PKCS#1 v1.5) over lines that each end in "\n".
// The same construction signs merchant requests (METHOD, URL, TIMESTAMP, NONCE, BODY), the
// platform's responses and notifications (TIMESTAMP, NONCE, BODY) and wx.requestPayment
// (appId, timeStamp, nonceStr, package).
import { createPrivateKey, createPublicKey, createSign, createVerify, randomBytes, type KeyObject } from 'node:crypto';

export const AUTH_SCHEMA = 'WECHATPAY2-SHA256-RSA2048';

export type PrivateKeyInput = string | KeyObject;
export type PublicKeyInput = string | KeyObject;

export function toPrivateKey(key: PrivateKeyInput): KeyObject {
  return typeof key === 'string' ? createPrivateKey(key) : key;
}

/** Accepts a PEM public key, a PEM X.509 certificate (WeChat Pay platform certificate) or a KeyObject. */
export function toPublicKey(key: PublicKeyInput): KeyObject {
  return typeof key === 'string' ? createPublicKey(key) : key;
}

/** Every line, the last included, ends in "\n": the spec's "even the last line". */
export function signatureMessage(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}

export function rsaSign(message: string, key: PrivateKeyInput): string {
  return createSign('RSA-SHA256').update(message, 'utf8').sign(toPrivateKey(key), 'base64');
}

export function rsaVerify(message: string, signature: string, key: PublicKeyInput): boolean {
  try {
    return createVerify('RSA-SHA256').update(message, 'utf8').verify(toPublicKey(key), signature, 'base64');
  } catch {
    return false;
  }
}

/** 32 upper-case hex characters, as in the official examples. */
export function nonceString(): string {
  return randomBytes(16).toString('hex').toUpperCase();
}

export interface RequestToSign {
  method: string;
  /** Path plus query, without scheme and host: "/v3/pay/transactions/jsapi". */
  url: string;
  /** Exactly the bytes sent; '' for GET. */
  body: string;
  timestamp: number;
  nonce: string;
}

export function requestSignatureMessage(req: RequestToSign): string {
  return signatureMessage([req.method.toUpperCase(), req.url, String(req.timestamp), req.nonce, req.body]);
}

export interface MerchantCredentials {
  mchid: string;
  /** Serial number of the merchant API certificate, sent as serial_no. */
  serialNo: string;
  privateKey: PrivateKeyInput;
}

export function buildAuthorization(merchant: MerchantCredentials, req: RequestToSign): string {
  const signature = rsaSign(requestSignatureMessage(req), merchant.privateKey);
  const fields = {
    mchid: merchant.mchid,
    nonce_str: req.nonce,
    signature,
    timestamp: String(req.timestamp),
    serial_no: merchant.serialNo,
  };
  return `${AUTH_SCHEMA} ${Object.entries(fields).map(([k, v]) => `${k}="${v}"`).join(',')}`;
}

export interface ParsedAuthorization {
  mchid: string;
  nonce_str: string;
  signature: string;
  timestamp: string;
  serial_no: string;
}

/** Null when the header is not a WECHATPAY2-SHA256-RSA2048 header with all five fields. */
export function parseAuthorization(header: string | undefined): ParsedAuthorization | null {
  if (!header?.startsWith(`${AUTH_SCHEMA} `)) return null;
  const fields: Record<string, string> = {};
  for (const match of header.slice(AUTH_SCHEMA.length + 1).matchAll(/(\w+)="([^"]*)"/g)) {
    fields[match[1]!] = match[2]!;
  }
  const { mchid, nonce_str, signature, timestamp, serial_no } = fields;
  if (!mchid || !nonce_str || !signature || !timestamp || !serial_no) return null;
  return { mchid, nonce_str, signature, timestamp, serial_no };
}

/** The platform side: TIMESTAMP\nNONCE\nBODY\n, used for responses and notifications. */
export function platformSignatureMessage(timestamp: string, nonce: string, body: string): string {
  return signatureMessage([timestamp, nonce, body]);
}
