// Typed failures of the Alipay adapter, so the payments module branches on `code`, not on text.

export type AlipayErrorCode = 'BAD_SIGNATURE' | 'WRONG_APP' | 'AMOUNT_MISMATCH' | 'API_ERROR' | 'NETWORK' | 'INVALID_NOTIFICATION';

export class AlipayError extends Error {
  readonly code: AlipayErrorCode;
  constructor(code: AlipayErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** A notification (or response) whose RSA2 signature does not verify with the Alipay public key. */
export class AlipaySignatureError extends AlipayError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('BAD_SIGNATURE', message, options);
  }
}

/** Alipay answered a business failure: code 40004 etc. with sub_code such as ACQ.TRADE_NOT_EXIST. */
export class AlipayApiError extends AlipayError {
  constructor(readonly apiCode: string, readonly subCode: string, readonly subMsg: string) {
    super('API_ERROR', `Alipay ${apiCode} ${subCode}: ${subMsg}`);
  }
}

/** A verified notification or query names an amount other than the one the merchant ordered. */
export class AlipayAmountMismatchError extends AlipayError {
  constructor(readonly outTradeNo: string, readonly expectedFen: number, readonly actualFen: number) {
    super('AMOUNT_MISMATCH', `order ${outTradeNo}: expected ${expectedFen} fen, Alipay reports ${actualFen} fen`);
  }
}
