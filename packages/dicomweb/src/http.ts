// One GET against the PACS with a deadline that covers the body too, and errors that say what
// failed without naming the PACS host.
import { DicomWebError, errorCodeForStatus } from './errors';

export interface CallOptions {
  /** Cancels the call (e.g. the browser went away); surfaces as DicomWebError 'aborted'. */
  signal?: AbortSignal;
  /** Overrides the client's timeout for this call. */
  timeoutMs?: number;
}

export interface HttpContext {
  baseUrl: string;
  timeoutMs: number;
  headers: Record<string, string>;
  fetch: typeof fetch;
  maxResponseBytes: number;
}

export interface PacsReply {
  status: number;
  contentType: string;
  body: Uint8Array;
}

/** GETs `path` (relative to the service root) and returns the whole body; throws DicomWebError. */
export async function pacsGet(ctx: HttpContext, path: string, accept: string, options: CallOptions = {}): Promise<PacsReply> {
  const timeoutMs = options.timeoutMs ?? ctx.timeoutMs;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  const what = `GET ${path.split('?')[0]}`;
  const failure = (error: unknown): DicomWebError => {
    if (error instanceof DicomWebError) return error;
    if (deadline.aborted) return new DicomWebError('timeout', `${what}: no answer from the PACS within ${timeoutMs} ms`, undefined, { cause: error });
    if (options.signal?.aborted) return new DicomWebError('aborted', `${what}: cancelled`, undefined, { cause: error });
    return new DicomWebError('unreachable', `${what}: the PACS could not be reached`, undefined, { cause: error });
  };
  try {
    const res = await ctx.fetch(`${ctx.baseUrl}${path}`, { headers: { ...ctx.headers, accept }, signal });
    if (!res.ok) {
      await res.body?.cancel();
      throw new DicomWebError(errorCodeForStatus(res.status), `${what}: the PACS answered ${res.status}`, res.status);
    }
    const body = await readCapped(res, ctx.maxResponseBytes, what);
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', body };
  } catch (error) {
    throw failure(error);
  }
}

/** Reads the body but stops at `limit` bytes, so a huge multi-frame answer cannot exhaust memory. */
async function readCapped(res: Response, limit: number, what: string): Promise<Uint8Array> {
  const tooLarge = () => new DicomWebError('bad_response', `${what}: the answer exceeds ${limit} bytes`);
  if (Number(res.headers.get('content-length') ?? 0) > limit) {
    await res.body?.cancel();
    throw tooLarge();
  }
  if (!res.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Node’s fetch body is async-iterable; not every tsconfig here includes the DOM iterable typings.
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

export function badResponse(path: string, why: string, cause?: unknown): DicomWebError {
  return new DicomWebError('bad_response', `GET ${path.split('?')[0]}: ${why}`, undefined, { cause });
}
