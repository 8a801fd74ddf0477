import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export interface StaticAppDirs {
  patientDir: string;
  consoleDir: string;
}

/**
 * CSP hashes of the inline scripts in the apps' index.html (Taro's H5 sets the root font size inline), so the
 * policy can stay `script-src 'self'` without 'unsafe-inline'.
 */
export function inlineScriptHashes(dirs: StaticAppDirs): string[] {
  const hashes = new Set<string>();
  for (const dir of [dirs.patientDir, dirs.consoleDir]) {
    const file = path.join(dir, 'index.html');
    if (!existsSync(file)) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      if (m[1]) hashes.add(`'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
    }
  }
  return [...hashes];
}

const API_PREFIXES = ['/api/', '/sim/', '/docs', '/healthz', '/readyz'];

/**
 * One origin shows the whole system: the patient H5 at `/`, the console at `/console/`.
 * Unknown non-API GETs that accept HTML get the app's index.html (both apps route in the browser).
 */
export async function registerStaticApps(app: FastifyInstance, dirs: StaticAppDirs): Promise<void> {
  const patient = existsSync(path.join(dirs.patientDir, 'index.html'));
  const consoleApp = existsSync(path.join(dirs.consoleDir, 'index.html'));
  if (patient) {
    await app.register(fastifyStatic, { root: dirs.patientDir, prefix: '/', wildcard: true, index: 'index.html' });
  }
  if (consoleApp) {
    await app.register(fastifyStatic, {
      root: dirs.consoleDir,
      prefix: '/console/',
      decorateReply: !patient,
      wildcard: true,
      index: 'index.html',
    });
  }
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' || !request.headers.accept?.includes('text/html')) return;
    const url = request.url.split('?')[0] ?? '/';
    if (API_PREFIXES.some((p) => url.startsWith(p))) return;
    // A missing asset (/x.js) is a real 404; only extension-less client routes get index.html.
    if (/\.[A-Za-z0-9]+$/.test(url)) return;
    const isConsole = url === '/console' || url.startsWith('/console/');
    const root = isConsole ? dirs.consoleDir : dirs.patientDir;
    if (!(isConsole ? consoleApp : patient)) return;
    const relative = isConsole ? url.slice('/console'.length) : url;
    // Real files are served by @fastify/static; only client-side routes fall back to index.html.
    if (relative !== '/' && relative !== '' && existsSync(path.join(root, relative))) return;
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html', root);
  });
}
