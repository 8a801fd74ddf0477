import { createClinicalRecords } from './clinical-side';
import { createPatientRecords } from './patient-side';
import type { Tx } from '../../db/client';
import { insertRelationship } from './repository';
import { createRecordsCore, type RecordsDeps } from './service';

export type RecordsService = ReturnType<typeof createRecordsService>;

/** The health-record context: the record, its versions, care relationships, and who read it. */
export function createRecordsService(deps: RecordsDeps) {
  const core = createRecordsCore(deps);
  return {
    patient: createPatientRecords(deps, core),
    clinical: createClinicalRecords(deps, core),
    /** Other contexts (booking, consultation) open a doctor's access to a record inside their own transaction. */
    addRelationship: (tx: Tx, r: { patientId: string; doctorId: string; source: string; validFrom: Date; validUntil: Date; createdBy: string }) => insertRelationship(tx, r),
  };
}
