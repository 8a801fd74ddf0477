import { createConsents, type AccountDescriber } from './consents';
import { createFamily } from './family';
import { createPatientsCore, type PatientsDeps } from './service';
import { createVerification } from './verification';

export type PatientsService = ReturnType<typeof createPatientsService>;

/** The patients context (就诊人): real-name verification, family members, consents, cards. */
export function createPatientsService(deps: PatientsDeps & { describeAccount: AccountDescriber }) {
  const core = createPatientsCore(deps);
  return { core, ...createVerification(deps, core), ...createFamily(deps, core), ...createConsents(deps, core, deps.describeAccount) };
}
