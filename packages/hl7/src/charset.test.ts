import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CharsetError, charsetFromMsh18, decodeMessage, encodeText, readMsh18 } from './charset';

const msh = (charset: string) => `MSH|^~\\&|LIS|HOSP|XL|XL|20240105083000||ORU^R01|1|P|2.5.1|||AL|NE||${charset}\r`;

describe('MSH-18 character sets', () => {
  it('maps the table 0211 names we meet', () => {
    expect(charsetFromMsh18('UNICODE UTF-8')).toBe('utf-8');
    expect(charsetFromMsh18('')).toBe('utf-8');
    expect(charsetFromMsh18('gb 18030-2000')).toBe('gb18030');
    expect(charsetFromMsh18('GBK')).toBe('gbk');
    expect(charsetFromMsh18('8859/1')).toBe('latin1');
    expect(charsetFromMsh18('ISO IR87')).toBeUndefined();
  });

  it('reads MSH-18 from raw bytes, first component of the first repetition', () => {
    expect(readMsh18(Buffer.from(msh('GB 18030-2000')))).toBe('GB 18030-2000');
    expect(readMsh18(Buffer.from(msh('UNICODE UTF-8~GBK')))).toBe('UNICODE UTF-8');
    expect(readMsh18(Buffer.from('MSH|^~\\&|A\r'))).toBe('');
  });

  it('decodes real GBK and GB18030 bytes of Chinese test names', () => {
    const obx = 'OBX|1|NM|GLU^空腹血糖||5.6|mmol/L|3.9-6.1||||F\r';
    for (const [name, enc] of [['GBK', 'gbk'], ['GB 18030-2000', 'gb18030']] as const) {
      const bytes = iconv.encode(msh(name) + obx, enc);
      // The bytes really are GB: 空 is 0xBF 0xD5 in both.
      expect(bytes.includes(Buffer.from([0xbf, 0xd5]))).toBe(true);
      const decoded = decodeMessage(bytes);
      expect(decoded.charset).toBe(enc);
      expect(decoded.text).toContain('空腹血糖');
    }
  });

  it('decodes a GB18030 four-byte character (outside GBK)', () => {
    const bytes = encodeText(msh('GB18030') + 'NTE|1||𠀀\r', 'gb18030');
    expect(decodeMessage(bytes).text).toContain('𠀀');
  });

  it('throws CharsetError for unknown charsets and invalid bytes', () => {
    expect(() => decodeMessage(Buffer.from(msh('EBCDIC')))).toThrow(CharsetError);
    const badUtf8 = Buffer.concat([Buffer.from(msh('UNICODE UTF-8')), Buffer.from([0xff, 0xfe, 0x41])]);
    try {
      decodeMessage(badUtf8);
      expect.unreachable();
    } catch (err) {
      expect((err as CharsetError).kind).toBe('invalid-bytes');
    }
  });

  it('encodes text in each charset so it decodes back', () => {
    for (const key of ['utf-8', 'gb18030', 'gbk'] as const) {
      expect(new TextDecoder(key).decode(encodeText('血常规 WBC', key))).toBe('血常规 WBC');
    }
    expect(encodeText('é', 'latin1')).toEqual(Buffer.from([0xe9]));
  });
});
