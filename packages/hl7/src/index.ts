export * from './model';
export {
  escapeHl7,
  FieldRepetition,
  Hl7ParseError,
  parseHl7,
  readDelimiters,
  Segment,
  STANDARD_DELIMITERS,
  unescapeHl7,
  type Delimiters,
  type Hl7Message,
} from './parser';
export { CharsetError, charsetFromMsh18, decodeMessage, encodeText, readMsh18, type CharsetKey, type DecodedMessage } from './charset';
export { DEFAULT_OFFSET, hl7ToDate, hl7ToIso, toHl7Timestamp } from './timestamp';
export { parseReferenceRange, type ParsedRange } from './range';
export { DEFAULT_MAX_FRAME_BYTES, encodeMllp, MllpDecoder, type MllpEvent } from './mllp';
export { checkHeader, readHeader, SUPPORTED_VERSIONS, type MessageHeader } from './header';
export { mapOru } from './oru';
export { buildAck, type AckInput } from './ack';
export { ERROR_CODES, Hl7Problem, type AckCode, type ErrorCode, type ErrorLocation } from './problem';
export { reportProblems } from './validate';
export { applicationError, handleMessage, rejectMessage, type HandleOptions, type HandleResult } from './handle';
export { createMllpServer, MllpClient, type MllpClientOptions, type MllpServerOptions } from './net';
export { generateOru, type GeneratedMessage, type GeneratedResult, type GenerateOptions, type SimCharset, type SimVersion } from './generator';
export { PANEL_NAMES, PANELS, type Panel, type PanelName, type PanelTest } from './panels';
export { fromIdNumber, idCheckDigit, randomPatient, seededRandom, type SimPatient } from './patients';
