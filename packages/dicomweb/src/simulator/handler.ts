// Maps WADO-RS / QIDO-RS requests to responses over the PacsStore. Framework-free: the HTTP
// plumbing lives in serve.ts.
import type { SimulatorRequest } from '@xinglin/sim-http';
import type { DcmjsDict } from 'dcmjs';
import { randomUUID } from 'node:crypto';
import { TAG, type DicomJsonDataset } from '../dicom-json';
import { buildMultipartRelated } from '../multipart';
import type { InstanceRef } from '../refs';
import { renderPng, type Viewport } from '../render';
import { framesOf, toDicomJson } from './dataset';
import { acceptsMultipart, acceptsType, headerValue } from './negotiate';
import { parseQidoQuery, runQuery } from './qido';
import { INSTANCE_TAGS, SERIES_TAGS, STUDY_TAGS, type PacsStore, type StoredInstance } from './store';

export interface PacsResponse {
  status: number;
  headers: Record<string, string>;
  /** Binary for images, frames and Part 10; text for JSON and errors. */
  body: string | Uint8Array;
}

/** Path prefix of the DICOMweb service, like a real PACS's ".../rs" or "/dicom-web". */
export const SERVICE_PREFIX = '/dicom-web';

const text = (status: number, message: string): PacsResponse => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: message,
});
const json = (value: unknown): PacsResponse => ({
  status: 200,
  headers: { 'content-type': 'application/dicom+json' },
  body: JSON.stringify(value),
});
const notFound = (what: string): PacsResponse => text(404, `${what} not found`);

export function createPacsHandler(store: PacsStore): (req: SimulatorRequest) => PacsResponse {
  return (req) => {
    const url = new URL(req.path, 'http://simulator');
    if (!url.pathname.startsWith(`${SERVICE_PREFIX}/`)) return notFound('resource');
    if (req.method !== 'GET') return { ...text(405, 'only GET is supported'), headers: { allow: 'GET' } };
    const segments = decodeSegments(url.pathname.slice(SERVICE_PREFIX.length + 1));
    if (!segments) return text(400, 'malformed percent-encoding in the path');
    const service = `http://${headerValue(req.headers.host) ?? 'localhost'}${SERVICE_PREFIX}`;
    const jsonOf = (dict: DcmjsDict, ref: InstanceRef): DicomJsonDataset =>
      toDicomJson(dict, (tag) => `${service}${instancePath(ref)}/bulkdata/${tag}`);
    const metadata = (instances: StoredInstance[]) => json(instances.map((i) => jsonOf(i.dict, i)));
    const accept = headerValue(req.headers.accept);
    const [root, study, level2, series, level4, instance, resource, extra, ...rest] = segments;
    if (root !== 'studies' || rest.length > 0) return notFound('resource');

    const qido = (results: DicomJsonDataset[], tags: string[]): PacsResponse => {
      const parsed = parseQidoQuery(url.searchParams, new Set(tags));
      return parsed.ok ? json(runQuery(results, parsed.query)) : text(400, parsed.message);
    };
    const bare = (dict: DcmjsDict) => toDicomJson(dict, () => undefined);

    if (study === undefined) return qido(store.studyResults(bare), [...STUDY_TAGS, TAG.ModalitiesInStudy]);
    if (!store.study(study)) return notFound('study');
    if (level2 === 'metadata' && series === undefined) return metadata(store.instances(study));
    if (level2 === 'instances' && series === undefined) return qido(store.instanceResults(study, undefined, bare), INSTANCE_TAGS);
    if (level2 !== 'series') return notFound('resource');
    if (series === undefined) return qido(store.seriesResults(study, bare), SERIES_TAGS);
    if (!store.series(study, series)) return notFound('series');
    if (level4 === 'metadata' && instance === undefined) return metadata(store.instances(study, series));
    if (level4 !== 'instances') return notFound('resource');
    if (instance === undefined) return qido(store.instanceResults(study, series, bare), INSTANCE_TAGS);
    const stored = store.instance({ studyInstanceUid: study, seriesInstanceUid: series, sopInstanceUid: instance });
    if (!stored) return notFound('instance');
    if (resource === undefined) return part10(stored, accept);
    if (resource === 'metadata' && extra === undefined) return metadata([stored]);
    if (resource === 'rendered' && extra === undefined) return rendered(stored, accept, url.searchParams);
    if (resource === 'frames' && extra !== undefined) return frames(stored, extra, accept, `${service}${instancePath(stored)}`);
    if (resource === 'bulkdata' && extra === TAG.PixelData) return frames(stored, '*', accept, undefined);
    return notFound('resource');
  };
}

