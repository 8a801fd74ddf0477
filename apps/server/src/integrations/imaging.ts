import { createDicomWebClient, createPacsSimulator, type DicomWebClient, type PacsSimulator, type StudySpec } from '@xinglin/dicomweb';
import type { Config } from '../config';

export interface ImagingIntegration {
  /** The hospital PACS over DICOMweb; null when none is configured (the image routes then answer 503). */
  dicomweb: DicomWebClient | null;
  /** Present only while simulators are on. */
  simulator: PacsSimulator | null;
  close(): Promise<void>;
}

/**
 * The studies the simulator PACS holds for the demo family (db/seed-patients.ts): the PACS knows patients by
 * their medical card number, and the demo imaging report (modules/reports/seed-demo.ts) is linked to the chest
 * CT by its accession number, because the simulator makes new study UIDs at every start.
 */
export const DEMO_PACS_STUDIES: StudySpec[] = [
  { patientId: 'XL20240001', patientName: '张^伟', kind: 'CT', accessionNumber: 'XLCT20261101001', description: '胸部CT平扫', studyDate: '20261101' },
  { patientId: 'XL20240001', patientName: '张^伟', kind: 'CR', accessionNumber: 'XLCR20250910001', description: '胸部正位片', studyDate: '20250910' },
];

export async function createImaging(config: Config): Promise<ImagingIntegration> {
  const { dicomwebUrl, timeoutMs } = config.imaging;
  if (dicomwebUrl) return { dicomweb: createDicomWebClient({ baseUrl: dicomwebUrl, timeoutMs }), simulator: null, close: async () => undefined };
  if (!config.simulators) return { dicomweb: null, simulator: null, close: async () => undefined };
  const simulator = await createPacsSimulator({ studies: DEMO_PACS_STUDIES });
  return { dicomweb: createDicomWebClient({ baseUrl: simulator.url, timeoutMs }), simulator, close: () => simulator.close() };
}
