// Smoke test: compiles the built WXML and WXSS with WeChat's own compilers (wcc / wcsc from the npm
// package miniprogram-compiler), then renders every page template once. Fails on any compile error.
// We call the package's src/wcc and src/wcsc directly: its index always globs for itself and, for
// WXSS, returns the error instead of throwing it.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const require = createRequire(import.meta.url);
const wcc = require('miniprogram-compiler/src/wcc');
const wcsc = require('miniprogram-compiler/src/wcsc');

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'weapp');
if (!existsSync(join(root, 'app.json'))) {
  console.error('check:wxml: dist/weapp not found; run npm run build:weapp first');
  process.exit(2);
}

function list(ext) {
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(root)
    .map((p) => relative(root, p).split(sep).join('/'))
    .filter((p) => p.endsWith(ext))
    .sort();
}

const strip = (file, ext) => file.slice(0, -ext.length);
const wxml = list('.wxml').map((f) => strip(f, '.wxml'));
const wxs = list('.wxs');
const wxss = list('.wxss').map((f) => strip(f, '.wxss'));
const failures = [];

let gwx;
try {
  const code = wcc(root, [...wxml], wxs, { maxBuffer: 64 * 1024 * 1024 });
  const sandbox = { console: { ...console, log() {}, warn() {} } };
  sandbox.window = sandbox;
  sandbox.global = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(code, sandbox);
  gwx = sandbox.$gwx;
} catch (err) {
  failures.push(`WXML: ${err instanceof Error ? err.message : String(err)}`);
}

const pages = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8')).pages;
if (gwx) {
  for (const page of pages) {
    try {
      const render = gwx(`${page}.wxml`);
      const tree = render({ root: { cn: [], uid: '0' } }, {}, {});
      if (!tree || typeof tree !== 'object') throw new Error('no render tree');
    } catch (err) {
      failures.push(`render ${page}.wxml: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

const css = wcsc(root, [...wxss]);
if (css instanceof Error) failures.push(`WXSS: ${css.message}`);
else if (!css.comm) failures.push('WXSS: the compiler produced no output');

if (failures.length) {
  console.error(`check:wxml: ${failures.length} problem(s)\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(
  `check:wxml: ${wxml.length} WXML (+${wxs.length} WXS) and ${wxss.length} WXSS files compile; ` +
    `${pages.length} pages render`,
);