function decodeSegments(path: string): string[] | undefined {
  try {
    return path.split('/').map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

const instancePath = (ref: InstanceRef): string =>
  `/studies/${ref.studyInstanceUid}/series/${ref.seriesInstanceUid}/instances/${ref.sopInstanceUid}`;
const boundary = (): string => `xinglin-${randomUUID()}`;

function part10(stored: StoredInstance, accept: string | undefined): PacsResponse {
  if (!acceptsMultipart(accept, 'application/dicom')) return text(406, 'instances are served as multipart/related; type="application/dicom"');
  const { contentType, body } = buildMultipartRelated(
    [{ headers: { 'Content-Type': 'application/dicom' }, body: new Uint8Array(stored.part10) }],
    'application/dicom',
    boundary(),
  );
  return { status: 200, headers: { 'content-type': contentType }, body };
}

/** window=center,width[,function] (PS3.18 §8.3.5.1.4); only the linear function is drawn. */
function parseWindow(params: URLSearchParams): { center: number; width: number } | undefined | 'invalid' {
  const raw = params.get('window');
  if (raw === null) return undefined;
  const [center, width, fn = 'linear'] = raw.split(',');
  const c = Number(center);
  const w = Number(width);
  if (!Number.isFinite(c) || !Number.isFinite(w) || w < 1 || fn.toLowerCase() !== 'linear') return 'invalid';
  return { center: c, width: w };
}

/** viewport=vw,vh (PS3.18 §8.3.5.1.3); the source-region form is not simulated. */
function parseViewport(params: URLSearchParams): Viewport | undefined | 'invalid' {
  const raw = params.get('viewport');
  if (raw === null) return undefined;
  const [width, height, ...rest] = raw.split(',').map(Number);
  const ok = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n) && n >= 1 && n <= 4096;
  return ok(width) && ok(height) && rest.length === 0 ? { width, height } : 'invalid';
}

function rendered(stored: StoredInstance, accept: string | undefined, params: URLSearchParams): PacsResponse {
  const frame = framesOf(stored.dict)[0];
  if (!frame) return text(400, 'the instance has no pixel data to render');
  if (!acceptsType(accept, 'image/png')) return text(406, 'the simulator renders image/png only');
  const requested = parseWindow(params);
  if (requested === 'invalid') return text(400, 'window must be center,width[,linear] with width >= 1');
  const viewport = parseViewport(params);
  if (viewport === 'invalid') return text(400, 'viewport must be width,height in pixels (1..4096)');
  const ds = toDicomJson(stored.dict, () => 'omitted');
  const center = Number(ds[TAG.WindowCenter]?.Value?.[0]);
  const width = Number(ds[TAG.WindowWidth]?.Value?.[0]);
  const own = Number.isFinite(center) && Number.isFinite(width) && width >= 1 ? { center, width } : undefined;
  return { status: 200, headers: { 'content-type': 'image/png' }, body: renderPng(frame, requested ?? own, viewport) };
}

/** Frame numbers are 1-based, comma-separated (PS3.18 §10.4.1.1.4); '*' means all (bulk data). */
function frames(stored: StoredInstance, list: string, accept: string | undefined, base: string | undefined): PacsResponse {
  const all = framesOf(stored.dict);
  if (all.length === 0) return text(400, 'the instance has no pixel data');
  if (!acceptsMultipart(accept, 'application/octet-stream')) {
    return text(406, 'frames are served as multipart/related; type="application/octet-stream"');
  }
  const numbers = list === '*' ? all.map((_, i) => i + 1) : list.split(',').map(Number);
  if (numbers.some((n) => !Number.isInteger(n) || n < 1)) return text(400, 'frame numbers must be positive integers');
  const picked = numbers.map((n) => all[n - 1]);
  if (picked.some((f) => f === undefined)) return notFound('frame');
  const parts = numbers.map((n) => ({
    headers: {
      'Content-Type': 'application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1',
      ...(base ? { 'Content-Location': `${base}/frames/${n}` } : {}),
    },
    body: all[n - 1]!.bytes,
  }));
  const { contentType, body } = buildMultipartRelated(parts, 'application/octet-stream', boundary());
  return { status: 200, headers: { 'content-type': contentType }, body };
}
