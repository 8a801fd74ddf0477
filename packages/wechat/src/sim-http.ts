// Plain request/response shapes for the simulator and the JSON replies WeChat gives: always HTTP
// 200, errors as {errcode, errmsg} with WeChat's " rid: …" request id appended.
import { randomBytes } from 'node:crypto';
import { WECHAT_ERRORS, WECHAT_JSON_CONTENT_TYPE } from './constants';

import type { SimulatorRequest, SimulatorResponse } from '@xinglin/sim-http';

// The shapes every simulator shares; re-exported so this package's modules keep one import.
export type { SimulatorRequest, SimulatorResponse };

export function splitTarget(target: string): { pathname: string; query: URLSearchParams } {
  const url = new URL(target, 'http://simulator.invalid');
  return { pathname: url.pathname, query: url.searchParams };
}

/** WeChat's rid looks like 652d44d0-1d0af18b-5b069232. */
const rid = (): string => [0, 1, 2].map(() => randomBytes(4).toString('hex')).join('-');

export function replyText(body: string): SimulatorResponse {
  return { status: 200, headers: { 'content-type': WECHAT_JSON_CONTENT_TYPE }, body };
}

export function reply(payload: Record<string, unknown>): SimulatorResponse {
  return replyText(JSON.stringify(payload));
}

/** `detail` follows WeChat's own errmsg, as in "argument invalid! data.thing1.value invalid". */
export function replyError(errcode: number, detail?: string): SimulatorResponse {
  const base = WECHAT_ERRORS[errcode]?.errmsg ?? 'simulated error';
  const errmsg = `${base}${detail ? ` ${detail}` : ''} rid: ${rid()}`;
  return reply({ errcode, errmsg });
}

/** A JSON object body, or null when the body is not one (WeChat answers 47001). */
export function parseJsonObject(body: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** A string field, or '' when absent or not a string (WeChat treats both as missing). */
export function stringField(obj: Record<string, unknown>, key: string): string {
  const value = obj[key];
  return typeof value === 'string' ? value : '';
}
