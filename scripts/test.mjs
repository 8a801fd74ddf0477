// `npm test`: unit, HTTP and browser tests. PGlite unless DATABASE_URL is set (CI sets it).
// The browser tests need the built H5 and console, so those are built first when missing or stale.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--only=h5,console'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

mkdirSync(path.join(root, 'reports'), { recursive: true });
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
process.exit(vitest.status ?? 1);
