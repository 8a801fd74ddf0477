/**
 * One inbound HL7 v2 message (bytes, MLLP framing removed) → report + ACK. Never throws: anything unexpected
 * becomes an AE/AR ACK, because an exception here would leave the LIS waiting for an ACK that never comes.
 */
import { buildAck } from './ack';
import { CharsetError, charsetFromMsh18, decodeMessage, encodeText, rawMshLine, type CharsetKey } from './charset';
import { checkHeader, readHeader, type MessageHeader } from './header';
import type { InboundReport } from './model';
import { mapOru } from './oru';
import { parseHl7 } from './parser';
import { contentError, ERROR_CODES, Hl7Problem, rejection, type AckCode } from './problem';
import { reportProblems } from './validate';

export interface HandleResult {
  /** Present only when outcome is AA. */
  report?: InboundReport;
  /** The ACK encoded in the inbound charset, ready for MLLP framing. */
  ack: Buffer;
  ackText: string;
  outcome: AckCode;
  error?: string;
  /** Inbound MSH-10 when it could be read. */
  controlId?: string;
}

export interface HandleOptions {
  now?: () => Date;
  /** MSH-10 for the ACK. */
  ackControlId?: () => string;
}

let ackCounter = 0;
function defaultAckControlId(): string {
  ackCounter = (ackCounter + 1) % 1_000_000;
  return `ACK${Date.now().toString(36)}${ackCounter}`.slice(0, 20);
}

export function handleMessage(bytes: Uint8Array, options: HandleOptions = {}): HandleResult {
  const ctx = { now: options.now?.() ?? new Date(), controlId: (options.ackControlId ?? defaultAckControlId)() };
  try {
    return handle(bytes, ctx);
  } catch (err) {
    const problem = err instanceof Hl7Problem ? err : rejection(ERROR_CODES.internalError, `internal error: ${String(err).slice(0, 200)}`);
    try {
      return respond(problem.outcome, undefined, 'utf-8', undefined, ctx, problem);
    } catch {
      const ackText = `MSH|^~\\&|||||||ACK|${ctx.controlId}|P|2.5.1\rMSA|AR|\r`;
      return { ack: Buffer.from(ackText), ackText, outcome: 'AR', error: problem.message };
    }
  }
}

/** AR for a frame we refused to read whole (too large); `head` is its first bytes, used to address the ACK. */
export function rejectMessage(head: Uint8Array, reason: string, options: HandleOptions = {}): HandleResult {
  return answerFromHeader(head, rejection(ERROR_CODES.internalError, reason), options);
}

/**
 * AE (207 application internal error) for a message handleMessage accepted but the application could not store,
 * e.g. the database is down: the LIS keeps the result and may resend it.
 */
export function applicationError(bytes: Uint8Array, reason: string, options: HandleOptions = {}): HandleResult {
  return answerFromHeader(bytes, contentError(ERROR_CODES.internalError, reason), options);
}

function answerFromHeader(bytes: Uint8Array, problem: Hl7Problem, options: HandleOptions): HandleResult {
  const ctx = { now: options.now?.() ?? new Date(), controlId: (options.ackControlId ?? defaultAckControlId)() };
  let header: MessageHeader | undefined;
  try {
    header = readHeader(parseHl7(rawMshLine(bytes)));
  } catch {
    header = undefined;
  }
  const charset = header ? charsetFromMsh18(header.charset) : undefined;
  return respond(problem.outcome, header, charset ?? 'utf-8', charset ? header?.charset : undefined, ctx, problem);
}

interface Ctx {
  now: Date;
  controlId: string;
}

function handle(bytes: Uint8Array, ctx: Ctx): HandleResult {
  let head: MessageHeader;
  try {
    head = readHeader(parseHl7(rawMshLine(bytes)));
  } catch (err) {
    return respond('AR', undefined, 'utf-8', undefined, ctx, rejection(ERROR_CODES.unsupportedMessageType, `not an HL7 v2 message: ${(err as Error).message}`));
  }
  let decoded;
  try {
    decoded = decodeMessage(bytes);
  } catch (err) {
    if (!(err instanceof CharsetError)) throw err;
    const at = { segment: 'MSH', sequence: 1, field: 18 };
    let problem = err.kind === 'unsupported'
      ? rejection(ERROR_CODES.tableValueNotFound, err.message, at)
      : contentError(ERROR_CODES.dataTypeError, err.message, at);
    const known = charsetFromMsh18(head.charset);
    // A message we cannot decode is still answered; its header is ASCII so the head suffices.
    if (problem.outcome === 'AE') problem = headerProblem(head) ?? problem;
    return respond(problem.outcome, head, known ?? 'utf-8', known ? head.charset : undefined, ctx, problem);
  }
  const message = parseHl7(decoded.text);
  const header = readHeader(message);
  const declared = header.charset || undefined;
  try {
    checkHeader(header);
    const report = mapOru(message, header);
    const problems = reportProblems(report);
    if (problems.length > 0) throw contentError(ERROR_CODES.internalError, `report incomplete: ${problems.join('; ')}`);
    return { ...respond('AA', header, decoded.charset, declared, ctx), report };
  } catch (err) {
    if (!(err instanceof Hl7Problem)) throw err;
    return respond(err.outcome, header, decoded.charset, declared, ctx, err);
  }
}

function headerProblem(header: MessageHeader): Hl7Problem | undefined {
  try {
    checkHeader(header);
    return undefined;
  } catch (err) {
    if (err instanceof Hl7Problem) return err;
    throw err;
  }
}

function respond(
  outcome: AckCode,
  header: MessageHeader | undefined,
  charset: CharsetKey,
  declared: string | undefined,
  ctx: Ctx,
  problem?: Hl7Problem,
): HandleResult {
  const ackText = buildAck({ header, outcome, problem, now: ctx.now, controlId: ctx.controlId, charset: declared });
  return {
    ack: encodeText(ackText, charset),
    ackText,
    outcome,
    error: problem?.message,
    controlId: header?.controlId || undefined,
  };
}
