import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildRequestPaymentParams } from './request-payment';
import {
  buildAuthorization, parseAuthorization, platformSignatureMessage, requestSignatureMessage, rsaSign, rsaVerify,
} from './signing';
import { TEST_MERCHANT_PRIVATE_KEY } from './test-fixtures';

// The request of WeChat Pay's own JSAPI signing walkthrough (timestamp, nonce and body from the doc).
const DOC_BODY =
  '{"appid":"wxd678efh567hg6787","mchid":"1900007291","description":"Image形象店-深圳腾大-QQ公仔","out_trade_no":"1217752501201407033233368018","notify_url":"https://www.weixin.qq.com/wxpay/pay.php","amount":{"total":100,"currency":"CNY"},"payer":{"openid":"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"}}';
const DOC_REQUEST = { method: 'POST', url: '/v3/pay/transactions/jsapi', timestamp: 1554208460, nonce: '593BEC0C930BF1AFEB40B4A08C8FB242', body: DOC_BODY };

// Computed once with `openssl dgst -sha256 -sign key.pem msg.txt | base64` over the same bytes.
// RSA PKCS#1 v1.5 is deterministic, so any change to the message layout changes these values.
const GOLDEN_REQUEST_SIGNATURE =
  'P7Ni3cNc36AsrWHEfOByGTE38S0jz47B+D1Yx7tfOhHEh0A7nrFB0m3KI9j1Yj4IVoCZdXvq+FUgmpgN7BJYCezkLiTgzinRaikCEDPDuyo6gQgJKSJWIHoRly9iotSZAo9t/bfJPUCjdt40ReyStO834LsxWqLqacqsMqmHI+C5XlQ96DhvvFdYEQXIDrD6kTm0g2WnFR0nC7A14xXiiAX7Dm367uao4XNAsbJi5md40GtwatWSN2JvnHtmVn6tdjLa+QS95d4amDOIQu5flgrlnHSFppQJCaR61mzHRwj6p6tCTdXuliCbd/IigiQ4WYkR4jdyiAGx106ilue+Og==';
const GOLDEN_PAY_SIGN =
  '0BNrAxRoEB9Oi4v8eRu8g+3UWE5Z9kLGi0bknIhzySCi0SRIJehW2ctBJBELsyApqNgLp9EFs6wNt2bL8nieDPd7iOiwqCfZsZBlZc3pvmnpDSlMVKt4LaORcITllYrpKLRxtsGqtlgvUbtELiLTQe6lsXf0+Y+3dMTkzqLL5XAihOp6HX4ksOQ8I5XXYUtXjCwB2ZcuwNAwnxWaQxg0MTfFqxqG+Td/18Z8XKlXTc9X7T185StXuD7h5drUeubxmk5i93AZmQxIybtpUNquyAzWKEyF4X4xgOW8M0C/hUo+Wzf932C0m+g68RV/8KnylAj5TQa/QrpoHqM2UQWhVg==';

describe('request signing', () => {
  it('builds the five-line message with a trailing newline on every line', () => {
    expect(requestSignatureMessage({ ...DOC_REQUEST, method: 'get', url: '/v3/certificates', body: '' })).toBe(
      'GET\n/v3/certificates\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n\n',
    );
  });

  it('matches the openssl golden signature for the documented JSAPI request', () => {
    expect(rsaSign(requestSignatureMessage(DOC_REQUEST), TEST_MERCHANT_PRIVATE_KEY)).toBe(GOLDEN_REQUEST_SIGNATURE);
  });

  it('puts the signature and the four other fields in a WECHATPAY2-SHA256-RSA2048 header that parses back', () => {
    const header = buildAuthorization({ mchid: '1900007291', serialNo: '408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB', privateKey: TEST_MERCHANT_PRIVATE_KEY }, DOC_REQUEST);
    expect(header).toBe(
      `WECHATPAY2-SHA256-RSA2048 mchid="1900007291",nonce_str="593BEC0C930BF1AFEB40B4A08C8FB242",signature="${GOLDEN_REQUEST_SIGNATURE}",timestamp="1554208460",serial_no="408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB"`,
    );
    expect(parseAuthorization(header)).toEqual({
      mchid: '1900007291', nonce_str: DOC_REQUEST.nonce, signature: GOLDEN_REQUEST_SIGNATURE, timestamp: '1554208460',
      serial_no: '408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB',
    });
    expect(parseAuthorization('Bearer abc')).toBeNull();
    expect(parseAuthorization('WECHATPAY2-SHA256-RSA2048 mchid="1"')).toBeNull();
  });

  it('verifies with the matching public key and rejects another key or a changed body', () => {
    const message = requestSignatureMessage(DOC_REQUEST);
    const publicKey = createPublicKey(TEST_MERCHANT_PRIVATE_KEY);
    expect(rsaVerify(message, GOLDEN_REQUEST_SIGNATURE, publicKey)).toBe(true);
    expect(rsaVerify(message.replace('"total":100', '"total":1'), GOLDEN_REQUEST_SIGNATURE, publicKey)).toBe(false);
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
    expect(rsaVerify(message, GOLDEN_REQUEST_SIGNATURE, other)).toBe(false);
    expect(rsaVerify(message, 'not base64 at all', publicKey)).toBe(false);
  });

  it('signs platform messages as TIMESTAMP\\nNONCE\\nBODY\\n', () => {
    expect(platformSignatureMessage('1', 'n', '{}')).toBe('1\nn\n{}\n');
  });
});

describe('wx.requestPayment parameters', () => {
  it('signs appId, timeStamp, nonceStr and package to the openssl golden value', () => {
    const params = buildRequestPaymentParams({
      appId: 'wxd678efh567hg6787', prepayId: 'wx201410272009395522657a690389285100', privateKey: TEST_MERCHANT_PRIVATE_KEY,
      timestamp: 1554208460, nonceStr: '593BEC0C930BF1AFEB40B4A08C8FB242',
    });
    expect(params).toEqual({
      appId: 'wxd678efh567hg6787', timeStamp: '1554208460', nonceStr: '593BEC0C930BF1AFEB40B4A08C8FB242',
      package: 'prepay_id=wx201410272009395522657a690389285100', signType: 'RSA', paySign: GOLDEN_PAY_SIGN,
    });
  });
});
