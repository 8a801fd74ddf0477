import { inflateSync } from 'node:zlib';

/**
 * Text out of a PDF this package wrote: page content streams decoded through each font's ToUnicode CMap.
 * For tests and checks on machines without poppler's pdftotext; not a general PDF reader (no xref streams,
 * no object streams, no encryption, which pdfkit's output never uses).
 */
export function extractPdfText(pdf: Buffer): string {
  const objects = readObjects(pdf.toString('latin1'));
  const cmaps = new Map<string, Map<number, string>>();
  for (const [id, obj] of objects) {
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(obj.dict)?.[1];
    const stream = toUnicode ? objects.get(toUnicode)?.stream : undefined;
    if (stream) cmaps.set(id, parseCMap(stream));
  }
  const fontsByName = new Map<string, string>();
  for (const obj of objects.values()) for (const m of obj.dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) fontsByName.set(m[1]!, m[2]!);
  const pages: string[] = [];
  for (const obj of objects.values()) {
    if (!/\/Type \/Page\b/.test(obj.dict)) continue;
    const contents = /\/Contents (\d+) 0 R/.exec(obj.dict)?.[1];
    const stream = contents ? objects.get(contents)?.stream : undefined;
    if (stream) pages.push(showText(stream, (name) => cmaps.get(fontsByName.get(name) ?? '')));
  }
  return pages.join('\f');
}

interface PdfObject {
  dict: string;
  stream?: string;
}

function readObjects(text: string): Map<string, PdfObject> {
  const out = new Map<string, PdfObject>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2]!;
    const at = body.indexOf('stream');
    if (at < 0) {
      out.set(m[1]!, { dict: body });
      continue;
    }
    const dict = body.slice(0, at);
    let raw = body.slice(at + 'stream'.length).replace(/^\r?\n/, '');
    raw = raw.slice(0, raw.lastIndexOf('endstream')).replace(/\r?\n$/, '');
    const bytes = Buffer.from(raw, 'latin1');
    let stream: string;
    try {
      stream = (/\/FlateDecode/.test(dict) ? inflateSync(bytes) : bytes).toString('latin1');
    } catch {
      stream = '';
    }
    out.set(m[1]!, { dict, stream });
  }
  return out;
}

// A hex string may hold white space (PDF 32000 §7.3.4.3): pdfkit writes a ligature's ToUnicode entry as <0066 0066>.
const HEX = '<([0-9a-fA-F\\s]+)>';
const hexCode = (spaced: string) => parseInt(spaced.replace(/\s/g, ''), 16);
const hexToString = (spaced: string) => {
  const hex = spaced.replace(/\s/g, '');
  let s = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return s;
};

function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of section[1]!.matchAll(new RegExp(`${HEX}\\s*${HEX}`, 'g'))) map.set(hexCode(m[1]!), hexToString(m[2]!));
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of section[1]!.matchAll(new RegExp(`${HEX}\\s*${HEX}\\s*(\\[[^\\]]*\\]|<[0-9a-fA-F\\s]+>)`, 'g'))) {
      const lo = hexCode(m[1]!);
      const hi = hexCode(m[2]!);
      const target = m[3]!;
      if (target.startsWith('[')) {
        [...target.matchAll(new RegExp(HEX, 'g'))].forEach((t, i) => map.set(lo + i, hexToString(t[1]!)));
      } else {
        const base = hexCode(target.slice(1, -1));
        for (let c = lo; c <= hi; c++) map.set(c, String.fromCodePoint(base + (c - lo)));
      }
    }
  }
  return map;
}

/** Walks Tf (font), hex strings (glyph codes) and ET (end of a text object: a line) in a content stream. */
function showText(content: string, cmapOf: (fontName: string) => Map<number, string> | undefined): string {
  let cmap: Map<number, string> | undefined;
  let out = '';
  for (const m of content.matchAll(/\/(F\d+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>|\bET\b/g)) {
    if (m[1]) cmap = cmapOf(m[1]);
    else if (m[2] !== undefined) {
      for (let i = 0; i + 4 <= m[2].length; i += 4) out += cmap?.get(parseInt(m[2].slice(i, i + 4), 16)) ?? '';
    } else out += '\n';
  }
  return out;
}
