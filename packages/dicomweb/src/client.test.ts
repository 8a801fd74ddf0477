import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDicomWebClient } from './client';
import { TAG, getString } from './dicom-json';
import { DicomWebError } from './errors';
import { createPacsSimulator, type PacsSimulator } from './pacs-simulator';

let pacs: PacsSimulator;
beforeAll(async () => {
  pacs = await createPacsSimulator({
    patients: [{ patientId: 'P001', patientName: '张^三' }],
    studies: [{ patientId: 'P002', patientName: '李^四', kind: 'CT', studyDate: '20261101', description: '复查' }],
  });
});
afterAll(() => pacs.close());

const client = () => createDicomWebClient({ baseUrl: `${pacs.url}/`, timeoutMs: 5000 });

async function rejection(promise: Promise<unknown>): Promise<DicomWebError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DicomWebError);
  return error as DicomWebError;
}

describe('DICOMweb client against the simulator over HTTP', () => {
  it('lists a patient’s studies with summaries and nobody else’s', async () => {
    const studies = await client().studiesForPatient('P002');
    expect(studies).toHaveLength(1);
    expect(studies[0]).toMatchObject({
      studyInstanceUid: pacs.studiesFor('P002')[0]!.studyInstanceUid,
      patientId: 'P002',
      patientName: '李^四',
      studyDate: '20261101',
      studyDescription: '复查',
      numberOfInstances: 4,
    });
    expect(studies[0]!.modalities.sort()).toEqual(['CT', 'KO']);
    expect(await client().studiesForPatient('P404')).toEqual([]);
    expect(await client().searchStudies({ PatientID: 'P001', ModalitiesInStudy: 'US' })).toHaveLength(1);
  });

  it('finds the key image through the KOS and fetches it rendered and raw', async () => {
    const ct = pacs.studiesFor('P002')[0]!;
    const keys = await client().findKeyImages(ct.studyInstanceUid);
    expect(keys).toEqual([ct.keyImage]);

    const rendered = await client().retrieveRendered(keys[0]!);
    expect(rendered.contentType).toBe('image/png');
    const png = PNG.sync.read(Buffer.from(rendered.data));
    expect([png.width, png.height]).toEqual([128, 128]);

    const thumb = PNG.sync.read(Buffer.from((await client().retrieveRendered(keys[0]!, { viewport: { width: 64, height: 64 } })).data));
    expect([thumb.width, thumb.height]).toEqual([64, 64]);

    const [frame] = await client().retrieveFrames(keys[0]!);
    expect(frame!.byteLength).toBe(128 * 128 * 2);

    // A narrow window on air (-1000 HU) turns the whole body white; the default window does not.
    const airWindow = await client().retrieveRendered(keys[0]!, { window: { center: -1000, width: 10 } });
    expect(Buffer.compare(Buffer.from(airWindow.data), Buffer.from(rendered.data))).not.toBe(0);
  });

  it('reads study and instance metadata with the identifying tags', async () => {
    const us = pacs.studiesFor('P001').find((s) => s.modality === 'US')!;
    const metadata = await client().retrieveStudyMetadata(us.studyInstanceUid);
    expect(metadata.map((ds) => getString(ds, TAG.Modality)).sort()).toEqual(['KO', 'US']);
    const one = await client().retrieveInstanceMetadata(us.keyImage);
    expect(getString(one, TAG.SOPInstanceUID)).toBe(us.keyImage.sopInstanceUid);
    expect(getString(one, TAG.StudyInstanceUID)).toBe(us.studyInstanceUid);
    expect(await client().searchInstances(us.studyInstanceUid)).toHaveLength(2);
  });

  it('turns PACS refusals into coded errors that do not name the PACS host', async () => {
    const missing = await rejection(client().retrieveStudyMetadata('1.2.3.4'));
    expect(missing).toMatchObject({ code: 'not_found', status: 404 });
    expect(missing.message).not.toContain('127.0.0.1');

    const key = pacs.studiesFor('P001')[0]!.keyImage;
    expect(await rejection(client().retrieveRendered({ ...key, sopInstanceUid: '9.9' }))).toMatchObject({ code: 'not_found' });
    expect(await rejection(client().retrieveRendered(key, { accept: 'image/jpeg' }))).toMatchObject({ code: 'not_acceptable', status: 406 });
    expect(await rejection(client().retrieveFrames(key, [2]))).toMatchObject({ code: 'not_found' });
  });
});

