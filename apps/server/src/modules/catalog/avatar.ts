import { PNG } from 'pngjs';

/**
 * Deterministic flat doctor avatars, drawn locally (no images or fonts from the internet).
 *
 * Every shape is a signed distance function in unit coordinates (0..1 across the image); a pixel's coverage is
 * derived from the distance to the edge, which gives one-pixel anti-aliasing without supersampling.
 */

type Rgb = readonly [number, number, number];
/** Signed distance in unit coordinates: negative inside the shape. */
type Sdf = (x: number, y: number) => number;
interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const hex = (value: string): Rgb => {
  const n = Number.parseInt(value.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

const BACKGROUNDS = [
  '#dbeafe', '#d1fae5', '#fef3c7', '#fce7f3', '#e0e7ff', '#ccfbf1', '#ede9fe', '#ffedd5', '#e0f2fe', '#ecfccb',
].map(hex);
const SKINS = ['#f6d5b8', '#f1c7a3', '#eebf98', '#f8dcc4', '#e6b58e'].map(hex);
/** Mostly black and dark brown; one grey entry in eight. */
const HAIRS = ['#1f1b1a', '#2b211d', '#3b2a22', '#221f2b', '#1c1a1f', '#4a3426', '#2f2420', '#6b6663'].map(hex);
const SCRUBS = ['#5fa8a3', '#4f86c6', '#6d8fd1', '#3f9f8a', '#7a8fbf'].map(hex);
const SHIRTS = ['#dbe7f5', '#e7eef7', '#dde9e4', '#eef0f4'].map(hex);
const TIES = ['#1e3a8a', '#9f1239', '#0f766e', '#334155', '#6d28d9'].map(hex);

const COAT = hex('#fbfcfd');
const COAT_SHADE = hex('#dfe5ec');
const TUBE = hex('#3b4656');
const METAL = hex('#c7ced8');
const EYE = hex('#2b2523');
const MOUTH = hex('#b4604f');
const BLUSH = hex('#f08f8f');
const PEN = hex('#2563eb');

/** FNV-1a over UTF-16 code units, then a murmur3 finaliser so nearby seeds spread out. */
function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** An independent-looking choice per `salt` from one seed hash. */
function pick<T>(list: readonly T[], hash: number, salt: number): T {
  let m = (hash ^ Math.imul(salt, 0x9e3779b9)) >>> 0;
  m = Math.imul(m ^ (m >>> 16), 0x85ebca6b);
  m = Math.imul(m ^ (m >>> 13), 0xc2b2ae35);
  m ^= m >>> 16;
  return list[(m >>> 0) % list.length] as T;
}

const shade = (c: Rgb, f: number): Rgb => [c[0] * f, c[1] * f, c[2] * f];
const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];

// ---- distance functions ---------------------------------------------------------------------------------------------

/** Math.hypot is several times slower than this in V8, and overflow cannot happen in unit space. */
const len = (x: number, y: number): number => Math.sqrt(x * x + y * y);

const circle = (cx: number, cy: number, r: number): Sdf => (x, y) => len(x - cx, y - cy) - r;

const roundBox = (cx: number, cy: number, hw: number, hh: number, r: number): Sdf => (x, y) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return len(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};

/** Capsule around the segment a–b with radius r (a stroke with round caps). */
const segment = (ax: number, ay: number, bx: number, by: number, r: number): Sdf => {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  return (x, y) => {
    const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / len2));
    return len(x - ax - dx * t, y - ay - dy * t) - r;
  };
};

/** Convex polygon, vertices clockwise on screen (y down). Corners are slightly sharp, which is fine at avatar size. */
const polygon = (points: readonly (readonly [number, number])[]): Sdf => {
  const edges = points.map(([ax, ay], i) => {
    const [bx, by] = points[(i + 1) % points.length] as readonly [number, number];
    const len = Math.hypot(bx - ax, by - ay);
    return { ax, ay, nx: (by - ay) / len, ny: -(bx - ax) / len };
  });
  return (x, y) => {
    let d = -Infinity;
    for (const e of edges) d = Math.max(d, (x - e.ax) * e.nx + (y - e.ay) * e.ny);
    return d;
  };
};

