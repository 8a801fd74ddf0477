import { describe, expect, it } from 'vitest';
import { boundaryOf, buildMultipartRelated, parseMultipartRelated } from './multipart';

describe('multipart/related', () => {
  it('round-trips binary parts, including bytes that look like CRLF and dashes', () => {
    const a = new Uint8Array([0, 13, 10, 45, 45, 255, 1]);
    const b = new Uint8Array(1000).map((_, i) => i % 256);
    const built = buildMultipartRelated(
      [
        { headers: { 'Content-Type': 'application/octet-stream' }, body: a },
        { headers: { 'Content-Type': 'application/octet-stream', 'Content-Location': '/x/frames/2' }, body: b },
      ],
      'application/octet-stream',
      'b0undary',
    );
    expect(built.contentType).toBe('multipart/related; type="application/octet-stream"; boundary=b0undary');
    const parts = parseMultipartRelated(built.body, built.contentType);
    expect(parts.map((p) => Array.from(p.body))).toEqual([Array.from(a), Array.from(b)]);
    expect(parts[1]?.headers['content-location']).toBe('/x/frames/2');
  });

  it('reads quoted boundaries and rejects bodies that do not match them', () => {
    expect(boundaryOf('multipart/related; type="application/octet-stream"; boundary="a b"')).toBe('a b');
    expect(boundaryOf('multipart/related; boundary=xyz; type="application/octet-stream"')).toBe('xyz');
    expect(() => parseMultipartRelated(Buffer.from('no parts here'), 'multipart/related; boundary=q')).toThrow(/boundary/);
    expect(() => parseMultipartRelated(Buffer.from('--q\r\n\r\nabc'), 'multipart/related; boundary=q')).toThrow(/closing/);
    expect(() => parseMultipartRelated(Buffer.from('x'), 'multipart/related')).toThrow(/without a boundary/);
  });
});
