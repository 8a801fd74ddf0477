// Key images as a PACS records them: a Key Object Selection document (PS3.3 §A.35.4) whose
// content items of type IMAGE reference the selected instances, and whose evidence sequence says
// which series each one is in.
import { TAG, getItems, getString, type DicomJsonDataset } from './dicom-json';
import type { InstanceRef } from './refs';

/** The instances a KOS selects, in document order; [] when it selects none. */
export function keyImagesFromKos(kos: DicomJsonDataset): InstanceRef[] {
  const located = new Map<string, InstanceRef>();
  for (const study of getItems(kos, TAG.CurrentRequestedProcedureEvidenceSequence)) {
    const studyInstanceUid = getString(study, TAG.StudyInstanceUID);
    for (const series of getItems(study, TAG.ReferencedSeriesSequence)) {
      const seriesInstanceUid = getString(series, TAG.SeriesInstanceUID);
      for (const sop of getItems(series, TAG.ReferencedSOPSequence)) {
        const sopInstanceUid = getString(sop, TAG.ReferencedSOPInstanceUID);
        if (studyInstanceUid && seriesInstanceUid && sopInstanceUid) {
          located.set(sopInstanceUid, { studyInstanceUid, seriesInstanceUid, sopInstanceUid });
        }
      }
    }
  }
  const content = getItems(kos, TAG.ContentSequence).filter((item) => getString(item, TAG.ValueType) === 'IMAGE');
  // Without a content tree, every referenced instance counts as selected.
  if (content.length === 0) return [...located.values()];
  const selected = content
    .flatMap((item) => getItems(item, TAG.ReferencedSOPSequence))
    .map((sop) => located.get(getString(sop, TAG.ReferencedSOPInstanceUID) ?? ''))
    .filter((ref) => ref !== undefined);
  return [...new Map(selected.map((ref) => [ref.sopInstanceUid, ref])).values()];
}
