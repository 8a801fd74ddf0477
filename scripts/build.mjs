// Builds what is missing or older than its sources: the patient H5, the console and the server bundle.
// `node scripts/build.mjs --force` rebuilds everything; `--only=h5,console,server,weapp` picks targets.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const force = args.includes('--force');
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');

const targets = [
  { name: 'h5', output: 'apps/patient/dist/h5/index.html', sources: ['apps/patient/src', 'apps/patient/config', 'packages/contracts/src'], run: ['run', 'build:h5', '-w', 'apps/patient'] },
  { name: 'console', output: 'apps/console/dist/index.html', sources: ['apps/console/src', 'apps/console/index.html', 'packages/contracts/src'], run: ['run', 'build', '-w', 'apps/console'] },
  { name: 'server', output: 'apps/server/dist/main.mjs', sources: ['apps/server/src', 'apps/server/drizzle', 'apps/server/build.mjs', 'packages'], run: ['run', 'build', '-w', 'apps/server'] },
  { name: 'weapp', output: 'apps/patient/dist/weapp/app.json', sources: ['apps/patient/src', 'apps/patient/config', 'packages/contracts/src'], run: ['run', 'build:weapp', '-w', 'apps/patient'], optIn: true },
];

function newestMtime(p) {
  const abs = path.join(root, p);
  if (!existsSync(abs)) return 0;
  const st = statSync(abs);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(abs)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

for (const t of targets) {
  if (only ? !only.includes(t.name) : t.optIn) continue;
  const out = path.join(root, t.output);
  const stale = !existsSync(out) || Math.max(...t.sources.map(newestMtime)) > statSync(out).mtimeMs;
  if (!force && !stale) {
    console.log(`[build] ${t.name}: up to date`);
    continue;
  }
  console.log(`[build] ${t.name}: building…`);
  const started = Date.now();
  const r = spawnSync('npm', t.run, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[build] ${t.name} failed`);
    process.exit(r.status ?? 1);
  }
  console.log(`[build] ${t.name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
