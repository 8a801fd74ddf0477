// One error type for everything a stored envelope can do wrong. Messages name the key id or the
// envelope part at fault and never the plaintext, the ciphertext or key bytes: these errors end up in logs.

export type FieldCryptoErrorReason = 'unknown_key' | 'malformed' | 'auth_failed';

export class FieldCryptoError extends Error {
  override readonly name = 'FieldCryptoError';

  constructor(
    readonly reason: FieldCryptoErrorReason,
    message: string,
  ) {
    super(message);
  }
}

export function isFieldCryptoError(err: unknown): err is FieldCryptoError {
  return err instanceof FieldCryptoError;
}
