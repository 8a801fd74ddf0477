export type { SeedCampus, SeedDepartment, SeedDepartmentGroup, SeedDoctor, SeedHospital } from './types';
export { seedHospital } from './hospital';
export { seedDepartmentGroups, seedDepartments } from './departments';
export { seedDoctors } from './doctors';
export { internalMedicineDoctors } from './doctors-internal';
export { surgeryDoctors } from './doctors-surgery';
export { womenAndChildrenDoctors } from './doctors-women-children';
export { otherClinicalDoctors } from './doctors-other';
