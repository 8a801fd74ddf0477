import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { renderDoctorAvatarPng } from './avatar';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('renderDoctorAvatarPng', () => {
  it('writes a PNG with an IHDR of the requested size', () => {
    for (const size of [160, 64, 200]) {
      const png = renderDoctorAvatarPng('d001', 'male', size);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(png.toString('ascii', 12, 16)).toBe('IHDR');
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
    expect(renderDoctorAvatarPng('d001', 'female').readUInt32BE(16)).toBe(160);
  });

  it('decodes to an opaque picture with more than a flat colour in it', () => {
    const image = PNG.sync.read(renderDoctorAvatarPng('d042', 'female'));
    expect([image.width, image.height]).toEqual([160, 160]);
    const colours = new Set<number>();
    for (let i = 0; i < image.data.length; i += 4) {
      expect(image.data[i + 3]).toBe(255);
      colours.add(image.data.readUInt32BE(i));
    }
    expect(colours.size).toBeGreaterThan(50); // anti-aliased edges make many intermediate colours
  });

  it('is deterministic for the same seed', () => {
    expect(renderDoctorAvatarPng('d017', 'male').equals(renderDoctorAvatarPng('d017', 'male'))).toBe(true);
  });

  it('varies with the seed', () => {
    const seeds = ['d001', 'd002', 'd003', 'd004', 'd005'];
    const images = seeds.map((s) => renderDoctorAvatarPng(s, 'female').toString('base64'));
    expect(new Set(images).size).toBe(images.length);
  });

  it('draws men and women differently', () => {
    expect(renderDoctorAvatarPng('d010', 'male').equals(renderDoctorAvatarPng('d010', 'female'))).toBe(false);
  });

  it('rejects unusable sizes', () => {
    expect(() => renderDoctorAvatarPng('d001', 'male', 0)).toThrow(RangeError);
    expect(() => renderDoctorAvatarPng('d001', 'male', 10.5)).toThrow(RangeError);
  });
});