/** Quadratic-free ellipse approximation (Quilez), accurate enough near the edge for anti-aliasing. */
const ellipse = (cx: number, cy: number, rx: number, ry: number): Sdf => (x, y) => {
  const px = (x - cx) / rx;
  const py = (y - cy) / ry;
  const k0 = len(px, py);
  const k1 = len(px / rx, py / ry);
  return k1 === 0 ? -Math.min(rx, ry) : (k0 * (k0 - 1)) / k1;
};

const intersect = (a: Sdf, b: Sdf): Sdf => (x, y) => Math.max(a(x, y), b(x, y));
const union = (a: Sdf, b: Sdf): Sdf => (x, y) => Math.min(a(x, y), b(x, y));
/** Half-plane below the line through (x0, y0) with the given slope: inside where y > line. */
const below = (y0: number, slope: number, x0 = 0.5): Sdf => {
  const norm = len(1, slope);
  return (x, y) => (y0 + slope * (x - x0) - y) / norm;
};
const above = (y0: number, slope: number, x0 = 0.5): Sdf => {
  const b = below(y0, slope, x0);
  return (x, y) => -b(x, y);
};

// ---- raster ---------------------------------------------------------------------------------------------------------

class Raster {
  readonly rgb: Float32Array;

  constructor(readonly size: number) {
    this.rgb = new Float32Array(size * size * 3);
  }

  /** Paints `color` where `sdf` < 0, blended by edge coverage and `opacity`, inside the unit-space `box`. */
  fill(sdf: Sdf, color: Rgb, box: Box, opacity = 1): void {
    const { size, rgb } = this;
    const inv = 1 / size;
    const xs = Math.max(0, Math.floor(box.x0 * size) - 1);
    const xe = Math.min(size, Math.ceil(box.x1 * size) + 1);
    const ys = Math.max(0, Math.floor(box.y0 * size) - 1);
    const ye = Math.min(size, Math.ceil(box.y1 * size) + 1);
    for (let py = ys; py < ye; py++) {
      const y = (py + 0.5) * inv;
      for (let px = xs; px < xe; px++) {
        const d = sdf((px + 0.5) * inv, y) * size;
        if (d >= 0.5) continue;
        const a = (d <= -0.5 ? 1 : 0.5 - d) * opacity;
        const i = (py * size + px) * 3;
        rgb[i] = (rgb[i] as number) + (color[0] - (rgb[i] as number)) * a;
        rgb[i + 1] = (rgb[i + 1] as number) + (color[1] - (rgb[i + 1] as number)) * a;
        rgb[i + 2] = (rgb[i + 2] as number) + (color[2] - (rgb[i + 2] as number)) * a;
      }
    }
  }

  /** Vertical gradient over the whole image. */
  gradient(top: Rgb, bottom: Rgb): void {
    const { size, rgb } = this;
    for (let py = 0; py < size; py++) {
      const c = mix(top, bottom, (py + 0.5) / size);
      for (let px = 0; px < size; px++) {
        const i = (py * size + px) * 3;
        rgb[i] = c[0];
        rgb[i + 1] = c[1];
        rgb[i + 2] = c[2];
      }
    }
  }

  toPng(): Buffer {
    const { size, rgb } = this;
    const png = new PNG({ width: size, height: size, colorType: 2, inputColorType: 2, inputHasAlpha: false });
    const data = Buffer.alloc(size * size * 3);
    for (let i = 0; i < data.length; i++) data[i] = Math.round(rgb[i] as number);
    png.data = data;
    return PNG.sync.write(png, { colorType: 2, inputColorType: 2, inputHasAlpha: false, deflateLevel: 6 });
  }
}

