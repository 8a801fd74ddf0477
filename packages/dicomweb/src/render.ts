// Renders a grey-scale frame to an 8-bit PNG the way a viewer would: stored value → modality LUT
// (rescale slope/intercept) → VOI LUT (window centre/width, PS3.3 §C.11.2.1.2.1 "LINEAR") → 0..255.
import { PNG } from 'pngjs';

export interface GreyFrame {
  rows: number;
  columns: number;
  bitsAllocated: number;
  /** 0 = unsigned, 1 = two's complement. */
  pixelRepresentation: number;
  /** MONOCHROME1 shows low values white; MONOCHROME2 shows them black. */
  photometricInterpretation: string;
  /** Native (uncompressed, little-endian) pixel bytes of this one frame. */
  bytes: Uint8Array;
  rescaleSlope: number;
  rescaleIntercept: number;
}

export interface VoiWindow {
  center: number;
  width: number;
}

function storedValues(frame: GreyFrame): ArrayLike<number> {
  const { bytes, bitsAllocated, pixelRepresentation } = frame;
  // Copy so the typed array is aligned whatever offset the bytes came at.
  const buffer = bytes.slice().buffer;
  if (bitsAllocated === 8) return pixelRepresentation === 1 ? new Int8Array(buffer) : new Uint8Array(buffer);
  if (bitsAllocated === 16) return pixelRepresentation === 1 ? new Int16Array(buffer) : new Uint16Array(buffer);
  throw new Error(`cannot render BitsAllocated ${bitsAllocated}`);
}

/** A window covering the whole range, for images that carry none. */
function fullRange(values: ArrayLike<number>): VoiWindow {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { center: (min + max) / 2, width: Math.max(1, max - min) };
}

/** One byte per pixel, row by row. */
export function toGrey8(frame: GreyFrame, window?: VoiWindow): Uint8Array {
  const stored = storedValues(frame);
  const pixelCount = frame.rows * frame.columns;
  if (stored.length < pixelCount) throw new Error('pixel data is shorter than Rows × Columns');
  const values = new Float64Array(pixelCount);
  for (let i = 0; i < pixelCount; i++) values[i] = (stored[i] as number) * frame.rescaleSlope + frame.rescaleIntercept;
  const { center, width } = window ?? fullRange(values);
  const invert = frame.photometricInterpretation === 'MONOCHROME1';
  const out = new Uint8Array(pixelCount);
  const low = center - 0.5 - (width - 1) / 2;
  const high = center - 0.5 + (width - 1) / 2;
  for (let i = 0; i < pixelCount; i++) {
    const x = values[i] as number;
    let y: number;
    if (x <= low) y = 0;
    else if (x > high) y = 255;
    else y = ((x - (center - 0.5)) / Math.max(width - 1, 1) + 0.5) * 255;
    const grey = Math.round(Math.min(255, Math.max(0, y)));
    out[i] = invert ? 255 - grey : grey;
  }
  return out;
}

/** 8-bit grey-scale PNG (colour type 0), the smallest faithful encoding of a windowed frame. */
export function encodeGreyPng(grey: Uint8Array, width: number, height: number): Buffer {
  const png = new PNG({ width, height, colorType: 0, inputColorType: 0, bitDepth: 8, inputHasAlpha: false });
  png.data = Buffer.from(grey.buffer, grey.byteOffset, grey.byteLength);
  return PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false });
}

export interface Viewport {
  width: number;
  height: number;
}

/** Scales to the largest size that fits the viewport, keeping the aspect ratio (nearest neighbour). */
export function fitToViewport(grey: Uint8Array, width: number, height: number, viewport: Viewport) {
  const scale = Math.min(viewport.width / width, viewport.height / height);
  const outWidth = Math.max(1, Math.round(width * scale));
  const outHeight = Math.max(1, Math.round(height * scale));
  const out = new Uint8Array(outWidth * outHeight);
  for (let y = 0; y < outHeight; y++) {
    const sourceRow = Math.min(height - 1, Math.floor(y / scale)) * width;
    for (let x = 0; x < outWidth; x++) out[y * outWidth + x] = grey[sourceRow + Math.min(width - 1, Math.floor(x / scale))] as number;
  }
  return { grey: out, width: outWidth, height: outHeight };
}

export function renderPng(frame: GreyFrame, window?: VoiWindow, viewport?: Viewport): Buffer {
  const grey = toGrey8(frame, window);
  if (!viewport) return encodeGreyPng(grey, frame.columns, frame.rows);
  const fitted = fitToViewport(grey, frame.columns, frame.rows, viewport);
  return encodeGreyPng(fitted.grey, fitted.width, fitted.height);
}
