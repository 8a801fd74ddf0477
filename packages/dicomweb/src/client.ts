// DICOMweb client: QIDO-RS search, WADO-RS metadata, rendered images and raw frames (PS3.18 §8, §10).
import { TAG, getString, type DicomJsonDataset } from './dicom-json';
import { DicomWebError } from './errors';
import { badResponse, pacsGet, type CallOptions, type HttpContext } from './http';
import { keyImagesFromKos } from './key-images';
import { parseMultipartRelated } from './multipart';
import type { InstanceRef } from './refs';
import { toSummary, type StudyQuery, type StudySummary } from './study-summary';

export interface DicomWebClientOptions {
  /** Service root, e.g. "https://pacs.internal/dicom-web"; never shown to users. */
  baseUrl: string;
  /** Per-call deadline covering connection, headers and body; default 10 000 ms. */
  timeoutMs?: number;
  /** Sent with every call, e.g. { authorization: 'Bearer …' } for a PACS that wants it. */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
  /** Largest answer read into memory; default 64 MiB (a few hundred CT slices of metadata, or one big frame). */
  maxResponseBytes?: number;
}

export interface RenderOptions extends CallOptions {
  /** image/png (lossless, default) or image/jpeg. */
  accept?: 'image/png' | 'image/jpeg';
  /** VOI window; the image's own window when omitted. */
  window?: { center: number; width: number };
  /** Scale to fit width × height (the PACS keeps the aspect ratio). */
  viewport?: { width: number; height: number };
}

export interface RenderedImage {
  contentType: string;
  data: Uint8Array;
}

export type DicomWebClient = ReturnType<typeof createDicomWebClient>;
export type { StudyQuery, StudySummary };

/** UIDs go into URL paths, so anything but digits and dots (PS3.5 §9.1) is refused before sending. */
function checkUid(uid: string): string {
  if (!/^[0-9]+(\.[0-9]+)*$/.test(uid) || uid.length > 64) {
    throw new DicomWebError('bad_request', 'not a DICOM UID (digits and dots, at most 64 characters)');
  }
  return uid;
}

const instancePath = (ref: InstanceRef): string =>
  `/studies/${checkUid(ref.studyInstanceUid)}/series/${checkUid(ref.seriesInstanceUid)}/instances/${checkUid(ref.sopInstanceUid)}`;

