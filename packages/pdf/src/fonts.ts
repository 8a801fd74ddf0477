// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- fontkit ships no types; the declaration must reach every program that compiles this file
/// <reference path="./fontkit.d.ts" />
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { create, type Font } from 'fontkit';

/**
 * The CJK font ships through npm (@embedpdf/fonts-sc: Noto Sans SC as "NotoSansHans", a GB2312 subset, OFL-1.1),
 * so a PDF looks the same on every machine and never depends on fonts installed on the server.
 * The package exports only its JS entry, so the font files are found on the module search path.
 */
const PACKAGE_DIR = path.join('@embedpdf', 'fonts-sc', 'fonts');

export type FontWeight = 'regular' | 'bold';
const FILES: Record<FontWeight, string> = { regular: 'NotoSansHans-Regular.otf', bold: 'NotoSansHans-Bold.otf' };

const cache = new Map<FontWeight, Buffer>();

function fontDirectory(): string {
  const require = createRequire(import.meta.url);
  const candidates = [...(require.resolve.paths('@embedpdf/fonts-sc') ?? []), path.join(process.cwd(), 'node_modules')];
  for (const dir of candidates) {
    const full = path.join(dir, PACKAGE_DIR);
    if (existsSync(path.join(full, FILES.regular))) return full;
  }
  throw new Error('@embedpdf/fonts-sc is not installed: the PDF renderer needs its Noto Sans SC font files');
}

/** The font bytes, read once per process (each file is about 8 MB; pdfkit embeds only the glyphs used). */
export function fontBytes(weight: FontWeight): Buffer {
  let bytes = cache.get(weight);
  if (!bytes) {
    bytes = readFileSync(path.join(fontDirectory(), FILES[weight]));
    cache.set(weight, bytes);
  }
  return bytes;
}

const parsed = new Map<FontWeight, Font>();

/**
 * The parsed font, shared by every document of this process: parsing the 8 MB face and decoding its glyphs is
 * most of the cost of a PDF, and fontkit keeps its glyph and layout caches on this object. pdfkit subsets it per
 * document without changing it.
 */
export function fontFace(weight: FontWeight): Font {
  let font = parsed.get(weight);
  if (!font) {
    font = create(fontBytes(weight));
    parsed.set(weight, font);
  }
  return font;
}
