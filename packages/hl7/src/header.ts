/** MSH: what the ACK needs and what decides AR (message type, version, control id). */
import type { Hl7Message, Segment } from './parser';
import { ERROR_CODES, rejection } from './problem';

export const SUPPORTED_VERSIONS = ['2.3', '2.3.1', '2.4', '2.5', '2.5.1'] as const;

export interface MessageHeader {
  msh: Segment;
  controlId: string;
  /** MSH-12.1 as written (may be unsupported until checkHeader runs). */
  version: string;
  messageType: string;
  triggerEvent: string;
  processingId: string;
  /** MSH-18 as written. */
  charset: string;
}

export function readHeader(message: Hl7Message): MessageHeader {
  const msh = message.segments[0]!;
  return {
    msh,
    controlId: msh.get(10).trim(),
    version: msh.get(12).trim(),
    messageType: msh.get(9, 1).trim().toUpperCase(),
    triggerEvent: msh.get(9, 2).trim().toUpperCase(),
    processingId: msh.get(11).trim(),
    charset: msh.get(18).trim(),
  };
}

/** HD: namespace id, else universal id. */
export function hdText(msh: Segment, field: number): string | undefined {
  return msh.get(field, 1).trim() || msh.get(field, 2).trim() || undefined;
}

/** Throws an AR problem when we do not take this message at all. */
export function checkHeader(h: MessageHeader): void {
  const at = (field: number) => ({ segment: 'MSH', sequence: 1, field });
  if (!h.controlId) throw rejection(ERROR_CODES.requiredFieldMissing, 'MSH-10 message control id is empty', at(10));
  if (!h.messageType) throw rejection(ERROR_CODES.requiredFieldMissing, 'MSH-9 message type is empty', at(9));
  if (h.messageType !== 'ORU') throw rejection(ERROR_CODES.unsupportedMessageType, `message type ${h.messageType} is not accepted (ORU only)`, at(9));
  if (h.triggerEvent !== 'R01') throw rejection(ERROR_CODES.unsupportedEventCode, `trigger event "${h.triggerEvent}" is not accepted (R01 only)`, at(9));
  if (!(SUPPORTED_VERSIONS as readonly string[]).includes(h.version)) {
    throw rejection(ERROR_CODES.unsupportedVersion, `HL7 version "${h.version}" is not supported (2.3 to 2.5.1)`, at(12));
  }
}
