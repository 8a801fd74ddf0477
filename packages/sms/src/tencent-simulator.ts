// A local stand-in for sms.tencentcloudapi.com that speaks the same wire protocol, so the real
// adapter is tested end to end and developers can log in without a Tencent account. It is
// framework-free: `handle` maps a plain request to a plain response; node-server.ts serves it.
import type { SimulatorRequest, SimulatorResponse } from '@xinglin/sim-http';
import { randomUUID } from 'node:crypto';
import { SMS_ACTIONS, SMS_API_VERSION } from './constants';
import { toMainlandMobile } from './phone';
import { verifyTc3Request, type NormalisedRequest } from './simulator-auth';
import {
  DEFAULT_SIGN_NAMES,
  DEFAULT_SMS_TEMPLATES,
  simulateSendSms,
  type InjectedFailure,
  type SimulatedSms,
} from './simulator-sendsms';

export interface TencentSmsSimulatorOptions {
  secretId: string;
  secretKey: string;
  sdkAppId: string;
  /**
   * Template bodies by TemplateId, without the 【signature】 (Tencent adds it from SignName). Replaces
   * DEFAULT_SMS_TEMPLATES; spread that in to keep '1000001'.
   */
  templates?: Record<string, string>;
  /** Approved SignName values; defaults to ['杏林医院']. */
  signNames?: string[];
  /** Clock in epoch milliseconds, for timestamp-skew tests. */
  now?: () => number;
}

// One request/response shape for every simulator, defined beside the server that carries them.
export type { SimulatorRequest, SimulatorResponse };

export interface FailNextOptions {
  message?: string;
  /** Where the code appears; by default inferred from the code (phone-number codes are per number). */
  perNumber?: boolean;
}

export interface TencentSmsSimulator {
  handle(req: SimulatorRequest): Promise<SimulatorResponse>;
  /** Messages delivered so far, oldest first; pass a phone (any form) to filter. */
  messages(phone?: string): SimulatedSms[];
  /** Forget delivered messages and any failures still queued by failNext. */
  clear(): void;
  /** Make the next SendSms that passes validation fail with this Tencent error code (queued in order). */
  failNext(code: string, options?: FailNextOptions): void;
}

/** Codes Tencent reports in SendStatusSet for one number rather than as a request-level Error. */
const PER_NUMBER_PREFIXES = [
  'LimitExceeded.PhoneNumber',
  'InvalidParameterValue.IncorrectPhoneNumber',
  'FailedOperation.PhoneNumber',
  'FailedOperation.InsufficientBalance',
];
const isPerNumberCode = (code: string): boolean => PER_NUMBER_PREFIXES.some((p) => code.startsWith(p));

/** Lower-cases header names and joins repeated headers; exported for the other Tencent simulators. */
export function normalise(req: SimulatorRequest): NormalisedRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return { method: req.method.toUpperCase(), path: req.path, headers, body: req.body };
}

// Tencent answers API errors with HTTP 200 and an Error object; only the JSON tells success apart.
function reply(response: Record<string, unknown>): SimulatorResponse {
  const body = JSON.stringify({ Response: { ...response, RequestId: randomUUID() } });
  return { status: 200, headers: { 'content-type': 'application/json' }, body };
}
const replyError = (Code: string, Message: string): SimulatorResponse => reply({ Error: { Code, Message } });

export function createTencentSmsSimulator(options: TencentSmsSimulatorOptions): TencentSmsSimulator {
  const now = options.now ?? Date.now;
  const keys = { secretId: options.secretId, secretKey: options.secretKey };
  const templates = options.templates ?? { ...DEFAULT_SMS_TEMPLATES };
  const signNames = options.signNames ?? [...DEFAULT_SIGN_NAMES];
  let delivered: SimulatedSms[] = [];
  let injected: InjectedFailure[] = [];

  function handleSync(raw: SimulatorRequest): SimulatorResponse {
    const req = normalise(raw);
    if (req.method !== 'POST' || (req.path.split('?')[0] ?? '') !== '/') {
      return replyError('UnsupportedProtocol', 'The simulator accepts POST / with a JSON body only.');
    }
    const action = req.headers['x-tc-action'];
    const version = req.headers['x-tc-version'];
    if (!action || !version || !req.headers['x-tc-timestamp']) {
      return replyError('MissingParameter', 'X-TC-Action, X-TC-Version and X-TC-Timestamp are required.');
    }
    const authError = verifyTc3Request(req, keys, Math.floor(now() / 1000));
    if (authError) return replyError(authError.Code, authError.Message);
    if (action !== SMS_ACTIONS.SendSms) {
      return replyError('InvalidAction', `The requested action \`${action}\` does not exist.`);
    }
    if (version !== SMS_API_VERSION) {
      return replyError('NoSuchVersion', `The requested version \`${version}\` of service \`sms\` does not exist.`);
    }
    const result = simulateSendSms(req.body, {
      sdkAppId: options.sdkAppId,
      templates,
      signNames,
      takeInjected: () => injected.shift(),
      record: (sms) => delivered.push(sms),
      now: () => new Date(now()),
    });
    return 'error' in result
      ? replyError(result.error.Code, result.error.Message)
      : reply({ SendStatusSet: result.statuses });
  }

  return {
    // async so that a bug in handleSync becomes a rejected promise, not a synchronous throw.
    handle: async (req) => handleSync(req),
    messages(phone) {
      if (phone === undefined) return [...delivered];
      const wanted = toMainlandMobile(phone) ?? phone;
      return delivered.filter((m) => m.phone === wanted);
    },
    clear() {
      delivered = [];
      injected = [];
    },
    failNext(code, opts = {}) {
      const perNumber = opts.perNumber ?? isPerNumberCode(code);
      injected.push({ code, message: opts.message ?? `Simulated failure ${code}.`, perNumber });
    },
  };
}

export type { SimulatedSms } from './simulator-sendsms';
