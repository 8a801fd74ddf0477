import { createClinicalReports } from './clinical-side';
import { createIngest } from './ingest';
import { createPatientReports } from './patient-side';
import { createReportsCore, type ReportsDeps } from './service';
import { createSharedReports } from './shared';
import { createUnmatchedQueue } from './unmatched';

export type ReportsService = ReturnType<typeof createReportsService>;
export type { ReportsDeps } from './service';

/** Lab and imaging reports: inbound results (HL7 v2, FHIR), the patient's and doctor's views, sharing, the unmatched queue. */
export function createReportsService(deps: ReportsDeps) {
  const core = createReportsCore(deps);
  const ingest = createIngest(deps);
  return {
    /** Stores one normalised inbound result in one transaction; the MLLP listener and the FHIR route call it. */
    ingest: ingest.ingest,
    /** Stores the messages that arrived together in one transaction (group commit); one outcome per message. */
    ingestBatch: ingest.ingestBatch,
    patient: createPatientReports(deps, core),
    shared: createSharedReports(deps, core),
    clinical: createClinicalReports(deps, core),
    unmatched: createUnmatchedQueue(deps, core, ingest),
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The reports context, for the MLLP listener that server.ts starts beside the HTTP app (and for tests). */
    reports: ReportsService;
  }
}
