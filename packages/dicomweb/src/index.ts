// @xinglin/dicomweb: a DICOMweb client for a hospital PACS, and a simulator PACS to develop against.
// dcmjs ships no types; the reference carries our declaration into every program that imports this package.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module cannot be imported
/// <reference path="./dcmjs.d.ts" />
export {
  createDicomWebClient,
  type DicomWebClient,
  type DicomWebClientOptions,
  type RenderedImage,
  type RenderOptions,
  type StudyQuery,
  type StudySummary,
} from './client';
export type { CallOptions } from './http';
export { DicomWebError, type DicomWebErrorCode } from './errors';
export type { InstanceRef } from './refs';
export {
  SOP_CLASS,
  TAG,
  getItems,
  getNumber,
  getString,
  getStrings,
  type DicomJsonDataset,
  type DicomJsonElement,
} from './dicom-json';
export { keyImagesFromKos } from './key-images';
export {
  createPacsSimulator,
  DEMO_PATIENT,
  type PacsPatient,
  type PacsSimulator,
  type PacsSimulatorOptions,
  type SimulatedStudy,
} from './pacs-simulator';
export { generateStudy, type GeneratedStudy, type StudyKind, type StudySpec } from './synth/studies';
export { renderPng, toGrey8, type GreyFrame, type VoiWindow } from './render';
