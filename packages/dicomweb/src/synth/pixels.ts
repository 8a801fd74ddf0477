// Synthetic grey-scale pictures that look roughly like the modality they stand for, so a person
// checking the simulator in a browser can tell a chest film from a CT slice from an ultrasound.
// Shapes only; nothing here is anatomy or derived from any real patient.

export interface SyntheticImage {
  rows: number;
  columns: number;
  bitsAllocated: 8 | 16;
  bitsStored: number;
  /** Stored values, row by row; unsigned (PixelRepresentation 0). */
  pixels: Uint8Array | Uint16Array;
  windowCenter: number;
  windowWidth: number;
  /** Modality LUT (CT): output = stored * slope + intercept. */
  rescaleIntercept?: number;
  rescaleSlope?: number;
}

/** Squared normalised distance of (x, y) from an ellipse centre; < 1 means inside. */
function ellipse(x: number, y: number, cx: number, cy: number, rx: number, ry: number): number {
  return ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2;
}

/** Deterministic noise (so tests and screenshots are stable): a small linear congruential generator. */
function noise(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Chest-film-like CR: bright body, dark lungs, a spine and ribs; 12-bit. */
export function chestRadiograph(size = 256): SyntheticImage {
  const pixels = new Uint16Array(size * size);
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let v = 200 + (y / size) * 150; // exposure gradient in the background
      if (ellipse(x, y, c, c * 1.05, size * 0.42, size * 0.48) < 1) v = 2200;
      const inLung =
        ellipse(x, y, c - size * 0.18, c, size * 0.14, size * 0.3) < 1 ||
        ellipse(x, y, c + size * 0.18, c, size * 0.14, size * 0.3) < 1;
      if (inLung) v = 700 + 300 * Math.abs(Math.sin((y / size) * Math.PI * 9)); // ribs across the lungs
      if (Math.abs(x - c) < size * 0.04 && y > size * 0.1) v = 3300;
      if (ellipse(x, y, c + size * 0.06, c * 1.2, size * 0.12, size * 0.1) < 1) v = 2600; // heart shadow
      pixels[y * size + x] = Math.round(v);
    }
  }
  return { rows: size, columns: size, bitsAllocated: 16, bitsStored: 12, pixels, windowCenter: 1700, windowWidth: 3400 };
}

/** Axial-CT-like slice in Hounsfield units (stored = HU + 1024); `slice` shifts the anatomy. */
export function ctSlice(slice: number, size = 128): SyntheticImage {
  const pixels = new Uint16Array(size * size);
  const c = size / 2;
  const lungScale = 0.8 + 0.1 * slice;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hu = -1000;
      const body = ellipse(x, y, c, c, size * 0.45, size * 0.36);
      if (body < 1) hu = 40;
      if (body < 1 && body > 0.85) hu = -100; // subcutaneous fat
      if (ellipse(x, y, c - size * 0.18, c, size * 0.12 * lungScale, size * 0.22 * lungScale) < 1) hu = -800;
      if (ellipse(x, y, c + size * 0.18, c, size * 0.12 * lungScale, size * 0.22 * lungScale) < 1) hu = -800;
      if (ellipse(x, y, c, c + size * 0.25, size * 0.06, size * 0.06) < 1) hu = 700; // vertebra
      if (ellipse(x, y, c + size * 0.03, c - size * 0.05, size * 0.08, size * 0.08) < 1) hu = 60; // heart
      pixels[y * size + x] = hu + 1024;
    }
  }
  return {
    rows: size,
    columns: size,
    bitsAllocated: 16,
    bitsStored: 12,
    pixels,
    windowCenter: -300,
    windowWidth: 1600,
    rescaleIntercept: -1024,
    rescaleSlope: 1,
  };
}

/** Ultrasound-like sector: speckle inside a fan, a dark cyst, black outside; 8-bit. */
export function ultrasound(columns = 160, rows = 120): SyntheticImage {
  const pixels = new Uint8Array(rows * columns);
  const random = noise(42);
  const apexX = columns / 2;
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < columns; x++) {
      const angle = Math.atan2(x - apexX, y + 1);
      const depth = Math.hypot(x - apexX, y);
      let v = 0;
      if (Math.abs(angle) < Math.PI / 4 && depth < rows * 0.95) {
        v = 60 + 100 * random() * (1 - depth / (rows * 1.3));
        if (ellipse(x, y, apexX + 10, rows * 0.55, 18, 12) < 1) v = 10 + 10 * random();
      }
      pixels[y * columns + x] = Math.round(v);
    }
  }
  return { rows, columns, bitsAllocated: 8, bitsStored: 8, pixels, windowCenter: 128, windowWidth: 256 };
}
