// Tiny anti-aliased vector rasteriser + PNG encoder (no dependencies), used to draw the app's icons
// locally. Shapes are signed distance functions in a 24×24 design grid (negative = inside).
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Encodes RGBA pixels (Uint8Array, width*height*4) as a PNG. */
export function encodePng(width, height, rgba) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Renders an SDF (x, y in 0..24) at `size` px in one colour `#rrggbb`. */
export function render(sdf, size, hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const px = new Uint8Array(size * size * 4);
  const unit = 24 / size;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = sdf((x + 0.5) * unit, (y + 0.5) * unit) / unit;
      const a = Math.max(0, Math.min(1, 0.5 - d));
      const o = (y * size + x) * 4;
      px.set([r, g, b, Math.round(a * 255)], o);
    }
  }
  return encodePng(size, size, px);
}

// ---- SDF primitives -------------------------------------------------------------------------
export const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
export const box = (x0, y0, x1, y1, r = 0) => (x, y) => {
  const hw = (x1 - x0) / 2 - r;
  const hh = (y1 - y0) / 2 - r;
  const qx = Math.abs(x - (x0 + x1) / 2) - hw;
  const qy = Math.abs(y - (y0 + y1) / 2) - hh;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
function segDist(x, y, ax, ay, bx, by) {
  const pax = x - ax;
  const pay = y - ay;
  const bax = bx - ax;
  const bay = by - ay;
  const h = Math.max(0, Math.min(1, (pax * bax + pay * bay) / (bax * bax + bay * bay)));
  return Math.hypot(pax - bax * h, pay - bay * h);
}
/** A round-capped polyline of width w through points [[x,y], …]. */
export const line = (points, w = 2) => (x, y) => {
  let d = Infinity;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    d = Math.min(d, segDist(x, y, a[0], a[1], b[0], b[1]));
  }
  return d - w / 2;
};
/** A closed polygon (filled). */
export const polygon = (pts) => (x, y) => {
  let d = Infinity;
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i];
    const [xj, yj] = pts[j];
    d = Math.min(d, segDist(x, y, xi, yi, xj, yj));
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? -d : d;
};
export const union = (...fs) => (x, y) => Math.min(...fs.map((f) => f(x, y)));
export const subtract = (a, b) => (x, y) => Math.max(a(x, y), -b(x, y));
export const intersect = (a, b) => (x, y) => Math.max(a(x, y), b(x, y));
/** The outline of a filled shape, `w` wide. */
export const stroke = (f, w = 2) => (x, y) => Math.abs(f(x, y)) - w / 2;
/** Half-plane y < limit (for clipping). */
export const above = (limit) => (_x, y) => y - limit;
export const below = (limit) => (_x, y) => limit - y;
