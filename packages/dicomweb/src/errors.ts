/**
 * Why a DICOMweb call failed. Callers map these to their own answers: not_found → 404 for the user,
 * timeout / unreachable / http_error / bad_response → "imaging temporarily unavailable".
 */
export type DicomWebErrorCode =
  | 'timeout'
  | 'aborted'
  | 'unreachable'
  | 'not_found'
  | 'not_acceptable'
  | 'bad_request'
  | 'http_error'
  | 'bad_response';

/**
 * Messages name the resource path only, never the PACS base URL, so that a careless log line or
 * error forwarded to a browser does not reveal where the PACS lives.
 */
export class DicomWebError extends Error {
  override readonly name = 'DicomWebError';
  constructor(
    readonly code: DicomWebErrorCode,
    message: string,
    /** HTTP status from the PACS, when it answered at all. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function errorCodeForStatus(status: number): DicomWebErrorCode {
  if (status === 404) return 'not_found';
  if (status === 406) return 'not_acceptable';
  if (status === 400) return 'bad_request';
  return 'http_error';
}
