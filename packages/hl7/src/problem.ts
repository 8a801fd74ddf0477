/** Why a message was not accepted, in HL7 terms (table 0357 error codes) so the ACK can say it precisely. */

export type AckCode = 'AA' | 'AE' | 'AR';

/** HL7 table 0357 message error condition codes we use. */
export const ERROR_CODES = {
  segmentSequence: '100',
  requiredFieldMissing: '101',
  dataTypeError: '102',
  tableValueNotFound: '103',
  unsupportedMessageType: '200',
  unsupportedEventCode: '201',
  unsupportedProcessingId: '202',
  unsupportedVersion: '203',
  internalError: '207',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

const CODE_TEXT: Record<ErrorCode, string> = {
  '100': 'Segment sequence error',
  '101': 'Required field missing',
  '102': 'Data type error',
  '103': 'Table value not found',
  '200': 'Unsupported message type',
  '201': 'Unsupported event code',
  '202': 'Unsupported processing id',
  '203': 'Unsupported version id',
  '207': 'Application internal error',
};

export function errorCodeText(code: ErrorCode): string {
  return CODE_TEXT[code];
}

/** Where in the message the problem is (ERR-2 / ERR-1 ELD). */
export interface ErrorLocation {
  segment: string;
  /** 1-based occurrence of that segment in the message. */
  sequence?: number;
  field?: number;
  component?: number;
}

export class Hl7Problem extends Error {
  override name = 'Hl7Problem';
  constructor(
    readonly outcome: 'AE' | 'AR',
    readonly code: ErrorCode,
    message: string,
    readonly location?: ErrorLocation,
  ) {
    super(message);
  }
}

/** Content error in an accepted message type: the ACK is AE. */
export function contentError(code: ErrorCode, message: string, location?: ErrorLocation): Hl7Problem {
  return new Hl7Problem('AE', code, message, location);
}

/** The message is rejected outright: the ACK is AR. */
export function rejection(code: ErrorCode, message: string, location?: ErrorLocation): Hl7Problem {
  return new Hl7Problem('AR', code, message, location);
}
