export * from './constants';
export {
  idNumberProblemMessages,
  mainlandIdCheckDigit,
  validateMainlandIdNumber,
  type IdNumberProblem,
  type IdNumberValidation,
} from './id-number';
export { isProvinceCode, PROVINCE_CODES, regionName } from './regions';
export {
  DOCUMENT_TYPES,
  documentTypeLabels,
  requiresManualReview,
  validateDocumentNumber,
  type DocumentNumberValidation,
  type DocumentType,
} from './documents';
export { callFaceId, signFaceIdRequest, type FaceIdConfig, type ProviderFailure } from './tencent-api';
export {
  createTencentIdentityCheck,
  mapIdCardResult,
  type IdentityCheckProvider,
  type IdentityCheckResult,
  type IdentityMismatchReason,
  type TencentIdentityCheckConfig,
} from './identity-check';
export {
  createTencentFaceVerification,
  detectTextToResult,
  type FaceVerificationProvider,
  type FaceVerificationResult,
  type FaceVerificationStart,
  type FaceVerificationStartInput,
  type FaceVerificationStatus,
  type TencentFaceVerificationConfig,
} from './face-verification';
export {
  createFaceIdSimulator,
  SIMULATED_MISMATCHES,
  type FaceIdSimulator,
  type FaceIdSimulatorOptions,
} from './faceid-simulator';
export type { SimulatedFaceSession } from './simulator-actions';
// The loopback server is generic over any simulator; re-exported so callers need one import.
export { startSimulatorServer, type SimulatorServer } from '@xinglin/sms';
