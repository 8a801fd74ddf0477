// Sums the gzip sizes (level 9) of the H5 build's JavaScript and writes dist/h5-size.json.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const jsDir = join(dist, 'h5', 'js');
let files;
try {
  files = readdirSync(jsDir).filter((f) => f.endsWith('.js'));
} catch {
  console.error('size:h5: dist/h5/js not found; run npm run build:h5 first');
  process.exit(2);
}
let raw = 0;
let gzip = 0;
for (const f of files) {
  const buf = readFileSync(join(jsDir, f));
  raw += buf.length;
  gzip += gzipSync(buf, { level: 9 }).length;
}
const report = { jsFiles: files.length, rawBytes: raw, gzipBytes: gzip, gzipKiB: Math.round((gzip / 1024) * 10) / 10 };
writeFileSync(join(dist, 'h5-size.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`size:h5: ${files.length} JS files, ${report.gzipKiB} KiB gzipped (${Math.round(raw / 1024)} KiB raw)`);
