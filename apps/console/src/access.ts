import type { Account, Role } from '@xinglin/contracts';

/**
 * The one place that turns the signed-in account's roles into permissions (ant-design-pro's
 * access.ts). Routes name the key they need; the menu, the route guard and the dashboard cards
 * all ask here. Separation of duties: the administrator runs the hospital but has no clinical
 * menus; the auditor sees audit trails and nothing else.
 */
export interface Access {
  /** Any hospital staff member: dashboard and own account. */
  isStaff: boolean;
  /** 医院管理: departments, doctors, schedules, maps, content, tickets. */
  canManageHospital: boolean;
  /** 医生工作台: queue, consultations, patients' reports. */
  canUseDoctorWorkbench: boolean;
  /** 药事服务: prescription review, medication consultations. */
  canUsePharmacy: boolean;
  /** 安全审计: audit log, security alerts. */
  canAudit: boolean;
  /** Dashboard card 今日门诊 (counts only, no patient data). */
  canViewClinicSummary: boolean;
}

export type AccessKey = keyof Access;

export const staffRoles = ['doctor', 'pharmacist', 'admin', 'auditor'] as const satisfies readonly Role[];

type RoleHolder = Pick<Account, 'kind' | 'roles'>;

export function computeAccess(account: RoleHolder | null | undefined): Access {
  const roles = new Set<Role>(account?.kind === 'staff' ? account.roles : []);
  const has = (role: Role) => roles.has(role);
  const isStaff = staffRoles.some(has);
  return {
    isStaff,
    canManageHospital: has('admin'),
    canUseDoctorWorkbench: has('doctor'),
    canUsePharmacy: has('pharmacist'),
    canAudit: has('auditor'),
    canViewClinicSummary: has('admin') || has('doctor') || has('pharmacist'),
  };
}

/** The staff roles an account holds, in a stable display order. */
export function staffRolesOf(account: RoleHolder | null | undefined): Role[] {
  if (account?.kind !== 'staff') return [];
  return staffRoles.filter((role) => account.roles.includes(role));
}

export interface AccessControlled<T> {
  access: AccessKey;
  hideInMenu?: boolean;
  children?: readonly T[];
}

/**
 * The routes a user may see in the menu: a route is kept when its own access key is granted
 * and, for a group, when at least one child survives. Works on any route-shaped tree.
 */
export function filterMenu<T extends AccessControlled<T>>(routes: readonly T[], access: Access): T[] {
  const visible: T[] = [];
  for (const route of routes) {
    if (route.hideInMenu || !access[route.access]) continue;
    if (route.children) {
      const children = filterMenu(route.children, access);
      if (children.length === 0) continue;
      visible.push({ ...route, children });
    } else {
      visible.push(route);
    }
  }
  return visible;
}
