import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { fitToViewport, renderPng, toGrey8, type GreyFrame } from './render';

function frame16(values: number[], overrides: Partial<GreyFrame> = {}): GreyFrame {
  return {
    rows: 1,
    columns: values.length,
    bitsAllocated: 16,
    pixelRepresentation: 0,
    photometricInterpretation: 'MONOCHROME2',
    bytes: new Uint8Array(Uint16Array.from(values).buffer),
    rescaleSlope: 1,
    rescaleIntercept: 0,
    ...overrides,
  };
}

describe('toGrey8', () => {
  it('clips below and above the window and maps its centre to mid-grey', () => {
    const grey = toGrey8(frame16([0, 400, 500, 600, 1000]), { center: 500, width: 200 });
    expect(Array.from(grey)).toEqual([0, 0, 128, 255, 255]);
  });

  it('applies the rescale (modality LUT) before the window, as CT Hounsfield units need', () => {
    // stored 1024 + intercept -1024 = 0 HU, the centre of a [-100, 100] window.
    const grey = toGrey8(frame16([0, 1024, 2048], { rescaleIntercept: -1024 }), { center: 0, width: 200 });
    expect(Array.from(grey)).toEqual([0, 128, 255]);
  });

  it('inverts MONOCHROME1 and reads signed 16-bit values', () => {
    const signed: GreyFrame = {
      ...frame16([]),
      columns: 2,
      pixelRepresentation: 1,
      photometricInterpretation: 'MONOCHROME1',
      bytes: new Uint8Array(Int16Array.from([-1000, 1000]).buffer),
    };
    expect(Array.from(toGrey8(signed, { center: 0, width: 100 }))).toEqual([255, 0]);
  });

  it('spreads the full range when the image has no window', () => {
    expect(Array.from(toGrey8(frame16([100, 200])))).toEqual([0, 255]);
  });
});

describe('renderPng', () => {
  it('encodes a grey PNG of the frame size that decodes back to the windowed values', () => {
    const png = PNG.sync.read(renderPng({ ...frame16([0, 300, 600, 900, 1200, 1500]), rows: 2, columns: 3 }));
    expect([png.width, png.height]).toEqual([3, 2]);
    // pngjs decodes to RGBA; grey lands in R, G and B alike.
    expect(png.data[0]).toBe(0);
    expect(png.data[5 * 4]).toBe(255);
    expect(png.data[5 * 4 + 1]).toBe(255);
  });
});

describe('fitToViewport', () => {
  it('fits inside the viewport keeping the aspect ratio', () => {
    const grey = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]); // 4 wide, 2 high
    expect(fitToViewport(grey, 4, 2, { width: 2, height: 2 })).toEqual({ grey: Uint8Array.from([1, 3]), width: 2, height: 1 });
    const up = fitToViewport(grey, 4, 2, { width: 8, height: 100 });
    expect([up.width, up.height]).toEqual([8, 4]);
    expect(Array.from(up.grey.subarray(0, 4))).toEqual([1, 1, 2, 2]);
  });
});
