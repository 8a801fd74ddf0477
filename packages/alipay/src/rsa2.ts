// Alipay's RSA2 content to sign: parameters sorted by name, "k=v" joined by "&", values raw (not
// URL-encoded), empty values and `sign` left out; notifications also leave out `sign_type`.
// The SDK does this for the merchant side; the simulator uses these helpers for Alipay's side.
import { createSign, createVerify, type KeyObject } from 'node:crypto';

export function signContent(params: Record<string, string>, omit: readonly string[] = ['sign']): string {
  return Object.keys(params)
    .filter((key) => !omit.includes(key) && params[key] !== '' && params[key] !== undefined)
    .sort()
    .map((key) => `${key}=${params[key]}`)
    .join('&');
}

export function rsa2Sign(content: string, key: KeyObject | string): string {
  return createSign('RSA-SHA256').update(content, 'utf8').sign(key, 'base64');
}

export function rsa2Verify(content: string, signature: string, key: KeyObject | string): boolean {
  try {
    return createVerify('RSA-SHA256').update(content, 'utf8').verify(key, signature, 'base64');
  } catch {
    return false;
  }
}
