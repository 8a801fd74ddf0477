import type { SeedDoctor } from './types';
import { internalMedicineDoctors } from './doctors-internal';
import { otherClinicalDoctors } from './doctors-other';
import { surgeryDoctors } from './doctors-surgery';
import { womenAndChildrenDoctors } from './doctors-women-children';

/** Every demo doctor, in code order (d001…). */
export const seedDoctors: SeedDoctor[] = [
  ...internalMedicineDoctors,
  ...surgeryDoctors,
  ...womenAndChildrenDoctors,
  ...otherClinicalDoctors,
];
