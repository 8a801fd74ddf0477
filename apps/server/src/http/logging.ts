import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../config';

/** Mainland phone numbers, 18-character ID numbers and our bearer tokens never reach the logs. */
const PHONE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
const ID_NUMBER = /(?<![\dA-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![\dA-Za-z])/g;
const TOKEN = /\bxl[ar]_[A-Za-z0-9_-]{16,}/g;

export function scrub(text: string): string {
  return text.replace(TOKEN, '[token]').replace(ID_NUMBER, '$1********$2').replace(PHONE, '$1****$2');
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Honour a well-formed X-Request-Id from the load balancer; otherwise make one. */
export function genReqId(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

export function loggerOptions(config: Config, stream?: { write(line: string): void }): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        '*.phone',
        '*.idNumber',
        '*.password',
        '*.accessToken',
        '*.refreshToken',
        '*.token',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req(req: { method: string; url: string; ip?: string; id?: string }) {
        return { method: req.method, url: scrub(req.url), ip: req.ip };
      },
    },
    hooks: {
      // Free-text log messages may quote user input: scrub them too.
      logMethod(args, method) {
        const scrubbed = args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as typeof args;
        method.apply(this, scrubbed);
      },
    },
  };
}
