// The simulator's archive: Part 10 files indexed by study, series and instance, as a PACS keeps them.
import dcmjs, { type DcmjsDict } from 'dcmjs';
import { TAG, getString, type DicomJsonDataset, type DicomJsonElement } from '../dicom-json';
import type { InstanceRef } from '../refs';

export interface StoredInstance extends InstanceRef {
  dict: DcmjsDict;
  part10: ArrayBuffer;
}

type Series = Map<string, StoredInstance>;
type Study = Map<string, Series>;

const pick = (ds: DicomJsonDataset, tags: string[]): DicomJsonDataset =>
  Object.fromEntries(tags.flatMap((tag) => (ds[tag] ? [[tag, ds[tag]]] : [])));

const count = (n: number): DicomJsonElement => ({ vr: 'IS', Value: [n] });

/** Attributes returned (and matchable) at each QIDO level. */
export const STUDY_TAGS = [
  TAG.StudyDate,
  TAG.StudyTime,
  TAG.AccessionNumber,
  TAG.StudyDescription,
  TAG.PatientName,
  TAG.PatientID,
  TAG.StudyInstanceUID,
  TAG.StudyID,
];
export const SERIES_TAGS = [TAG.Modality, TAG.SeriesDescription, TAG.StudyInstanceUID, TAG.SeriesInstanceUID, TAG.SeriesNumber];
export const INSTANCE_TAGS = [
  TAG.SOPClassUID,
  TAG.SOPInstanceUID,
  TAG.StudyInstanceUID,
  TAG.SeriesInstanceUID,
  TAG.InstanceNumber,
  TAG.Rows,
  TAG.Columns,
];

export class PacsStore {
  private readonly studies = new Map<string, Study>();

  /** Indexes one Part 10 file; throws if it is not DICOM or lacks the three UIDs. */
  add(part10: ArrayBuffer): InstanceRef {
    const { dict } = dcmjs.data.DicomMessage.readFile(part10);
    const uid = (tag: string): string => {
      const value = dict[tag]?.Value?.[0];
      if (typeof value !== 'string' || value === '') throw new Error(`DICOM file without ${tag}`);
      return value;
    };
    const ref = { studyInstanceUid: uid(TAG.StudyInstanceUID), seriesInstanceUid: uid(TAG.SeriesInstanceUID), sopInstanceUid: uid(TAG.SOPInstanceUID) };
    const study = this.studies.get(ref.studyInstanceUid) ?? new Map<string, Series>();
    this.studies.set(ref.studyInstanceUid, study);
    const series = study.get(ref.seriesInstanceUid) ?? new Map<string, StoredInstance>();
    study.set(ref.seriesInstanceUid, series);
    series.set(ref.sopInstanceUid, { ...ref, dict, part10 });
    return ref;
  }

  study(studyUid: string): Study | undefined {
    return this.studies.get(studyUid);
  }

  series(studyUid: string, seriesUid: string): Series | undefined {
    return this.studies.get(studyUid)?.get(seriesUid);
  }

  instance(ref: InstanceRef): StoredInstance | undefined {
    return this.series(ref.studyInstanceUid, ref.seriesInstanceUid)?.get(ref.sopInstanceUid);
  }

  /** Every instance, or those of one study / series, in the order they were stored. */
  instances(studyUid?: string, seriesUid?: string): StoredInstance[] {
    const studies = studyUid === undefined ? [...this.studies.values()] : [this.studies.get(studyUid)].filter((s) => s !== undefined);
    const series = studies.flatMap((s) => (seriesUid === undefined ? [...s.values()] : [s.get(seriesUid)].filter((x) => x !== undefined)));
    return series.flatMap((s) => [...s.values()]);
  }

  /** QIDO study results, computed from the instances like a PACS's study table. */
  studyResults(toJson: (dict: DcmjsDict) => DicomJsonDataset): DicomJsonDataset[] {
    return [...this.studies.values()].map((study) => {
      const instances = [...study.values()].flatMap((s) => [...s.values()]);
      const datasets = instances.map((i) => toJson(i.dict));
      const modalities = [...new Set(datasets.map((ds) => getString(ds, TAG.Modality)).filter((m) => m !== undefined))];
      return {
        ...pick(datasets[0] ?? {}, STUDY_TAGS),
        [TAG.ModalitiesInStudy]: { vr: 'CS', Value: modalities },
        [TAG.NumberOfStudyRelatedSeries]: count(study.size),
        [TAG.NumberOfStudyRelatedInstances]: count(instances.length),
      };
    });
  }

  seriesResults(studyUid: string, toJson: (dict: DcmjsDict) => DicomJsonDataset): DicomJsonDataset[] {
    return [...(this.studies.get(studyUid)?.values() ?? [])].map((series) => {
      const first = [...series.values()][0];
      return {
        ...pick(first ? toJson(first.dict) : {}, SERIES_TAGS),
        [TAG.NumberOfSeriesRelatedInstances]: count(series.size),
      };
    });
  }

  instanceResults(studyUid: string, seriesUid: string | undefined, toJson: (dict: DcmjsDict) => DicomJsonDataset): DicomJsonDataset[] {
    return this.instances(studyUid, seriesUid).map((i) => pick(toJson(i.dict), INSTANCE_TAGS));
  }
}
