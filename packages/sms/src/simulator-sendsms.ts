// What Tencent does with an authenticated SendSms body: validate against the application, the
// approved signatures and templates, then answer per number. Pure apart from the callbacks.
import { randomInt } from 'node:crypto';
import { SEND_STATUS_OK } from './constants';
import { toE164, toMainlandMobile } from './phone';
import type { SendStatus, TencentError } from './tencent-wire';

/** Bodies of approved templates by TemplateId; Tencent puts 【SignName】 in front when sending. */
export const DEFAULT_SMS_TEMPLATES: Readonly<Record<string, string>> = {
  '1000001': '您的验证码为{1}，{2}分钟内有效。如非本人操作，请忽略。',
};
export const DEFAULT_SIGN_NAMES: readonly string[] = ['杏林医院'];

/** Tencent caps PhoneNumberSet at 200 numbers per request. */
const MAX_NUMBERS = 200;

export interface SimulatedSms {
  /** 11-digit mainland form, whatever form the request used. */
  phone: string;
  templateId: string;
  params: string[];
  /** The message as the patient's phone shows it, signature included. */
  text: string;
  sentAt: Date;
  messageId: string;
}

export interface InjectedFailure {
  code: string;
  message: string;
  /** Per-number codes go in SendStatusSet[].Code; others replace the whole response with Error. */
  perNumber: boolean;
}

export interface SendSmsContext {
  sdkAppId: string;
  templates: Readonly<Record<string, string>>;
  signNames: readonly string[];
  takeInjected(): InjectedFailure | undefined;
  record(sms: SimulatedSms): void;
  now(): Date;
}

export function renderTemplate(signName: string, body: string, params: readonly string[]): string {
  return `【${signName}】${body.replace(/\{(\d+)\}/g, (_, n: string) => params[Number(n) - 1] ?? '')}`;
}

function placeholderCount(body: string): number {
  return Math.max(0, ...Array.from(body.matchAll(/\{(\d+)\}/g), (m) => Number(m[1])));
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const err = (Code: string, Message: string): SendSmsOutcome => ({ error: { Code, Message } });

function status(phone: string, code: string, message: string, serialNo = ''): SendStatus {
  const fee = code === SEND_STATUS_OK ? 1 : 0;
  return {
    SerialNo: serialNo,
    PhoneNumber: phone,
    Fee: fee,
    SessionContext: '',
    Code: code,
    Message: message,
    IsoCode: 'CN',
  };
}

export type SendSmsOutcome = { error: TencentError } | { statuses: SendStatus[] };

export function simulateSendSms(body: string, ctx: SendSmsContext): SendSmsOutcome {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return err('FailedOperation.JsonParseFail', 'Failed to parse the request body as JSON.');
  }
  if (typeof data !== 'object' || data === null) return err('FailedOperation.JsonParseFail', 'Body is not an object.');
  const { SmsSdkAppId, PhoneNumberSet, TemplateId, SignName, TemplateParamSet = [] } = data as Record<string, unknown>;
  if (typeof SmsSdkAppId !== 'string' || typeof TemplateId !== 'string' || !isStringArray(PhoneNumberSet)) {
    return err('MissingParameter', 'SmsSdkAppId, TemplateId and PhoneNumberSet are required.');
  }
  if (SmsSdkAppId !== ctx.sdkAppId) return err('InvalidParameterValue.SdkAppIdNotExist', 'SdkAppId does not exist.');
  if (PhoneNumberSet.length === 0) return err('MissingParameter', 'PhoneNumberSet must not be empty.');
  if (PhoneNumberSet.length > MAX_NUMBERS) {
    return err('LimitExceeded.PhoneNumberCountLimit', `At most ${MAX_NUMBERS} numbers per request.`);
  }
  if (typeof SignName !== 'string' || !ctx.signNames.includes(SignName)) {
    return err('FailedOperation.SignatureIncorrectOrUnapproved', 'The signature is incorrect or not approved.');
  }
  const template = ctx.templates[TemplateId];
  if (template === undefined) {
    return err('FailedOperation.TemplateIncorrectOrUnapproved', 'The template is incorrect or not approved.');
  }
  if (!isStringArray(TemplateParamSet) || TemplateParamSet.length !== placeholderCount(template)) {
    return err(
      'FailedOperation.TemplateParamSetNotMatchApprovedTemplate',
      'TemplateParamSet does not match the template.',
    );
  }
  const injected = ctx.takeInjected();
  if (injected && !injected.perNumber) return err(injected.code, injected.message);
  const statuses = PhoneNumberSet.map((raw): SendStatus => {
    const echoed = toE164(raw) ?? raw;
    if (injected) return status(echoed, injected.code, injected.message);
    const phone = toMainlandMobile(raw);
    if (phone === null) return status(echoed, 'InvalidParameterValue.IncorrectPhoneNumber', 'invalid mobile number');
    const messageId = `${randomInt(1000, 10000)}:${Date.now()}${randomInt(100000, 1000000)}`;
    const text = renderTemplate(SignName, template, TemplateParamSet);
    ctx.record({ phone, templateId: TemplateId, params: [...TemplateParamSet], text, sentAt: ctx.now(), messageId });
    return status(echoed, SEND_STATUS_OK, 'send success', messageId);
  });
  return { statuses };
}
