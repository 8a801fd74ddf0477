import { describe, expect, it } from 'vitest';
import { TAG, type DicomJsonDataset } from './dicom-json';
import { keyImagesFromKos } from './key-images';

const ui = (v: string) => ({ vr: 'UI', Value: [v] });
const sq = (...items: DicomJsonDataset[]) => ({ vr: 'SQ', Value: items });
const sop = (uid: string): DicomJsonDataset => ({ [TAG.ReferencedSOPClassUID]: ui('1.2.840.10008.5.1.4.1.1.2'), [TAG.ReferencedSOPInstanceUID]: ui(uid) });
const evidence = sq({
  [TAG.StudyInstanceUID]: ui('1'),
  [TAG.ReferencedSeriesSequence]: sq(
    { [TAG.SeriesInstanceUID]: ui('1.1'), [TAG.ReferencedSOPSequence]: sq(sop('1.1.1'), sop('1.1.2')) },
    { [TAG.SeriesInstanceUID]: ui('1.2'), [TAG.ReferencedSOPSequence]: sq(sop('1.2.1')) },
  ),
});

describe('keyImagesFromKos', () => {
  it('returns the IMAGE content items in document order, located through the evidence', () => {
    const kos: DicomJsonDataset = {
      [TAG.CurrentRequestedProcedureEvidenceSequence]: evidence,
      [TAG.ContentSequence]: sq(
        { [TAG.ValueType]: { vr: 'CS', Value: ['IMAGE'] }, [TAG.ReferencedSOPSequence]: sq(sop('1.2.1')) },
        { [TAG.ValueType]: { vr: 'CS', Value: ['TEXT'] } },
        { [TAG.ValueType]: { vr: 'CS', Value: ['IMAGE'] }, [TAG.ReferencedSOPSequence]: sq(sop('1.1.1')) },
      ),
    };
    expect(keyImagesFromKos(kos)).toEqual([
      { studyInstanceUid: '1', seriesInstanceUid: '1.2', sopInstanceUid: '1.2.1' },
      { studyInstanceUid: '1', seriesInstanceUid: '1.1', sopInstanceUid: '1.1.1' },
    ]);
  });

  it('falls back to every evidence reference without a content tree, and ignores unlocated images', () => {
    expect(keyImagesFromKos({ [TAG.CurrentRequestedProcedureEvidenceSequence]: evidence })).toHaveLength(3);
    const unlocated = { [TAG.ContentSequence]: sq({ [TAG.ValueType]: { vr: 'CS', Value: ['IMAGE'] }, [TAG.ReferencedSOPSequence]: sq(sop('7')) }) };
    expect(keyImagesFromKos(unlocated)).toEqual([]);
    expect(keyImagesFromKos({})).toEqual([]);
  });
});
