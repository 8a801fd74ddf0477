import { createClinicalRecords } from './clinical-side';
import { createPatientRecords } from './patient-side';
import { createRecordsCore, type RecordsDeps } from './service';

export type RecordsService = ReturnType<typeof createRecordsService>;

/** The health-record context: the record, its versions, care relationships, and who read it. */
export function createRecordsService(deps: RecordsDeps) {
  const core = createRecordsCore(deps);
  return { patient: createPatientRecords(deps, core), clinical: createClinicalRecords(deps, core) };
}
