// Turns what dcmjs reads from a Part 10 file into the DICOM JSON model the simulator serves,
// and cuts native pixel data into frames.
import type { DcmjsDict } from 'dcmjs';
import { TAG, getNumber, getString, type DicomJsonDataset, type DicomJsonElement } from '../dicom-json';
import type { GreyFrame } from '../render';

/** Where a binary element can be fetched, or undefined to inline it as base64. */
export type BulkDataUriFor = (tag: string) => string | undefined;

function convertElement(element: DcmjsDict[string], tag: string, bulkUri: BulkDataUriFor, nested: boolean): DicomJsonElement {
  const values = element.Value ?? [];
  if (values.some((v) => v instanceof ArrayBuffer)) {
    const uri = nested ? undefined : bulkUri(tag);
    if (uri) return { vr: element.vr, BulkDataURI: uri };
    const bytes = Buffer.concat(values.map((v) => Buffer.from(v as ArrayBuffer)));
    return { vr: element.vr, InlineBinary: bytes.toString('base64') };
  }
  if (element.vr === 'SQ') {
    return { vr: 'SQ', Value: values.map((item) => convertDict(item as DcmjsDict, bulkUri, true)) };
  }
  // PS3.18 §F.2.5: an empty element has no Value at all; dcmjs may carry [""] for it.
  const kept = values.filter((v) => v !== '' && v !== null && v !== undefined);
  return kept.length > 0 ? { vr: element.vr, Value: kept } : { vr: element.vr };
}

function convertDict(dict: DcmjsDict, bulkUri: BulkDataUriFor, nested: boolean): DicomJsonDataset {
  const out: DicomJsonDataset = {};
  for (const tag of Object.keys(dict).sort()) {
    const element = dict[tag];
    if (element) out[tag] = convertElement(element, tag, bulkUri, nested);
  }
  return out;
}

export function toDicomJson(dict: DcmjsDict, bulkUri: BulkDataUriFor): DicomJsonDataset {
  return convertDict(dict, bulkUri, false);
}

const frameCount = (ds: DicomJsonDataset): number => getNumber(ds, TAG.NumberOfFrames) ?? 1;

/** Native pixel frames of an instance (empty for documents such as the KOS). */
export function framesOf(dict: DcmjsDict): GreyFrame[] {
  const pixelValues = dict[TAG.PixelData]?.Value ?? [];
  if (pixelValues.length === 0) return [];
  const ds = toDicomJson(dict, () => 'omitted');
  const rows = getNumber(ds, TAG.Rows) ?? 0;
  const columns = getNumber(ds, TAG.Columns) ?? 0;
  const bitsAllocated = getNumber(ds, '00280100') ?? 16;
  const samples = getNumber(ds, '00280002') ?? 1;
  const all = Buffer.concat(pixelValues.map((v) => Buffer.from(v as ArrayBuffer)));
  const frameBytes = (rows * columns * samples * bitsAllocated) / 8;
  return Array.from({ length: frameCount(ds) }, (_, i) => ({
    rows,
    columns,
    bitsAllocated,
    pixelRepresentation: getNumber(ds, '00280103') ?? 0,
    photometricInterpretation: getString(ds, '00280004') ?? 'MONOCHROME2',
    bytes: new Uint8Array(all.subarray(i * frameBytes, (i + 1) * frameBytes)),
    rescaleSlope: getNumber(ds, '00281053') ?? 1,
    rescaleIntercept: getNumber(ds, '00281052') ?? 0,
  }));
}
