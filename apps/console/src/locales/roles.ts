import type { Role } from '@xinglin/contracts';
import type { Bilingual } from './index';

/** Display names for roles, shown in the header and on the dashboard. */
export const roleNames: Record<Role, Bilingual> = {
  patient: { zh: '患者', en: 'Patient' },
  doctor: { zh: '医生', en: 'Doctor' },
  pharmacist: { zh: '药师', en: 'Pharmacist' },
  admin: { zh: '系统管理员', en: 'Administrator' },
  auditor: { zh: '审计员', en: 'Auditor' },
};
