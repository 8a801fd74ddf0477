// multipart/related (RFC 2387) as WADO-RS uses it for frames and bulk data (PS3.18 §8.7.3).
// Parts are binary, so everything here works on bytes, never on decoded strings.

export interface MultipartPart {
  headers: Record<string, string>;
  body: Uint8Array;
}

const CRLF = '\r\n';

/** The boundary parameter of a multipart Content-Type, unquoted. */
export function boundaryOf(contentType: string): string | undefined {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

export function buildMultipartRelated(
  parts: MultipartPart[],
  type: string,
  boundary: string,
): { contentType: string; body: Uint8Array } {
  const chunks: Uint8Array[] = [];
  for (const part of parts) {
    const head = Object.entries(part.headers)
      .map(([name, value]) => `${name}: ${value}${CRLF}`)
      .join('');
    chunks.push(Buffer.from(`--${boundary}${CRLF}${head}${CRLF}`, 'latin1'), part.body, Buffer.from(CRLF, 'latin1'));
  }
  chunks.push(Buffer.from(`--${boundary}--${CRLF}`, 'latin1'));
  return { contentType: `multipart/related; type="${type}"; boundary=${boundary}`, body: Buffer.concat(chunks) };
}

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).indexOf(needle, from);
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.split(CRLF)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** Splits a multipart body into parts; throws on a body that does not follow its own boundary. */
export function parseMultipartRelated(body: Uint8Array, contentType: string): MultipartPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw new Error('multipart Content-Type without a boundary');
  const delimiter = Buffer.from(`${CRLF}--${boundary}`, 'latin1');
  // Treat the body as if preceded by CRLF so the first delimiter matches like the others.
  const data = Buffer.concat([Buffer.from(CRLF, 'latin1'), body]);
  const parts: MultipartPart[] = [];
  let at = indexOf(data, delimiter, 0);
  if (at < 0) throw new Error('multipart body does not contain its boundary');
  for (;;) {
    const afterDelimiter = at + delimiter.length;
    if (data.subarray(afterDelimiter, afterDelimiter + 2).toString('latin1') === '--') return parts;
    const headerEnd = indexOf(data, Buffer.from(CRLF + CRLF, 'latin1'), afterDelimiter);
    if (headerEnd < 0) throw new Error('multipart part without a header terminator');
    const next = indexOf(data, delimiter, headerEnd + 4);
    if (next < 0) throw new Error('multipart body ends without a closing boundary');
    parts.push({
      headers: parseHeaders(data.subarray(afterDelimiter, headerEnd).toString('latin1')),
      body: new Uint8Array(data.subarray(headerEnd + 4, next)),
    });
    at = next;
  }
}
