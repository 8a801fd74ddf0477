/** Names one DICOM instance: the three UIDs every WADO-RS instance URL needs. */
export interface InstanceRef {
  studyInstanceUid: string;
  seriesInstanceUid: string;
  sopInstanceUid: string;
}
