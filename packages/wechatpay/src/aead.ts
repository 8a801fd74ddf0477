// AEAD_AES_256_GCM as WeChat Pay uses it for notification resources: key = the 32-byte APIv3 key,
// 12-byte nonce (a string, used as its bytes), associated_data authenticated but not encrypted,
// ciphertext = base64(encrypted bytes || 16-byte tag).
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { WechatPayDecryptError } from './errors';

export const AEAD_ALGORITHM = 'AEAD_AES_256_GCM';
const TAG_BYTES = 16;

export interface EncryptedResource {
  algorithm: string;
  ciphertext: string;
  associated_data?: string;
  nonce: string;
  original_type?: string;
}

function apiV3KeyBytes(apiV3Key: string): Buffer {
  const key = Buffer.from(apiV3Key, 'utf8');
  if (key.length !== 32) throw new WechatPayDecryptError('the APIv3 key must be 32 bytes');
  return key;
}

export function encryptResource(plaintext: string, apiV3Key: string, nonce: string, associatedData = ''): string {
  const cipher = createCipheriv('aes-256-gcm', apiV3KeyBytes(apiV3Key), Buffer.from(nonce, 'utf8'));
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return encrypted.toString('base64');
}

export function decryptResource(resource: EncryptedResource, apiV3Key: string): string {
  if (resource.algorithm !== AEAD_ALGORITHM) {
    throw new WechatPayDecryptError(`unsupported resource algorithm ${JSON.stringify(resource.algorithm)}`);
  }
  const key = apiV3KeyBytes(apiV3Key);
  const data = Buffer.from(resource.ciphertext, 'base64');
  if (data.length < TAG_BYTES) throw new WechatPayDecryptError('ciphertext shorter than the GCM tag');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(resource.nonce, 'utf8'));
    decipher.setAAD(Buffer.from(resource.associated_data ?? '', 'utf8'));
    decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
    return Buffer.concat([decipher.update(data.subarray(0, data.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch (err) {
    // GCM's only answer to a wrong key or a flipped bit is "unable to authenticate data".
    throw new WechatPayDecryptError('resource failed AES-256-GCM authentication', err);
  }
}
