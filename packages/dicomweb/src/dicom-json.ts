// The DICOM JSON model (PS3.18 Annex F): what QIDO-RS and WADO-RS metadata answer with.
// Keys are 8-digit upper-case hex tags; values are always arrays.

export interface DicomJsonElement {
  vr: string;
  Value?: unknown[];
  BulkDataURI?: string;
  InlineBinary?: string;
}
export type DicomJsonDataset = Record<string, DicomJsonElement>;

/** The tags this package reads or writes, by keyword. */
export const TAG = {
  SOPClassUID: '00080016',
  SOPInstanceUID: '00080018',
  StudyDate: '00080020',
  StudyTime: '00080030',
  AccessionNumber: '00080050',
  Modality: '00080060',
  ModalitiesInStudy: '00080061',
  StudyDescription: '00081030',
  SeriesDescription: '0008103E',
  ReferencedSeriesSequence: '00081115',
  ReferencedSOPClassUID: '00081150',
  ReferencedSOPInstanceUID: '00081155',
  ReferencedSOPSequence: '00081199',
  PatientName: '00100010',
  PatientID: '00100020',
  PatientBirthDate: '00100030',
  PatientSex: '00100040',
  StudyInstanceUID: '0020000D',
  SeriesInstanceUID: '0020000E',
  StudyID: '00200010',
  SeriesNumber: '00200011',
  InstanceNumber: '00200013',
  NumberOfStudyRelatedSeries: '00201206',
  NumberOfStudyRelatedInstances: '00201208',
  NumberOfSeriesRelatedInstances: '00201209',
  NumberOfFrames: '00280008',
  Rows: '00280010',
  Columns: '00280011',
  WindowCenter: '00281050',
  WindowWidth: '00281051',
  ValueType: '0040A040',
  ConceptNameCodeSequence: '0040A043',
  CurrentRequestedProcedureEvidenceSequence: '0040A375',
  ContentSequence: '0040A730',
  PixelData: '7FE00010',
} as const;
export type TagKeyword = keyof typeof TAG;

export const SOP_CLASS = {
  ComputedRadiographyImage: '1.2.840.10008.5.1.4.1.1.1',
  CTImage: '1.2.840.10008.5.1.4.1.1.2',
  UltrasoundImage: '1.2.840.10008.5.1.4.1.1.6.1',
  KeyObjectSelectionDocument: '1.2.840.10008.5.1.4.1.1.88.59',
} as const;

function first(ds: DicomJsonDataset, tag: string): unknown {
  return ds[tag]?.Value?.[0];
}

/** First value as a string; person names give their Alphabetic form ("Family^Given"). */
export function getString(ds: DicomJsonDataset, tag: string): string | undefined {
  const value = first(ds, tag);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && 'Alphabetic' in value) {
    const alphabetic = (value as { Alphabetic?: unknown }).Alphabetic;
    return typeof alphabetic === 'string' ? alphabetic : undefined;
  }
  return undefined;
}

/** All values as strings (multi-valued CS such as ModalitiesInStudy). */
export function getStrings(ds: DicomJsonDataset, tag: string): string[] {
  return (ds[tag]?.Value ?? []).filter((v): v is string => typeof v === 'string');
}

/** First value as a number; IS and DS may arrive as JSON numbers or numeric strings. */
export function getNumber(ds: DicomJsonDataset, tag: string): number | undefined {
  const value = first(ds, tag);
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/** Items of a sequence (SQ) element. */
export function getItems(ds: DicomJsonDataset, tag: string): DicomJsonDataset[] {
  return (ds[tag]?.Value ?? []).filter((v): v is DicomJsonDataset => typeof v === 'object' && v !== null);
}
