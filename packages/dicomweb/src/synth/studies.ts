// Builds small but complete DICOM Part 10 studies with dcmjs: image series plus a Key Object
// Selection (KOS) document that flags one image as the key image, as a radiologist would.
import dcmjs from 'dcmjs';
import { randomUUID } from 'node:crypto';
import { SOP_CLASS } from '../dicom-json';
import type { InstanceRef } from '../refs';
import { chestRadiograph, ctSlice, ultrasound, type SyntheticImage } from './pixels';

export type StudyKind = 'CR' | 'CT' | 'US';

export interface StudySpec {
  patientId: string;
  /** DICOM person name, "Family^Given" or a plain Chinese name. */
  patientName: string;
  kind: StudyKind;
  /** YYYYMMDD; today (UTC) by default. */
  studyDate?: string;
  description?: string;
  accessionNumber?: string;
}

export interface GeneratedStudy {
  studyInstanceUid: string;
  /** Part 10 files: the images, then the KOS. */
  files: ArrayBuffer[];
  keyImage: InstanceRef;
}

/** A UID under the 2.25 root (PS3.5 §B.2): a UUID as one decimal number; needs no registered org root. */
export function newUid(): string {
  return `2.25.${BigInt(`0x${randomUUID().replaceAll('-', '')}`).toString()}`;
}

const KIND = {
  CR: { sopClass: SOP_CLASS.ComputedRadiographyImage, description: '胸部正位片', series: '胸部 PA' },
  CT: { sopClass: SOP_CLASS.CTImage, description: '胸部 CT 平扫', series: '轴位 5mm' },
  US: { sopClass: SOP_CLASS.UltrasoundImage, description: '腹部超声', series: '肝脏' },
} as const;

function imagesFor(kind: StudyKind): SyntheticImage[] {
  if (kind === 'CR') return [chestRadiograph()];
  if (kind === 'CT') return [0, 1, 2].map((slice) => ctSlice(slice));
  return [ultrasound()];
}

const today = (): string => new Date().toISOString().slice(0, 10).replaceAll('-', '');

function imageModule(image: SyntheticImage): Record<string, unknown> {
  return {
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    Rows: image.rows,
    Columns: image.columns,
    BitsAllocated: image.bitsAllocated,
    BitsStored: image.bitsStored,
    HighBit: image.bitsStored - 1,
    PixelRepresentation: 0,
    WindowCenter: image.windowCenter,
    WindowWidth: image.windowWidth,
    ...(image.rescaleSlope === undefined
      ? {}
      : { RescaleIntercept: image.rescaleIntercept ?? 0, RescaleSlope: image.rescaleSlope, RescaleType: 'HU' }),
    PixelData: [image.pixels.buffer.slice(image.pixels.byteOffset, image.pixels.byteOffset + image.pixels.byteLength)],
  };
}

function write(dataset: Record<string, unknown>): ArrayBuffer {
  // Explicit VR little endian; OW for 16-bit pixel data, OB for 8-bit (PS3.5 §8.2).
  return dcmjs.data.datasetToDict({ _meta: {}, ...dataset }).write();
}

export function generateStudy(spec: StudySpec): GeneratedStudy {
  const kind = KIND[spec.kind];
  const studyInstanceUid = newUid();
  const seriesInstanceUid = newUid();
  const studyDate = spec.studyDate ?? today();
  const common = {
    SpecificCharacterSet: 'ISO_IR 192', // UTF-8, for Chinese names
    PatientName: spec.patientName,
    PatientID: spec.patientId,
    StudyInstanceUID: studyInstanceUid,
    StudyDate: studyDate,
    StudyTime: '090000',
    AccessionNumber: spec.accessionNumber ?? `A${studyDate}${Math.floor(Math.random() * 1e5)}`,
    StudyID: '1',
    StudyDescription: spec.description ?? kind.description,
  };
  const images = imagesFor(spec.kind);
  const refs: InstanceRef[] = [];
  const files = images.map((image, index) => {
    const sopInstanceUid = newUid();
    refs.push({ studyInstanceUid, seriesInstanceUid, sopInstanceUid });
    return write({
      ...common,
      _vrMap: { PixelData: image.bitsAllocated === 16 ? 'OW' : 'OB' },
      SOPClassUID: kind.sopClass,
      SOPInstanceUID: sopInstanceUid,
      Modality: spec.kind,
      SeriesInstanceUID: seriesInstanceUid,
      SeriesNumber: 1,
      SeriesDescription: kind.series,
      InstanceNumber: index + 1,
      ...(spec.kind === 'CT' ? { ImagePositionPatient: [0, 0, index * 5], SliceThickness: 5 } : {}),
      ...imageModule(image),
    });
  });
  // The middle image is the key one: for the CT that is the slice a reader would pick first.
  const keyImage = refs[Math.floor(refs.length / 2)] as InstanceRef;
  files.push(write({ ...common, ...keyObjectSelection(keyImage, kind.sopClass) }));
  return { studyInstanceUid, files, keyImage };
}

/** A KOS "Of Interest" (DCM 113000) document referencing one image (PS3.3 A.35.4, TID 2010). */
function keyObjectSelection(key: InstanceRef, imageSopClass: string): Record<string, unknown> {
  const referenced = { ReferencedSOPClassUID: imageSopClass, ReferencedSOPInstanceUID: key.sopInstanceUid };
  return {
    SOPClassUID: SOP_CLASS.KeyObjectSelectionDocument,
    SOPInstanceUID: newUid(),
    Modality: 'KO',
    SeriesInstanceUID: newUid(),
    SeriesNumber: 99,
    SeriesDescription: '关键图像',
    InstanceNumber: 1,
    ValueType: 'CONTAINER',
    ContinuityOfContent: 'SEPARATE',
    ConceptNameCodeSequence: [{ CodeValue: '113000', CodingSchemeDesignator: 'DCM', CodeMeaning: 'Of Interest' }],
    ContentSequence: [{ RelationshipType: 'CONTAINS', ValueType: 'IMAGE', ReferencedSOPSequence: [referenced] }],
    CurrentRequestedProcedureEvidenceSequence: [
      {
        StudyInstanceUID: key.studyInstanceUid,
        ReferencedSeriesSequence: [{ SeriesInstanceUID: key.seriesInstanceUid, ReferencedSOPSequence: [referenced] }],
      },
    ],
  };
}
