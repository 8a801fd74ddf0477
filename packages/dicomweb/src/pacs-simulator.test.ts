import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAG, getString, getStrings, type DicomJsonDataset } from './dicom-json';
import { parseMultipartRelated } from './multipart';
import { createPacsSimulator, type PacsSimulator } from './pacs-simulator';

let pacs: PacsSimulator;
beforeAll(async () => {
  pacs = await createPacsSimulator({
    patients: [
      { patientId: 'P001', patientName: '张^三' },
      { patientId: 'P002', patientName: '李^四' },
    ],
  });
});
afterAll(() => pacs.close());

const get = (path: string, accept?: string) => fetch(`${pacs.url}${path}`, { headers: accept ? { accept } : {} });
const getJson = async (path: string) => {
  const res = await get(path, 'application/dicom+json');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/dicom+json');
  return (await res.json()) as DicomJsonDataset[];
};
const instancePath = (ref: { studyInstanceUid: string; seriesInstanceUid: string; sopInstanceUid: string }) =>
  `/studies/${ref.studyInstanceUid}/series/${ref.seriesInstanceUid}/instances/${ref.sopInstanceUid}`;

describe('PACS simulator over HTTP: QIDO-RS', () => {
  it('finds only the studies of the PatientID asked for, with study-level attributes', async () => {
    const studies = await getJson('/studies?PatientID=P001');
    expect(studies).toHaveLength(3);
    expect(new Set(studies.map((s) => getString(s, TAG.PatientID)))).toEqual(new Set(['P001']));
    expect(studies.flatMap((s) => getStrings(s, TAG.ModalitiesInStudy)).sort()).toEqual(['CR', 'CT', 'KO', 'KO', 'KO', 'US']);
    const ct = studies.find((s) => getStrings(s, TAG.ModalitiesInStudy).includes('CT'))!;
    expect(ct[TAG.NumberOfStudyRelatedInstances]?.Value).toEqual([4]);
    expect(getString(ct, TAG.PatientName)).toBe('张^三');
    expect(pacs.studiesFor('P001').map((s) => s.studyInstanceUid).sort()).toEqual(
      studies.map((s) => getString(s, TAG.StudyInstanceUID)).sort(),
    );
  });

  it('answers an empty array for an unknown patient, and matches by keyword, tag, wildcard and limit', async () => {
    expect(await getJson('/studies?PatientID=NOBODY')).toEqual([]);
    expect(await getJson('/studies?00100020=P002')).toHaveLength(3);
    expect(await getJson('/studies?PatientName=李*')).toHaveLength(3);
    expect(await getJson('/studies?PatientID=P00?&ModalitiesInStudy=CT')).toHaveLength(2);
    expect(await getJson('/studies?limit=2&offset=1')).toHaveLength(2);
    expect((await get('/studies?Bogus=1')).status).toBe(400);
    expect((await get('/studies?limit=-1')).status).toBe(400);
  });

  it('lists series and instances of a study', async () => {
    const [cr] = pacs.studiesFor('P002');
    const series = await getJson(`/studies/${cr!.studyInstanceUid}/series`);
    expect(series.map((s) => getString(s, TAG.Modality)).sort()).toEqual(['CR', 'KO']);
    const kos = await getJson(`/studies/${cr!.studyInstanceUid}/series?Modality=KO`);
    expect(kos).toHaveLength(1);
    const instances = await getJson(`/studies/${cr!.studyInstanceUid}/instances`);
    expect(instances).toHaveLength(2);
  });
});

describe('PACS simulator over HTTP: WADO-RS', () => {
  it('serves study metadata in the DICOM JSON model with pixel data as a bulk data URI', async () => {
    const ct = pacs.studiesFor('P001').find((s) => s.modality === 'CT')!;
    const metadata = await getJson(`/studies/${ct.studyInstanceUid}/metadata`);
    expect(metadata).toHaveLength(4);
    const image = metadata.find((ds) => getString(ds, TAG.SOPInstanceUID) === ct.keyImage.sopInstanceUid)!;
    expect(image[TAG.StudyInstanceUID]).toEqual({ vr: 'UI', Value: [ct.studyInstanceUid] });
    expect(image[TAG.Modality]).toEqual({ vr: 'CS', Value: ['CT'] });
    expect(image[TAG.PatientName]).toEqual({ vr: 'PN', Value: [{ Alphabetic: '张^三' }] });
    expect(image[TAG.Rows]).toEqual({ vr: 'US', Value: [128] });
    expect(image[TAG.PixelData]).toEqual({ vr: 'OW', BulkDataURI: `${pacs.url}${instancePath(ct.keyImage)}/bulkdata/7FE00010` });
    expect(JSON.stringify(metadata)).not.toContain('_rawValue');
  });

  it('renders a windowed PNG of the image size that is not blank', async () => {
    const cr = pacs.studiesFor('P001').find((s) => s.modality === 'CR')!;
    const res = await get(`${instancePath(cr.keyImage)}/rendered`, 'image/png');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = PNG.sync.read(Buffer.from(await res.arrayBuffer()));
    expect([png.width, png.height]).toEqual([256, 256]);
    const greys = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4) greys.add(png.data[i]!);
    expect(greys.size).toBeGreaterThan(20);
  });

  it('serves raw frames as multipart/related octet-stream of rows × columns × 2 bytes', async () => {
    const ct = pacs.studiesFor('P002').find((s) => s.modality === 'CT')!;
    const res = await get(`${instancePath(ct.keyImage)}/frames/1`, 'multipart/related; type="application/octet-stream"');
    const contentType = res.headers.get('content-type')!;
    expect(contentType).toMatch(/^multipart\/related; type="application\/octet-stream"; boundary=/);
    const parts = parseMultipartRelated(new Uint8Array(await res.arrayBuffer()), contentType);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.body.byteLength).toBe(128 * 128 * 2);
    expect((await get(`${instancePath(ct.keyImage)}/frames/2`)).status).toBe(404);
    expect((await get(`${instancePath(ct.keyImage)}/frames/0`)).status).toBe(400);
  });

  it('answers 404 for unknown UIDs at every level and 406 for media types it cannot make', async () => {
    const us = pacs.studiesFor('P001').find((s) => s.modality === 'US')!;
    const key = us.keyImage;
    expect((await get('/studies/1.2.3/metadata')).status).toBe(404);
    expect((await get(`/studies/${key.studyInstanceUid}/series/1.2.3/metadata`)).status).toBe(404);
    expect((await get(`/studies/${key.studyInstanceUid}/series/${key.seriesInstanceUid}/instances/1.2.3/rendered`)).status).toBe(404);
    expect((await get(`${instancePath(key)}/nonsense`)).status).toBe(404);
    expect((await fetch(`${pacs.url.replace('/dicom-web', '')}/studies`)).status).toBe(404);
    expect((await get(`${instancePath(key)}/rendered`, 'image/jpeg')).status).toBe(406);
    expect((await get(`${instancePath(key)}/rendered?window=1,0`)).status).toBe(400);
    expect((await get(`${instancePath(key)}/rendered?viewport=0,10`)).status).toBe(400);
    expect((await fetch(`${pacs.url}/studies`, { method: 'POST' })).status).toBe(405);
    expect((await get('/studies/%E0%A4%A/metadata')).status).toBe(400);
  });
});