describe('DICOMweb client input checks and failures', () => {
  const fakeFetch = (res: () => Response) => createDicomWebClient({ baseUrl: 'http://pacs.invalid/rs', fetch: () => Promise.resolve(res()) });

  it('refuses non-UIDs and wildcard patient IDs before sending anything', async () => {
    let calls = 0;
    const c = createDicomWebClient({ baseUrl: 'http://pacs.invalid', fetch: () => (calls++, Promise.reject(new Error('sent'))) });
    expect(await rejection(c.retrieveStudyMetadata('../../admin'))).toMatchObject({ code: 'bad_request' });
    expect(await rejection(c.retrieveRendered({ studyInstanceUid: '1.2', seriesInstanceUid: '1.2?x=', sopInstanceUid: '1' }))).toMatchObject({ code: 'bad_request' });
    expect(await rejection(c.studiesForPatient('P*'))).toMatchObject({ code: 'bad_request' });
    expect(await rejection(c.retrieveFrames({ studyInstanceUid: '1', seriesInstanceUid: '2', sopInstanceUid: '3' }, [0]))).toMatchObject({ code: 'bad_request' });
    expect(calls).toBe(0);
  });

  it('drops studies of other patients when a PACS ignores the PatientID filter', async () => {
    const body = JSON.stringify([
      { [TAG.StudyInstanceUID]: { vr: 'UI', Value: ['1.1'] }, [TAG.PatientID]: { vr: 'LO', Value: ['P001'] } },
      { [TAG.StudyInstanceUID]: { vr: 'UI', Value: ['1.2'] }, [TAG.PatientID]: { vr: 'LO', Value: ['P999'] } },
    ]);
    const c = fakeFetch(() => new Response(body, { headers: { 'content-type': 'application/dicom+json' } }));
    expect((await c.studiesForPatient('P001')).map((s) => s.studyInstanceUid)).toEqual(['1.1']);
  });

  it('reads 204 No Content as no results and rejects answers that are not DICOM JSON', async () => {
    expect(await fakeFetch(() => new Response(null, { status: 204 })).searchStudies({ PatientID: 'P1' })).toEqual([]);
    const html = fakeFetch(() => new Response('<html>login</html>', { headers: { 'content-type': 'text/html' } }));
    expect(await rejection(html.searchStudies({}))).toMatchObject({ code: 'bad_response' });
    const broken = fakeFetch(() => new Response('[{', { headers: { 'content-type': 'application/dicom+json' } }));
    expect(await rejection(broken.retrieveStudyMetadata('1.2'))).toMatchObject({ code: 'bad_response' });
    const wrongImage = fakeFetch(() => new Response('x', { headers: { 'content-type': 'text/plain' } }));
    expect(await rejection(wrongImage.retrieveRendered({ studyInstanceUid: '1', seriesInstanceUid: '2', sopInstanceUid: '3' }))).toMatchObject({
      code: 'bad_response',
    });
  });

  it('gives up after the timeout when the PACS does not answer, and reports an unreachable PACS', async () => {
    const hanging = createDicomWebClient({
      baseUrl: 'http://pacs.invalid',
      timeoutMs: 50,
      fetch: (_url, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    });
    expect(await rejection(hanging.searchStudies({ PatientID: 'P1' }))).toMatchObject({ code: 'timeout' });

    const closed = await createPacsSimulator({ studies: [] });
    await closed.close();
    const offline = createDicomWebClient({ baseUrl: closed.url, timeoutMs: 2000 });
    const error = await rejection(offline.searchStudies({ PatientID: 'P1' }));
    expect(error.code).toBe('unreachable');
    expect(error.message).not.toContain(closed.url);
  });

  it('stops reading answers larger than maxResponseBytes, with or without a Content-Length', async () => {
    const key = pacs.studiesFor('P001')[0]!.keyImage;
    const small = createDicomWebClient({ baseUrl: pacs.url, maxResponseBytes: 1000 });
    expect(await rejection(small.retrieveRendered(key))).toMatchObject({ code: 'bad_response' });
    const stream = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 10; i++) controller.enqueue(new Uint8Array(200));
          controller.close();
        },
      });
    const chunked = createDicomWebClient({
      baseUrl: 'http://pacs.invalid',
      maxResponseBytes: 1000,
      fetch: () => Promise.resolve(new Response(stream(), { headers: { 'content-type': 'image/png' } })),
    });
    const ref = { studyInstanceUid: '1', seriesInstanceUid: '2', sopInstanceUid: '3' };
    expect((await rejection(chunked.retrieveRendered(ref))).message).toMatch(/exceeds 1000 bytes/);
  });

  it('reports a caller’s cancellation as aborted, not as a timeout', async () => {
    const controller = new AbortController();
    const c = createDicomWebClient({
      baseUrl: 'http://pacs.invalid',
      fetch: (_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
    });
    const pending = c.searchStudies({}, { signal: controller.signal });
    controller.abort();
    expect(await rejection(pending)).toMatchObject({ code: 'aborted' });
  });
});
