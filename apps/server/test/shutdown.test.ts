import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const serverDir = path.resolve(import.meta.dirname, '..');

/** Starts the real entry point (src/main.ts, or the bundle `npm start` runs) as a child process and waits for its banner. */
async function startChild(env: Record<string, string>, args = ['--import', 'tsx', 'src/main.ts']) {
  const child = spawn(process.execPath, args, {
    cwd: serverDir,
    env: { PATH: process.env.PATH, DATABASE_URL: process.env.DATABASE_URL, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Patient H5\s+http:\/\/localhost:(\d+)\//.exec(output);
      if (m) resolve(Number(m[1]));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, port, exited, output: () => output };
}

describe('process lifecycle', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'xinglin-shutdown-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses to start with a bad variable, naming it', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: serverDir, env: { PATH: process.env.PATH, PORT: 'eighty' } });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(78);
    expect(stderr).toContain('PORT');
  });

  it('on SIGTERM finishes the request in flight, then exits 0', async () => {
    const server = await startChild({ PORT: '0', DATA_DIR: dataDir });
    const body = JSON.stringify({ phone: '13900000000', code: '123456' });
    // Send the headers and half the body, signal, then the rest: the request must still be answered.
    const answered = new Promise<number>((resolve, reject) => {
      const req = request({ port: server.port, method: 'POST', path: '/api/v1/auth/sessions', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 200);
    });
    expect(await answered).toBe(400); // No code was sent to that phone: a real answer, not a reset.
    expect(await server.exited).toBe(0);
  });

  it('starts from the bundle that npm start runs (dist/main.mjs) and answers', async () => {
    // The bundle includes the workspace packages and their CommonJS dependencies (iconv-lite): it once built fine and
    // failed at start, which only running it shows.
    const built = spawnSync(process.execPath, ['build.mjs'], { cwd: serverDir, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    const server = await startChild({ PORT: '0', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'xinglin-bundle-')), MLLP_PORT: '0' }, ['dist/main.mjs']);
    const status = await new Promise<number>((resolve, reject) => request({ port: server.port, path: '/readyz' }, (res) => (res.resume(), resolve(res.statusCode ?? 0))).on('error', reject).end());
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(status).toBe(200);
  }, 60_000);
});
