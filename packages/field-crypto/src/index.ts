export {
  aes256gcm,
  algorithms,
  findAlgorithm,
  registerAlgorithm,
  sm4gcm,
  SM4_GCM_AVAILABLE,
  type FieldAlgorithm,
  type SealedBox,
} from './algorithms';
export { createBlindIndex, normaliseForIndex, CASE_INSENSITIVE_KINDS, type BlindIndex } from './blind-index';
export { createFieldCipher, type FieldCipher } from './cipher';
export { ENVELOPE_VERSION } from './envelope';
export { FieldCryptoError, isFieldCryptoError, type FieldCryptoErrorReason } from './errors';
export { generateKeySpec, parseKeyring, KEY_ID_PATTERN, type KeyEntry, type Keyring } from './keyring';
export { maskAddress, maskIdNumber, maskName, maskPhone, maskText } from './mask';
