import { describe, expect, it } from 'vitest';
import { parseSendSmsResponse } from './tencent-wire';

describe('parseSendSmsResponse', () => {
  it('reads a success body', () => {
    const status = {
      SerialNo: '2645:1',
      PhoneNumber: '+8613800138000',
      Fee: 1,
      SessionContext: '',
      Code: 'Ok',
      Message: 'send success',
      IsoCode: 'CN',
    };
    const text = JSON.stringify({ Response: { SendStatusSet: [status], RequestId: 'r1' } });
    expect(parseSendSmsResponse(text)).toEqual({ Response: { SendStatusSet: [status], RequestId: 'r1' } });
  });

  it('reads an error body', () => {
    const error = { Code: 'AuthFailure.SignatureFailure', Message: 'm' };
    const text = JSON.stringify({ Response: { Error: error, RequestId: 'r2' } });
    expect(parseSendSmsResponse(text)).toEqual({ Response: { Error: error, RequestId: 'r2' } });
  });

  it('is null for anything else', () => {
    const bodies = [
      '<html>502</html>',
      '{}',
      '{"Response":{"RequestId":"r"}}',
      '{"Response":{"SendStatusSet":[{}],"RequestId":"r"}}',
    ];
    for (const text of bodies) {
      expect(parseSendSmsResponse(text)).toBeNull();
    }
  });
});
