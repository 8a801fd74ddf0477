import { describe, expect, it } from 'vitest';
import { parseTc3Authorization, sha256Hex, tc3CanonicalRequest, tc3Date, tc3Sign } from './tc3';

// The worked example of Tencent Cloud API 3.0 "Signature v3" (CVM DescribeInstances at 1551113065).
// The document names the SecretKey used for its signature; the SecretId is masked there, but it is
// not an input to the signature, so any value reproduces the published result.
const DOC_PAYLOAD = String.raw`{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`;
const DOC_INPUT = {
  method: 'POST',
  headers: { 'Content-Type': 'application/json; charset=utf-8', Host: 'cvm.tencentcloudapi.com' },
  payload: DOC_PAYLOAD,
  service: 'cvm',
  timestamp: 1551113065,
};
const DOC_KEYS = { secretId: 'AKIDEXAMPLE', secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE' };

describe('tc3Sign against Tencent’s published example', () => {
  const signed = tc3Sign(DOC_INPUT, DOC_KEYS);

  it('hashes the payload as documented', () => {
    expect(sha256Hex(DOC_PAYLOAD)).toBe('35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064');
  });

  it('builds the documented canonical request and string to sign', () => {
    expect(signed.canonicalRequest).toBe(
      'POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\n' +
        'content-type;host\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064',
    );
    expect(signed.stringToSign).toBe(
      'TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n' +
        '5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031',
    );
  });

  it('produces the documented signature and Authorization header', () => {
    expect(signed.signature).toBe('72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168');
    expect(signed.authorization).toBe(
      'TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, ' +
        'Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168',
    );
  });

  it('matches the later revision of the example that also signs x-tc-action (lower-cased value)', () => {
    const { canonicalRequest, signedHeaders } = tc3CanonicalRequest({
      ...DOC_INPUT,
      headers: { ...DOC_INPUT.headers, 'X-TC-Action': 'DescribeInstances' },
    });
    expect(signedHeaders).toBe('content-type;host;x-tc-action');
    expect(sha256Hex(canonicalRequest)).toBe('7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84');
  });
});

describe('tc3Date', () => {
  it('uses the UTC day, not the local one (00:44 on the 26th in Beijing is still the 25th)', () => {
    expect(tc3Date(1551113065)).toBe('2019-02-25');
  });
});

describe('parseTc3Authorization', () => {
  it('round-trips what tc3Sign produces', () => {
    const signed = tc3Sign(DOC_INPUT, DOC_KEYS);
    expect(parseTc3Authorization(signed.authorization)).toEqual({
      algorithm: 'TC3-HMAC-SHA256',
      secretId: 'AKIDEXAMPLE',
      date: '2019-02-25',
      service: 'cvm',
      terminator: 'tc3_request',
      signedHeaders: ['content-type', 'host'],
      signature: signed.signature,
    });
  });

  it('rejects headers that are not TC3-shaped', () => {
    expect(parseTc3Authorization('Bearer abc')).toBeNull();
    expect(parseTc3Authorization('TC3-HMAC-SHA256 Credential=AKID/2019-02-25/cvm, Signature=ab')).toBeNull();
  });
});
