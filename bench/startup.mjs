// Measures the server's start time on an empty DATA_DIR (migrate + seed + listen) and on a warm one.
// Usage: npm run build -w apps/server && node bench/startup.mjs [runs=3]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 3);

function startOnce(dataDir) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'apps/server/dist/main.mjs')], {
      cwd: root,
      env: { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' },
    });
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const m = /running \((\d+) ms/.exec(out);
      if (m) {
        const wallMs = Math.round(performance.now() - t0);
        child.kill('SIGTERM');
        child.on('exit', () => resolve({ wallMs, insideMs: Number(m[1]) }));
      }
    });
    child.on('error', reject);
  });
}

const cold = [];
const warm = [];
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(path.join(tmpdir(), 'xinglin-bench-'));
  cold.push(await startOnce(dir));
  warm.push(await startOnce(dir));
  rmSync(dir, { recursive: true, force: true });
}
const median = (xs) => xs.map((x) => x.wallMs).sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(JSON.stringify({ runs, coldMedianMs: median(cold), warmMedianMs: median(warm), cold, warm }));
