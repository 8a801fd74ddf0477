/** ACK^R01 built in the inbound message's version: MSA + ERR (v2.5 ERR-2/3/4/8, v2.3–2.4 ERR-1 ELD). */
import { hdText, type MessageHeader } from './header';
import { escapeHl7, STANDARD_DELIMITERS } from './parser';
import { errorCodeText, type AckCode, type Hl7Problem } from './problem';
import { toHl7Timestamp } from './timestamp';

export interface AckInput {
  /** Inbound header; absent when the bytes were not HL7 at all. */
  header?: MessageHeader;
  outcome: AckCode;
  problem?: Hl7Problem;
  now: Date;
  controlId: string;
  /** MSH-18 to declare in the ACK (the inbound one when we support it). */
  charset?: string;
}

const DEFAULT_VERSION = '2.5.1';

/** The ACK as text, segments ended by CR. Every copied value is re-escaped with the standard delimiters. */
export function buildAck(input: AckInput): string {
  const { header, outcome, problem } = input;
  const version = header && /^2\.\d+(\.\d+)?$/.test(header.version) ? header.version : DEFAULT_VERSION;
  const e = (s: string | undefined) => escapeHl7(s ?? '');
  const msh = header?.msh;
  const hd = (field: number) => (msh ? e(hdText(msh, field)) : '');
  const trigger = header?.triggerEvent && /^[A-Z0-9]{3}$/.test(header.triggerEvent) ? header.triggerEvent : 'R01';
  const type = version === '2.3' ? `ACK^${trigger}` : `ACK^${trigger}^ACK`;
  const processing = header && /^[DPT]$/.test(header.processingId) ? header.processingId : 'P';
  const mshFields = [
    'MSH', '^~\\&', hd(5), hd(6), hd(3), hd(4), toHl7Timestamp(input.now), '', type, e(input.controlId), processing, version,
  ];
  if (input.charset) mshFields.push('', '', '', '', '', e(input.charset));
  const segments = [mshFields.join('|')];
  const text = problem ? problem.message : outcome === 'AA' ? 'Message accepted' : undefined;
  segments.push(['MSA', outcome, e(header?.controlId), e(text?.slice(0, 80))].join('|'));
  if (problem) segments.push(errSegment(problem, version));
  return segments.join('\r') + '\r';
}

function errSegment(problem: Hl7Problem, version: string): string {
  const e = (s: string) => escapeHl7(s, STANDARD_DELIMITERS);
  const loc = problem.location;
  const codeText = errorCodeText(problem.code);
  if (versionAtLeast25(version)) {
    // ERR-2 ERL: segment ^ sequence ^ field ^ repetition ^ component; ERR-3 CWE (table 0357); ERR-4 severity; ERR-8 user message.
    const erl = loc ? [e(loc.segment), loc.sequence ?? '', loc.field ?? '', loc.field ? 1 : '', loc.component ?? ''].join('^').replace(/\^+$/, '') : '';
    return ['ERR', '', erl, `${problem.code}^${e(codeText)}^HL70357`, 'E', '', '', '', e(problem.message)].join('|');
  }
  // v2.3 – 2.4 ERR-1 ELD: segment ^ sequence ^ field ^ code&text&table.
  const eld = [loc ? e(loc.segment) : '', loc?.sequence ?? '', loc?.field ?? '', `${problem.code}&${e(codeText)}&HL70357`].join('^');
  return ['ERR', eld].join('|');
}

function versionAtLeast25(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > 2 || (major === 2 && minor >= 5);
}
