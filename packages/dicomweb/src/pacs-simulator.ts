// A stand-in for the hospital PACS: generates DICOM studies at start and serves them over
// DICOMweb (QIDO-RS, WADO-RS metadata / frames / rendered) on a loopback port.
import type { SimulatorRequest } from '@xinglin/sim-http';
import type { InstanceRef } from './refs';
import { createPacsHandler, SERVICE_PREFIX, type PacsResponse } from './simulator/handler';
import { serveOnLoopback } from './simulator/serve';
import { PacsStore } from './simulator/store';
import { generateStudy, type StudyKind, type StudySpec } from './synth/studies';

export interface PacsPatient {
  patientId: string;
  /** DICOM person name, e.g. "张^三" or "Zhang^San". */
  patientName: string;
}

export interface PacsSimulatorOptions {
  /** Each patient gets a chest CR, a 3-slice chest CT and an abdominal ultrasound. */
  patients?: PacsPatient[];
  /** Exact studies to generate, in addition to the patients' default ones. */
  studies?: StudySpec[];
  /** 0 (default) picks a free port. */
  port?: number;
  /** Interface to listen on; loopback (127.0.0.1) by default. */
  host?: string;
}

export interface SimulatedStudy {
  studyInstanceUid: string;
  patientId: string;
  modality: StudyKind;
  /** The image a KOS document in the study flags as key. */
  keyImage: InstanceRef;
}

export interface PacsSimulator {
  /** DICOMweb service root to give createDicomWebClient, e.g. "http://127.0.0.1:53211/dicom-web". */
  url: string;
  close(): Promise<void>;
  /** Studies generated for a patient, oldest first. */
  studiesFor(patientId: string): SimulatedStudy[];
  addStudy(spec: StudySpec): SimulatedStudy;
  /** Archives any Part 10 file, as a modality's C-STORE would. */
  storeInstance(part10: ArrayBuffer): InstanceRef;
  /** The request handler without HTTP, for tests. */
  handle(req: SimulatorRequest): PacsResponse;
}

/** The patient the simulator serves when given none, so `dev` has something to show. */
export const DEMO_PATIENT: PacsPatient = { patientId: 'DEMO0001', patientName: '演示^患者' };

const DEFAULT_KINDS: StudyKind[] = ['CR', 'CT', 'US'];

export async function createPacsSimulator(options: PacsSimulatorOptions = {}): Promise<PacsSimulator> {
  const store = new PacsStore();
  const generated: SimulatedStudy[] = [];

  function addStudy(spec: StudySpec): SimulatedStudy {
    const study = generateStudy(spec);
    for (const file of study.files) store.add(file);
    const summary = { studyInstanceUid: study.studyInstanceUid, patientId: spec.patientId, modality: spec.kind, keyImage: study.keyImage };
    generated.push(summary);
    return summary;
  }

  const patients = options.patients ?? (options.studies ? [] : [DEMO_PATIENT]);
  for (const patient of patients) for (const kind of DEFAULT_KINDS) addStudy({ ...patient, kind });
  for (const spec of options.studies ?? []) addStudy(spec);

  const handle = createPacsHandler(store);
  const server = await serveOnLoopback(handle, options.port, options.host);
  return {
    url: `${server.url}${SERVICE_PREFIX}`,
    close: () => server.close(),
    studiesFor: (patientId) => generated.filter((s) => s.patientId === patientId),
    addStudy,
    storeInstance: (part10) => store.add(part10),
    handle,
  };
}
