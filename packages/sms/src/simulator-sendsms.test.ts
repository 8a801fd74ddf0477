import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIGN_NAMES,
  DEFAULT_SMS_TEMPLATES,
  renderTemplate,
  simulateSendSms,
  type InjectedFailure,
  type SimulatedSms,
} from './simulator-sendsms';

function context(injected?: InjectedFailure) {
  const recorded: SimulatedSms[] = [];
  const ctx = {
    sdkAppId: '1400000003',
    templates: DEFAULT_SMS_TEMPLATES,
    signNames: DEFAULT_SIGN_NAMES,
    takeInjected: () => injected,
    record: (sms: SimulatedSms) => recorded.push(sms),
    now: () => new Date(0),
  };
  return { ctx, recorded };
}

const body = (extra: object = {}) =>
  JSON.stringify({
    PhoneNumberSet: ['+8613700137000'],
    SmsSdkAppId: '1400000003',
    SignName: '杏林医院',
    TemplateId: '1000001',
    TemplateParamSet: ['654321', '10'],
    ...extra,
  });

const errorCode = (result: ReturnType<typeof simulateSendSms>) => ('error' in result ? result.error.Code : null);

describe('renderTemplate', () => {
  it('puts the signature first and fills {n} from params[n-1]', () => {
    expect(renderTemplate('杏林医院', DEFAULT_SMS_TEMPLATES['1000001'] ?? '', ['111111', '5'])).toBe(
      '【杏林医院】您的验证码为111111，5分钟内有效。如非本人操作，请忽略。',
    );
  });
});

describe('simulateSendSms', () => {
  it('records one message per deliverable number, in mainland form', () => {
    const { ctx, recorded } = context();
    const result = simulateSendSms(body({ PhoneNumberSet: ['13700137000', '+8613600136000'] }), ctx);
    expect('statuses' in result && result.statuses.map((s) => [s.PhoneNumber, s.Code])).toEqual([
      ['+8613700137000', 'Ok'],
      ['+8613600136000', 'Ok'],
    ]);
    expect(recorded.map((m) => m.phone)).toEqual(['13700137000', '13600136000']);
  });

  it('fails a bad number on its own line and still sends to the others', () => {
    const { ctx, recorded } = context();
    const result = simulateSendSms(body({ PhoneNumberSet: ['+86123', '13700137000'] }), ctx);
    expect('statuses' in result && result.statuses.map((s) => s.Code)).toEqual([
      'InvalidParameterValue.IncorrectPhoneNumber',
      'Ok',
    ]);
    expect(recorded).toHaveLength(1);
  });

  it('validates the request as Tencent does', () => {
    const { ctx } = context();
    expect(errorCode(simulateSendSms('{', ctx))).toBe('FailedOperation.JsonParseFail');
    expect(errorCode(simulateSendSms(body({ PhoneNumberSet: undefined }), ctx))).toBe('MissingParameter');
    expect(errorCode(simulateSendSms(body({ PhoneNumberSet: [] }), ctx))).toBe('MissingParameter');
    const tooMany = Array.from({ length: 201 }, () => '13700137000');
    expect(errorCode(simulateSendSms(body({ PhoneNumberSet: tooMany }), ctx))).toBe(
      'LimitExceeded.PhoneNumberCountLimit',
    );
    expect(errorCode(simulateSendSms(body({ SignName: '别家医院' }), ctx))).toBe(
      'FailedOperation.SignatureIncorrectOrUnapproved',
    );
    expect(errorCode(simulateSendSms(body({ TemplateParamSet: ['1'] }), ctx))).toBe(
      'FailedOperation.TemplateParamSetNotMatchApprovedTemplate',
    );
  });

  it('applies an injected failure only to a request that is otherwise valid', () => {
    const { ctx, recorded } = context({ code: 'InternalError', message: 'boom', perNumber: false });
    expect(errorCode(simulateSendSms(body({ SmsSdkAppId: 'x' }), ctx))).toBe('InvalidParameterValue.SdkAppIdNotExist');
    expect(simulateSendSms(body(), ctx)).toEqual({ error: { Code: 'InternalError', Message: 'boom' } });
    expect(recorded).toHaveLength(0);
  });
});
