// Measures the main package of the built mini program (dist/weapp minus any subpackage roots),
// writes dist/weapp-size.json and fails above WeChat's 2 MB main-package limit.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const LIMIT = 2 * 1024 * 1024;
const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const weapp = join(appDir, 'dist', 'weapp');
// Not uploaded with the package: IDE project files, source maps, extracted licence comments.
const IGNORED = [/^project(\.private)?\.config\.json$/, /\.map$/, /\.LICENSE\.txt$/];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

let appJson;
try {
  appJson = JSON.parse(readFileSync(join(weapp, 'app.json'), 'utf8'));
} catch {
  console.error(`size:weapp: ${weapp}/app.json not found; run npm run build:weapp first`);
  process.exit(2);
}
const subRoots = [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])].map((p) =>
  p.root.replace(/\/?$/, '/'),
);

let bytes = 0;
let files = 0;
for (const path of walk(weapp)) {
  const rel = relative(weapp, path).split(sep).join('/');
  if (IGNORED.some((re) => re.test(rel)) || subRoots.some((root) => rel.startsWith(root))) continue;
  bytes += statSync(path).size;
  files += 1;
}

const ok = bytes <= LIMIT;
const report = { bytes, kib: Math.round((bytes / 1024) * 10) / 10, files, limitBytes: LIMIT, ok };
writeFileSync(join(appDir, 'dist', 'weapp-size.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`size:weapp: main package ${report.kib} KiB in ${files} files (limit 2048 KiB)`);
if (!ok) {
  console.error('size:weapp: the main package is over the 2 MB limit');
  process.exit(1);
}
