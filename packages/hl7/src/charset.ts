/**
 * MSH-18 character sets. MSH itself is ASCII, so MSH-18 is read from the raw bytes (latin1 keeps one char per byte)
 * before the whole message is decoded with the right decoder.
 */
import iconv from 'iconv-lite';

/** How we decode and encode one HL7 table 0211 value. */
export type CharsetKey = 'utf-8' | 'latin1' | 'gb18030' | 'gbk';

const BY_NAME: Record<string, CharsetKey> = {
  '': 'utf-8', // empty means 7-bit ASCII; UTF-8 is its superset and what real Chinese senders mean.
  ASCII: 'utf-8',
  'UNICODE UTF-8': 'utf-8',
  'UTF-8': 'utf-8',
  UTF8: 'utf-8',
  '8859/1': 'latin1',
  'ISO-8859-1': 'latin1',
  'GB 18030-2000': 'gb18030',
  GB18030: 'gb18030',
  'GB18030-2000': 'gb18030',
  'GB 18030-2005': 'gb18030',
  GBK: 'gbk',
  'GB 2312': 'gbk', // GBK is a superset of GB 2312.
  GB2312: 'gbk',
};

export class CharsetError extends Error {
  override name = 'CharsetError';
  constructor(
    message: string,
    readonly kind: 'unsupported' | 'invalid-bytes',
  ) {
    super(message);
  }
}

/** Maps an MSH-18 value to our key; undefined when we do not support it. */
export function charsetFromMsh18(value: string): CharsetKey | undefined {
  return BY_NAME[value.trim().toUpperCase()];
}

/** The MSH segment decoded byte-for-byte (latin1), enough to read delimiters and ASCII header fields. */
export function rawMshLine(bytes: Uint8Array): string {
  const start = skipLeadingNoise(bytes);
  let end = start;
  while (end < bytes.length && bytes[end] !== 0x0d && bytes[end] !== 0x0a) end++;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
}

function skipLeadingNoise(bytes: Uint8Array): number {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3; // UTF-8 BOM
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0d || bytes[i] === 0x0a)) i++;
  return i;
}

/** MSH-18 (first repetition, first component) read from the raw bytes; '' when absent or unreadable. */
export function readMsh18(bytes: Uint8Array): string {
  const line = rawMshLine(bytes);
  if (!line.startsWith('MSH') || line.length < 8) return '';
  const sep = line.charAt(3);
  const enc = line.slice(4, 8);
  // parts[0] = 'MSH', parts[1] = MSH-2, so MSH-n is parts[n - 1].
  const value = line.split(sep)[17] ?? '';
  return value.split(enc.charAt(1))[0]!.split(enc.charAt(0))[0]!;
}

export interface DecodedMessage {
  text: string;
  charset: CharsetKey;
  /** MSH-18 as written. */
  declared: string;
}

/** Decodes a whole message honouring MSH-18. Throws CharsetError for an unknown charset or bytes invalid in it. */
export function decodeMessage(bytes: Uint8Array): DecodedMessage {
  const declared = readMsh18(bytes);
  const charset = charsetFromMsh18(declared);
  if (!charset) throw new CharsetError(`unsupported MSH-18 character set "${declared}"`, 'unsupported');
  try {
    const text = decoderFor(charset).decode(bytes);
    return { text, charset, declared };
  } catch {
    throw new CharsetError(`bytes are not valid ${declared || 'ASCII/UTF-8'}`, 'invalid-bytes');
  }
}

/**
 * One fatal decoder per charset, made once: decode() without { stream: true } keeps no state between calls, and
 * making an ICU decoder (GB18030) per message cost more than decoding it.
 */
const decoders = new Map<CharsetKey, InstanceType<typeof TextDecoder>>();
function decoderFor(charset: CharsetKey): InstanceType<typeof TextDecoder> {
  let decoder = decoders.get(charset);
  if (!decoder) {
    decoder = new TextDecoder(charset, { fatal: true });
    decoders.set(charset, decoder);
  }
  return decoder;
}

/** Encodes text for the wire in the given charset (TextEncoder only knows UTF-8). */
export function encodeText(text: string, charset: CharsetKey): Buffer {
  // ASCII is the same bytes in all four; ACKs nearly always are (UTF-8 counts 1 byte per character only for ASCII).
  if (charset !== 'utf-8' && Buffer.byteLength(text, 'utf8') === text.length) return Buffer.from(text, 'latin1');
  switch (charset) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'latin1':
      return Buffer.from(text, 'latin1');
    case 'gb18030':
    case 'gbk':
      return iconv.encode(text, charset);
  }
}
