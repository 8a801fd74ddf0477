import dcmjs from 'dcmjs';
import { describe, expect, it } from 'vitest';
import { SOP_CLASS, TAG } from '../dicom-json';
import { generateStudy, newUid } from './studies';

const read = (file: ArrayBuffer) => dcmjs.data.DicomMessage.readFile(file).dict;
const value = (dict: ReturnType<typeof read>, tag: string) => dict[tag]?.Value?.[0];

describe('generateStudy', () => {
  it('writes Part 10 files that dcmjs parses back with the patient, study and pixel data', () => {
    const study = generateStudy({ patientId: 'P100', patientName: '王^小明', kind: 'CT', studyDate: '20261120' });
    expect(study.files).toHaveLength(4); // three slices and the KOS
    const [first, , , kos] = study.files.map(read);
    expect(value(first!, TAG.PatientID)).toBe('P100');
    expect(value(first!, TAG.PatientName)).toEqual({ Alphabetic: '王^小明' });
    expect(value(first!, TAG.StudyInstanceUID)).toBe(study.studyInstanceUid);
    expect(value(first!, TAG.StudyDate)).toBe('20261120');
    expect(value(first!, TAG.Modality)).toBe('CT');
    expect(value(first!, TAG.SOPClassUID)).toBe(SOP_CLASS.CTImage);
    expect([value(first!, TAG.Rows), value(first!, TAG.Columns)]).toEqual([128, 128]);
    const pixelData = first![TAG.PixelData]?.Value?.[0] as ArrayBuffer;
    expect(pixelData.byteLength).toBe(128 * 128 * 2);
    expect(value(kos!, TAG.Modality)).toBe('KO');
    expect(kos![TAG.PixelData]).toBeUndefined();
  });

  it('gives every study, series and instance its own UID and picks the key image from the images', () => {
    const study = generateStudy({ patientId: 'P1', patientName: 'A^B', kind: 'US' });
    const images = study.files.slice(0, -1).map(read);
    const ultrasound = images[0]!;
    expect(value(ultrasound, TAG.SOPClassUID)).toBe(SOP_CLASS.UltrasoundImage);
    expect((ultrasound[TAG.PixelData]?.Value?.[0] as ArrayBuffer).byteLength).toBe(160 * 120);
    expect(value(ultrasound, TAG.SOPInstanceUID)).toBe(study.keyImage.sopInstanceUid);
    const uids = study.files.map(read).flatMap((d) => [value(d, TAG.SOPInstanceUID), value(d, TAG.SeriesInstanceUID)]);
    expect(new Set(uids).size).toBe(4); // one image + KOS, each in its own series
  });

  it('makes UIDs that fit the 64-character UI limit and use only digits and dots', () => {
    for (let i = 0; i < 50; i++) expect(newUid()).toMatch(/^2\.25\.[1-9]\d{0,38}$/);
  });
});
