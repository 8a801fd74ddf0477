import dcmjs from 'dcmjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAG, getString, type DicomJsonDataset } from '../dicom-json';
import { parseMultipartRelated } from '../multipart';
import { createPacsSimulator, type PacsSimulator } from '../pacs-simulator';
import { generateStudy } from '../synth/studies';

let pacs: PacsSimulator;
beforeAll(async () => {
  pacs = await createPacsSimulator({
    studies: [
      { patientId: 'P7', patientName: 'Old^Film', kind: 'CR', studyDate: '20240105' },
      { patientId: 'P7', patientName: 'Old^Film', kind: 'US', studyDate: '20260310' },
    ],
  });
});
afterAll(() => pacs.close());

const get = (path: string, accept?: string) => fetch(`${pacs.url}${path}`, { headers: accept ? { accept } : {} });
const search = async (query: string) => ((await (await get(`/studies?${query}`)).json()) as DicomJsonDataset[]).map((s) => getString(s, TAG.StudyDate));

describe('PACS simulator archive', () => {
  it('matches study dates exactly and by open or closed range', async () => {
    expect(await search('StudyDate=20240105')).toEqual(['20240105']);
    expect(await search('StudyDate=20250101-')).toEqual(['20260310']);
    expect(await search('StudyDate=-20250101')).toEqual(['20240105']);
    expect(await search('StudyDate=20240101-20261231')).toHaveLength(2);
  });

  it('returns a whole instance as multipart application/dicom that dcmjs reads back', async () => {
    const { keyImage } = pacs.studiesFor('P7')[0]!;
    const path = `/studies/${keyImage.studyInstanceUid}/series/${keyImage.seriesInstanceUid}/instances/${keyImage.sopInstanceUid}`;
    const res = await get(path, 'multipart/related; type="application/dicom"');
    expect(res.status).toBe(200);
    const [part] = parseMultipartRelated(new Uint8Array(await res.arrayBuffer()), res.headers.get('content-type')!);
    expect(part!.headers['content-type']).toBe('application/dicom');
    const { dict } = dcmjs.data.DicomMessage.readFile(part!.body.slice().buffer);
    expect(dict[TAG.SOPInstanceUID]?.Value).toEqual([keyImage.sopInstanceUid]);
    expect((await get(path, 'application/json')).status).toBe(406);

    const bulk = await get(`${path}/bulkdata/7FE00010`, 'multipart/related; type="application/octet-stream"');
    const [pixels] = parseMultipartRelated(new Uint8Array(await bulk.arrayBuffer()), bulk.headers.get('content-type')!);
    expect(pixels!.body.byteLength).toBe(256 * 256 * 2);
  });

  it('archives Part 10 files it is given and serves them like its own', async () => {
    const outside = generateStudy({ patientId: 'P8', patientName: 'New^Arrival', kind: 'US' });
    for (const file of outside.files) pacs.storeInstance(file);
    expect(await search('PatientID=P8')).toHaveLength(1);
    const metadata = (await (await get(`/studies/${outside.studyInstanceUid}/metadata`)).json()) as DicomJsonDataset[];
    expect(metadata).toHaveLength(2);
    expect(() => pacs.storeInstance(new ArrayBuffer(200))).toThrow();
  });

  it('refuses to render or cut frames from a document without pixel data', async () => {
    const kos = ((await (await get(`/studies?PatientID=P7&limit=1`)).json()) as DicomJsonDataset[])[0]!;
    const studyUid = getString(kos, TAG.StudyInstanceUID)!;
    const series = (await (await get(`/studies/${studyUid}/series?Modality=KO`)).json()) as DicomJsonDataset[];
    const seriesUid = getString(series[0]!, TAG.SeriesInstanceUID)!;
    const [instance] = (await (await get(`/studies/${studyUid}/series/${seriesUid}/instances`)).json()) as DicomJsonDataset[];
    const path = `/studies/${studyUid}/series/${seriesUid}/instances/${getString(instance!, TAG.SOPInstanceUID)}`;
    expect((await get(`${path}/rendered`)).status).toBe(400);
    expect((await get(`${path}/frames/1`)).status).toBe(400);
  });
});
