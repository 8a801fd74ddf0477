// What the client makes of a QIDO-RS study result.
import { TAG, getNumber, getString, getStrings, type DicomJsonDataset } from './dicom-json';

/** QIDO-RS study match keys this client sends; values follow PS3.4 §C.2.2.2 matching. */
export interface StudyQuery {
  PatientID?: string;
  StudyInstanceUID?: string;
  StudyDate?: string;
  AccessionNumber?: string;
  ModalitiesInStudy?: string;
  limit?: number;
  offset?: number;
}

export interface StudySummary {
  studyInstanceUid: string;
  patientId?: string;
  patientName?: string;
  studyDate?: string;
  studyDescription?: string;
  accessionNumber?: string;
  modalities: string[];
  numberOfInstances?: number;
  /** The QIDO result as received. */
  dataset: DicomJsonDataset;
}

export function toSummary(ds: DicomJsonDataset): StudySummary | undefined {
  const studyInstanceUid = getString(ds, TAG.StudyInstanceUID);
  if (!studyInstanceUid) return undefined;
  return {
    studyInstanceUid,
    patientId: getString(ds, TAG.PatientID),
    patientName: getString(ds, TAG.PatientName),
    studyDate: getString(ds, TAG.StudyDate),
    studyDescription: getString(ds, TAG.StudyDescription),
    accessionNumber: getString(ds, TAG.AccessionNumber),
    modalities: getStrings(ds, TAG.ModalitiesInStudy),
    numberOfInstances: getNumber(ds, TAG.NumberOfStudyRelatedInstances),
    dataset: ds,
  };
}
