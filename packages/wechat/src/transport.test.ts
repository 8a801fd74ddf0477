// The transport against scripted answers from a loopback server: what WeChat never sends on a
// good day (HTTP errors, HTML, secrets in text, hangs) must still come back as values.
import { afterEach, describe, expect, it } from 'vitest';
import { startWeChatSimulatorServer, type WeChatSimulatorServer } from './node-server';
import type { SimulatorResponse } from './sim-http';
import { createTransport, failure } from './transport';

let server: WeChatSimulatorServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

type Answer = () => Promise<SimulatorResponse> | SimulatorResponse;

async function serve(answer: Answer, redact = (t: string) => t, timeoutMs = 2000) {
  server = await startWeChatSimulatorServer({ handle: async () => answer() });
  return createTransport({ baseUrl: `${server.url}/`, timeoutMs, redact });
}
const json = (body: string, status = 200): SimulatorResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body,
});

describe('createTransport', () => {
  it('maps HTTP 5xx to a retryable failure and 4xx to a final one', async () => {
    let status = 502;
    const send = await serve(() => json('', status));
    expect(await send({ method: 'GET', path: '/x' })).toMatchObject({ ok: false, errcode: -9002, retryable: true });
    status = 404;
    expect(await send({ method: 'GET', path: '/x' })).toMatchObject({ ok: false, errcode: -9002, retryable: false });
  });

  it('maps a body that is not a JSON object to a retryable failure', async () => {
    let body = '<html>gateway</html>';
    const send = await serve(() => json(body));
    expect(await send({ method: 'GET', path: '/x' })).toMatchObject({ ok: false, errcode: -9003, retryable: true });
    body = '[1]';
    expect(await send({ method: 'GET', path: '/x' })).toMatchObject({ ok: false, errcode: -9003 });
  });

  it('treats errcode 0 as success and redacts any errmsg', async () => {
    let body = '{"errcode":0,"errmsg":"ok","x":1}';
    const send = await serve(() => json(body), (t) => t.replace('s3cret', '***'));
    expect(await send({ method: 'POST', path: '/x', body: {} })).toMatchObject({ ok: true, json: { x: 1 } });
    body = '{"errcode":40125,"errmsg":"invalid appsecret s3cret"}';
    expect(await send({ method: 'GET', path: '/x' })).toEqual(failure(40125, 'invalid appsecret ***', false));
  });

  it('keeps a base path and sends the query and JSON body', async () => {
    let seen = '';
    server = await startWeChatSimulatorServer({
      handle: async (req) => {
        seen = `${req.method} ${req.path} ${String(req.headers['content-type'])} ${req.body}`;
        return json('{}');
      },
    });
    const send = createTransport({ baseUrl: `${server.url}/wechat/`, timeoutMs: 2000, redact: (t) => t });
    await send({ method: 'POST', path: '/a', query: { access_token: 'T' }, body: { code: 'c' } });
    expect(seen).toBe('POST /wechat/a?access_token=T application/json {"code":"c"}');
  });

  it('gives up after timeoutMs with a retryable network failure', async () => {
    const send = await serve(() => new Promise((resolve) => setTimeout(() => resolve(json('{}')), 1000)), (t) => t, 50);
    expect(await send({ method: 'GET', path: '/slow' })).toMatchObject({ ok: false, errcode: -9001, retryable: true });
  });
});
