// dcmjs ships no type declarations; this declares only the part of dcmjs.data this package uses.
declare module 'dcmjs' {
  /** One element in dcmjs's dictionary form, which is the DICOM JSON model plus raw values. */
  export interface DcmjsElement {
    vr: string;
    Value?: unknown[];
  }
  export type DcmjsDict = Record<string, DcmjsElement>;

  export class DicomDict {
    meta: DcmjsDict;
    dict: DcmjsDict;
    write(): ArrayBuffer;
  }

  export interface DcmjsData {
    /** Builds a Part 10 file (explicit VR little endian unless dataset._meta says otherwise). */
    datasetToDict(dataset: Record<string, unknown>): DicomDict;
    DicomMessage: {
      readFile(buffer: ArrayBuffer, options?: { ignoreErrors?: boolean }): DicomDict;
    };
    DicomMetaDictionary: {
      naturalizeDataset(dict: DcmjsDict): Record<string, unknown>;
    };
  }

  const dcmjs: { data: DcmjsData };
  export default dcmjs;
}
