// Bundles the server into dist/main.mjs. npm dependencies stay external (installed in node_modules);
// the workspace packages (@xinglin/*) are TypeScript source, so they are bundled in.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies ?? {}).filter((name) => !name.startsWith('@xinglin/'));

await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.mjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external: [...external, ...external.map((name) => `${name}/*`)],
  logLevel: 'warning',
  // The workspace packages' own npm dependencies are bundled (e.g. iconv-lite, in packages/hl7's node_modules at the
  // version it was tested with); their CommonJS require() calls need a real require in an ES module, or the bundle
  // fails at start with 'Dynamic require of "buffer" is not supported'.
  banner: { js: "import { createRequire as __xinglinCreateRequire } from 'node:module'; const require = __xinglinCreateRequire(import.meta.url);" },
});