function queryString(query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function createDicomWebClient(options: DicomWebClientOptions) {
  const ctx: HttpContext = {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    timeoutMs: options.timeoutMs ?? 10_000,
    headers: options.headers ?? {},
    fetch: options.fetch ?? fetch,
    maxResponseBytes: options.maxResponseBytes ?? 64 * 1024 * 1024,
  };

  /** DICOM JSON array from QIDO-RS or metadata; 204 and an empty body both mean no results. */
  async function getJson(path: string, opts?: CallOptions): Promise<DicomJsonDataset[]> {
    const reply = await pacsGet(ctx, path, 'application/dicom+json', opts);
    if (reply.status === 204 || reply.body.byteLength === 0) return [];
    if (!/^application\/(dicom\+)?json\b/i.test(reply.contentType)) throw badResponse(path, `expected DICOM JSON, got ${reply.contentType || 'no content type'}`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(reply.body).toString('utf8'));
    } catch (error) {
      throw badResponse(path, 'the DICOM JSON does not parse', error);
    }
    if (!Array.isArray(parsed) || !parsed.every((ds) => typeof ds === 'object' && ds !== null)) {
      throw badResponse(path, 'DICOM JSON must be an array of datasets');
    }
    return parsed as DicomJsonDataset[];
  }

  const client = {
    async searchStudies(query: StudyQuery, opts?: CallOptions): Promise<StudySummary[]> {
      const results = await getJson(`/studies${queryString({ ...query })}`, opts);
      return results.map(toSummary).filter((s) => s !== undefined);
    },

    /**
     * A patient's studies. Refuses wildcards and drops any result for another PatientID, so a PACS
     * that ignores or fuzzes the filter cannot leak another patient's studies.
     */
    async studiesForPatient(patientId: string, opts?: CallOptions): Promise<StudySummary[]> {
      if (patientId === '' || /[*?\\]/.test(patientId)) throw new DicomWebError('bad_request', 'PatientID must be a literal value');
      const studies = await client.searchStudies({ PatientID: patientId }, opts);
      return studies.filter((s) => s.patientId === patientId);
    },

    async searchSeries(studyUid: string, query: Record<string, string> = {}, opts?: CallOptions): Promise<DicomJsonDataset[]> {
      return getJson(`/studies/${checkUid(studyUid)}/series${queryString(query)}`, opts);
    },

    async searchInstances(studyUid: string, seriesUid?: string, opts?: CallOptions): Promise<DicomJsonDataset[]> {
      const series = seriesUid === undefined ? '' : `/series/${checkUid(seriesUid)}`;
      return getJson(`/studies/${checkUid(studyUid)}${series}/instances`, opts);
    },

    async retrieveStudyMetadata(studyUid: string, opts?: CallOptions): Promise<DicomJsonDataset[]> {
      return getJson(`/studies/${checkUid(studyUid)}/metadata`, opts);
    },

    async retrieveSeriesMetadata(studyUid: string, seriesUid: string, opts?: CallOptions): Promise<DicomJsonDataset[]> {
      return getJson(`/studies/${checkUid(studyUid)}/series/${checkUid(seriesUid)}/metadata`, opts);
    },

    async retrieveInstanceMetadata(ref: InstanceRef, opts?: CallOptions): Promise<DicomJsonDataset> {
      const [ds] = await getJson(`${instancePath(ref)}/metadata`, opts);
      if (!ds) throw badResponse(`${instancePath(ref)}/metadata`, 'no dataset in the metadata');
      return ds;
    },

    /** The "rendered" resource (PS3.18 §9.5): a consumer-ready image of the instance's first frame. */
    async retrieveRendered(ref: InstanceRef, opts: RenderOptions = {}): Promise<RenderedImage> {
      const params: Record<string, string | undefined> = {
        window: opts.window && `${opts.window.center},${opts.window.width},linear`,
        viewport: opts.viewport && `${opts.viewport.width},${opts.viewport.height}`,
      };
      const path = `${instancePath(ref)}/rendered${queryString(params)}`;
      const accept = opts.accept ?? 'image/png';
      const reply = await pacsGet(ctx, path, accept, opts);
      const contentType = reply.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
      if (contentType !== accept) throw badResponse(path, `asked for ${accept}, got ${contentType || 'no content type'}`);
      return { contentType, data: reply.body };
    },

    /** Raw native frames (explicit VR little endian, the default for octet-stream), 1-based. */
    async retrieveFrames(ref: InstanceRef, frames: number[] = [1], opts?: CallOptions): Promise<Uint8Array[]> {
      if (frames.length === 0 || frames.some((n) => !Number.isInteger(n) || n < 1)) {
        throw new DicomWebError('bad_request', 'frame numbers must be positive integers');
      }
      const path = `${instancePath(ref)}/frames/${frames.join(',')}`;
      const reply = await pacsGet(ctx, path, 'multipart/related; type="application/octet-stream"', opts);
      if (!/^multipart\/related\b/i.test(reply.contentType)) throw badResponse(path, `expected multipart/related, got ${reply.contentType}`);
      let parts;
      try {
        parts = parseMultipartRelated(reply.body, reply.contentType);
      } catch (error) {
        throw badResponse(path, 'the multipart body does not parse', error);
      }
      if (parts.length !== frames.length) throw badResponse(path, `asked for ${frames.length} frames, got ${parts.length}`);
      return parts.map((p) => p.body);
    },

    /** Images of this study flagged by its Key Object Selection documents; [] when it has none. */
    async findKeyImages(studyUid: string, opts?: CallOptions): Promise<InstanceRef[]> {
      const kosSeries = (await client.searchSeries(studyUid, { Modality: 'KO' }, opts)).filter(
        (s) => getString(s, TAG.Modality) === 'KO',
      );
      const refs: InstanceRef[] = [];
      for (const series of kosSeries) {
        const seriesUid = getString(series, TAG.SeriesInstanceUID);
        if (!seriesUid) continue;
        for (const kos of await client.retrieveSeriesMetadata(studyUid, seriesUid, opts)) refs.push(...keyImagesFromKos(kos));
      }
      // A KOS may cite images of other (prior) studies; callers authorise per study, so keep this one's.
      const own = refs.filter((r) => r.studyInstanceUid === studyUid);
      return [...new Map(own.map((r) => [r.sopInstanceUid, r])).values()];
    },
  };
  return client;
}
