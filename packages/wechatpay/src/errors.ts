// One error class per way a WeChat Pay exchange can fail, so callers branch on `code` (or instanceof)
// rather than on message text. Verification failures are distinct: a bad signature is an attack or a
// key mix-up, a stale timestamp is a replay or a clock problem, an unknown serial means the platform
// key rotated and the merchant must load the new one.

export type WechatPayErrorCode =
  | 'BAD_SIGNATURE'
  | 'STALE_TIMESTAMP'
  | 'UNKNOWN_SERIAL'
  | 'DECRYPT_FAILED'
  | 'AMOUNT_MISMATCH'
  | 'API_ERROR'
  | 'NETWORK'
  | 'INVALID_RESPONSE';

export class WechatPayError extends Error {
  readonly code: WechatPayErrorCode;
  constructor(code: WechatPayErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** Signature headers missing, or the signature does not verify with the platform key of that serial. */
export class WechatPaySignatureError extends WechatPayError {
  constructor(message: string) {
    super('BAD_SIGNATURE', message);
  }
}

/** Wechatpay-Timestamp further from our clock than the tolerance (5 minutes by default). */
export class WechatPayStaleTimestampError extends WechatPayError {
  constructor(readonly timestamp: number, readonly nowSeconds: number) {
    super('STALE_TIMESTAMP', `Wechatpay-Timestamp ${timestamp} is ${Math.abs(nowSeconds - timestamp)} s away from now`);
  }
}

/** Wechatpay-Serial names a platform key/certificate we were not given. */
export class WechatPayUnknownSerialError extends WechatPayError {
  constructor(readonly serial: string) {
    super('UNKNOWN_SERIAL', `no WeChat Pay platform key with serial ${JSON.stringify(serial)}`);
  }
}

/** The AEAD_AES_256_GCM resource did not decrypt (wrong APIv3 key, tampered ciphertext, nonce or associated data). */
export class WechatPayDecryptError extends WechatPayError {
  constructor(message: string, cause?: unknown) {
    super('DECRYPT_FAILED', message, { cause });
  }
}

/** A verified notification or query names an amount other than the one the merchant ordered. */
export class WechatPayAmountMismatchError extends WechatPayError {
  constructor(readonly outTradeNo: string, readonly expectedFen: number, readonly actualFen: number) {
    super('AMOUNT_MISMATCH', `order ${outTradeNo}: expected ${expectedFen} fen, WeChat Pay reports ${actualFen} fen`);
  }
}

/** WeChat Pay answered with an error body {code, message} and a non-2xx status. */
export class WechatPayApiError extends WechatPayError {
  constructor(readonly status: number, readonly apiCode: string, apiMessage: string) {
    super('API_ERROR', `WeChat Pay HTTP ${status} ${apiCode}: ${apiMessage}`);
  }
}