const box = (x0: number, y0: number, x1: number, y1: number): Box => ({ x0, y0, x1, y1 });

// ---- the avatar -----------------------------------------------------------------------------------------------------

/**
 * Draws a flat avatar of a doctor in a white coat: head, hair, shoulders, V-neck collar, stethoscope, a pen in the
 * breast pocket. Colours and hair style are chosen deterministically from `seed`; `gender` picks the silhouette.
 */
export function renderDoctorAvatarPng(seed: string, gender: 'male' | 'female', size = 160): Buffer {
  if (!Number.isInteger(size) || size < 16 || size > 1024) throw new RangeError(`avatar size out of range: ${size}`);
  const h = hashSeed(seed);
  const bg = pick(BACKGROUNDS, h, 1);
  const skin = pick(SKINS, h, 2);
  const hair = pick(HAIRS, h, 3);
  const variant = pick([0, 1], h, 7);
  const female = gender === 'female';
  const r = new Raster(size);

  r.gradient(mix(bg, [255, 255, 255], 0.35), shade(bg, 0.97));

  // Hair falling behind the head and neck (female), drawn first so the face and coat cover it.
  if (female) {
    const back = variant === 0
      ? roundBox(0.5, 0.5, 0.205, 0.245, 0.17) // shoulder-length bob
      : union(circle(0.5, 0.41, 0.19), ellipse(0.5, 0.56, 0.17, 0.16)); // hair gathered low
    r.fill(back, shade(hair, 0.92), box(0.25, 0.2, 0.75, 0.8));
  }

  // Ears (hidden under the hair for women), then neck with a soft shadow under the chin.
  if (!female) {
    r.fill(circle(0.345, 0.445, 0.032), shade(skin, 0.95), box(0.3, 0.4, 0.39, 0.49));
    r.fill(circle(0.655, 0.445, 0.032), shade(skin, 0.95), box(0.61, 0.4, 0.7, 0.49));
  }
  r.fill(roundBox(0.5, 0.635, 0.068, 0.1, 0.035), shade(skin, 0.93), box(0.42, 0.52, 0.58, 0.75));
  r.fill(ellipse(0.5, 0.565, 0.07, 0.03), shade(skin, 0.86), box(0.42, 0.52, 0.58, 0.61), 0.55);

  // Shoulders in a white coat, with a faint shading on the sides.
  const body = roundBox(0.5, 1.0, 0.37, 0.285, 0.17);
  r.fill(body, COAT, box(0.1, 0.7, 0.9, 1));
  r.fill(intersect(body, (x) => 0.26 - Math.abs(x - 0.5)), COAT_SHADE, box(0.1, 0.7, 0.9, 1), 0.45);

  // What shows in the V-neck: scrubs (female) or shirt and tie (male).
  const vNeck = polygon([[0.405, 0.715], [0.595, 0.715], [0.5, 0.895]]);
  const vBox = box(0.39, 0.7, 0.61, 0.91);
  if (female) {
    r.fill(vNeck, pick(SCRUBS, h, 4), vBox);
    r.fill(intersect(vNeck, above(0.79, 0, 0.5)), skin, vBox);
    r.fill(polygon([[0.45, 0.715], [0.55, 0.715], [0.5, 0.805]]), skin, vBox);
  } else {
    r.fill(vNeck, pick(SHIRTS, h, 5), vBox);
    const tie = pick(TIES, h, 6);
    r.fill(polygon([[0.478, 0.735], [0.522, 0.735], [0.512, 0.765], [0.488, 0.765]]), tie, vBox);
    r.fill(polygon([[0.488, 0.763], [0.512, 0.763], [0.522, 0.86], [0.5, 0.885], [0.478, 0.86]]), tie, vBox);
    r.fill(polygon([[0.43, 0.715], [0.478, 0.735], [0.468, 0.765]]), shade(pick(SHIRTS, h, 5), 0.93), vBox);
    r.fill(polygon([[0.522, 0.735], [0.57, 0.715], [0.532, 0.765]]), shade(pick(SHIRTS, h, 5), 0.93), vBox);
  }

  // Coat lapels: a folded collar on each side and the front opening.
  const leftLapel = polygon([[0.36, 0.735], [0.405, 0.715], [0.5, 0.895], [0.455, 0.84]]);
  const rightLapel = polygon([[0.595, 0.715], [0.64, 0.735], [0.545, 0.84], [0.5, 0.895]]);
  r.fill(leftLapel, COAT_SHADE, box(0.34, 0.7, 0.52, 0.91), 0.55);
  r.fill(rightLapel, COAT_SHADE, box(0.48, 0.7, 0.66, 0.91), 0.55);
  r.fill(segment(0.5, 0.895, 0.5, 1.05, 0.004), COAT_SHADE, box(0.48, 0.88, 0.52, 1));

  // Breast pocket with a pen (on the wearer's left, the viewer's right).
  r.fill(roundBox(0.655, 0.905, 0.052, 0.004, 0.003), COAT_SHADE, box(0.59, 0.89, 0.72, 0.92));
  r.fill(segment(0.635, 0.84, 0.635, 0.905, 0.0085), PEN, box(0.61, 0.82, 0.66, 0.92));
  r.fill(circle(0.635, 0.84, 0.0085), shade(PEN, 0.7), box(0.61, 0.82, 0.66, 0.86));

  // Stethoscope draped around the neck, chest piece resting on the coat.
  r.fill(segment(0.41, 0.725, 0.385, 0.855, 0.0085), TUBE, box(0.36, 0.7, 0.44, 0.88));
  r.fill(segment(0.59, 0.725, 0.6, 0.79, 0.0085), TUBE, box(0.57, 0.7, 0.63, 0.81));
  r.fill(circle(0.385, 0.885, 0.034), TUBE, box(0.33, 0.84, 0.44, 0.93));
  r.fill(circle(0.385, 0.885, 0.022), METAL, box(0.35, 0.85, 0.42, 0.92));

  // Head and face.
  const head = circle(0.5, 0.42, 0.155);
  r.fill(head, skin, box(0.33, 0.25, 0.67, 0.59));
  r.fill(circle(0.445, 0.445, 0.0125), EYE, box(0.42, 0.42, 0.47, 0.47));
  r.fill(circle(0.555, 0.445, 0.0125), EYE, box(0.53, 0.42, 0.58, 0.47));
  const smile = intersect((x, y) => Math.abs(len(x - 0.5, y - 0.462) - 0.045) - 0.0055, below(0.485, 0));
  r.fill(smile, MOUTH, box(0.44, 0.47, 0.56, 0.52));
  if (female) {
    r.fill(circle(0.42, 0.485, 0.022), BLUSH, box(0.39, 0.46, 0.45, 0.51), 0.22);
    r.fill(circle(0.58, 0.485, 0.022), BLUSH, box(0.55, 0.46, 0.61, 0.51), 0.22);
  }

  // Hair on top of the head.
  const crown = circle(0.5, 0.405, 0.168);
  const hairBox = box(0.3, 0.2, 0.7, 0.5);
  if (female) {
    const fringe = variant === 0 ? below(0.34, 0.55, 0.5) : below(0.35, -0.5, 0.5);
    const face = ellipse(0.5, 0.475, 0.13, 0.175);
    r.fill(intersect(crown, union((x, y) => -fringe(x, y), (x, y) => -face(x, y))), hair, hairBox);
  } else {
    const line = variant === 0 ? above(0.345, 0.3, 0.5) : above(0.35, -0.25, 0.5);
    const sides = union((x) => 0.135 - Math.abs(x - 0.5), (x, y) => -head(x, y));
    r.fill(intersect(crown, union(line, intersect(sides, above(0.43, 0)))), hair, hairBox);
  }

  return r.toPng();
}
