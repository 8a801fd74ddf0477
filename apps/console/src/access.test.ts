import type { Account, Role } from '@xinglin/contracts';
import { describe, expect, it } from 'vitest';
import { computeAccess, filterMenu } from './access';
import { hasPage } from './page-loader';
import { flattenRoutes, matchesPath, routeTrail } from './route-trail';
import { routes } from './routes';

const staff = (...roles: Role[]): Account => ({
  id: 'a1',
  kind: 'staff',
  displayName: '测试',
  phoneMasked: null,
  roles,
});

/** The paths a role sees in the sider, groups and pages alike. */
function menuPaths(account: Account | null): string[] {
  const visible = filterMenu(routes, computeAccess(account));
  const walk = (list: typeof visible): string[] => list.flatMap((r) => [r.path, ...walk(r.children ?? [])]);
  return walk(visible);
}

const clinical = ['/workbench', '/pharmacy'];
const isUnder = (path: string, prefixes: string[]) => prefixes.some((p) => path === p || path.startsWith(`${p}/`));

describe('access: menus per role', () => {
  it('admin runs the hospital and sees no clinical or audit entries', () => {
    const paths = menuPaths(staff('admin'));
    expect(paths).toEqual([
      '/',
      '/hospital',
      '/hospital/departments',
      '/hospital/doctors',
      '/hospital/triage',
      '/hospital/schedules',
      '/hospital/clinics',
      '/hospital/templates',
      '/hospital/release-rules',
      '/hospital/appeals',
      '/hospital/booking-dashboard',
      '/hospital/waitlist',
      '/hospital/exams',
      '/hospital/check-in-codes',
      '/hospital/maps',
      '/hospital/content',
      '/hospital/tickets',
      '/hospital/unmatched-reports',
      '/finance',
      '/finance/payments',
      '/finance/manual-refunds',
      '/finance/reconciliation',
    ]);
    expect(paths.filter((p) => isUnder(p, [...clinical, '/audit']))).toEqual([]);
  });

  it('doctor gets the workbench: my patients, queue, consultations, reports', () => {
    expect(menuPaths(staff('doctor'))).toEqual([
      '/',
      '/workbench',
      '/workbench/patients',
      '/workbench/queue',
      '/workbench/consultations',
      '/workbench/reports',
    ]);
  });

  it('pharmacist gets prescription review and medication advice', () => {
    expect(menuPaths(staff('pharmacist'))).toEqual(['/', '/pharmacy', '/pharmacy/prescriptions', '/pharmacy/consultations']);
  });

  it('auditor sees the audit log and security alerts only', () => {
    const paths = menuPaths(staff('auditor'));
    expect(paths).toEqual(['/', '/audit', '/audit/logs', '/audit/alerts']);
    expect(paths.filter((p) => p !== '/' && !isUnder(p, ['/audit']))).toEqual([]);
  });

  it('a doctor who is also a pharmacist sees both clinical areas, still no hospital admin', () => {
    const paths = menuPaths(staff('doctor', 'pharmacist'));
    expect(paths).toContain('/workbench/queue');
    expect(paths).toContain('/pharmacy/prescriptions');
    expect(paths.some((p) => isUnder(p, ['/hospital', '/audit']))).toBe(false);
  });

  it('patients, role-less staff and nobody see nothing at all', () => {
    expect(menuPaths({ ...staff('patient'), kind: 'patient' })).toEqual([]);
    expect(menuPaths(staff())).toEqual([]);
    expect(menuPaths(null)).toEqual([]);
  });

  it('a patient account cannot borrow a staff role', () => {
    expect(computeAccess({ kind: 'patient', roles: ['admin'] }).canManageHospital).toBe(false);
  });
});

describe('access: dashboard cards', () => {
  it('今日门诊 goes to admin and clinical staff, not the auditor', () => {
    expect(computeAccess(staff('admin')).canViewClinicSummary).toBe(true);
    expect(computeAccess(staff('doctor')).canViewClinicSummary).toBe(true);
    expect(computeAccess(staff('pharmacist')).canViewClinicSummary).toBe(true);
    expect(computeAccess(staff('auditor')).canViewClinicSummary).toBe(false);
  });
});

describe('route table', () => {
  it('every page route names an access key that exists and a page folder that exists', () => {
    const keys = Object.keys(computeAccess(null));
    for (const route of flattenRoutes()) {
      expect(keys).toContain(route.access);
      expect(hasPage(route.component ?? ''), `src/pages/${route.component}`).toBe(true);
    }
  });

  it('children need the same access as their group, so the menu and the guard agree', () => {
    for (const group of routes.filter((r) => r.children)) {
      for (const child of group.children ?? []) expect(child.access).toBe(group.access);
    }
  });

  it('paths are unique', () => {
    const paths = flattenRoutes().map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('access: patient data and the audit trail (separation of duties)', () => {
  const record = flattenRoutes().find((r) => r.path === '/workbench/patients/:patientId');
  const granted = (account: Account, path: string) => {
    const route = flattenRoutes().find((r) => matchesPath(r.path, path));
    return route ? computeAccess(account)[route.access] : false;
  };

  it('only a doctor may open a patient list or a health record, typed URL included', () => {
    expect(record?.hideInMenu).toBe(true);
    for (const path of ['/workbench/patients', '/workbench/patients/0b6c1a9e-4a57-4c1e-9d59-0d3f6c1e2a11']) {
      expect(granted(staff('doctor'), path)).toBe(true);
      expect(granted(staff('admin'), path)).toBe(false);
      expect(granted(staff('auditor'), path)).toBe(false);
      expect(granted(staff('pharmacist'), path)).toBe(false);
    }
  });

  it('only the auditor may open the audit log and alerts', () => {
    for (const path of ['/audit/logs', '/audit/alerts']) {
      expect(granted(staff('auditor'), path)).toBe(true);
      for (const role of ['admin', 'doctor', 'pharmacist'] as const) expect(granted(staff(role), path)).toBe(false);
    }
  });

  it('the auditor reaches nothing clinical, the admin nothing clinical or audit', () => {
    const pages = flattenRoutes().filter((r) => r.path !== '/');
    const auditor = pages.filter((r) => computeAccess(staff('auditor'))[r.access]).map((r) => r.path);
    expect(auditor).toEqual(['/audit/logs', '/audit/alerts']);
    const admin = pages.filter((r) => computeAccess(staff('admin'))[r.access]).map((r) => r.path);
    // The admin runs the hospital and its money (财务管理), nothing clinical and no audit trail.
    expect(admin.every((p) => p.startsWith('/hospital/') || p.startsWith('/finance/'))).toBe(true);
  });
});

describe('route table: hidden pages', () => {
  it('matches :params against exactly one segment', () => {
    expect(matchesPath('/workbench/patients/:patientId', '/workbench/patients/abc')).toBe(true);
    expect(matchesPath('/workbench/patients/:patientId', '/workbench/patients/')).toBe(false);
    expect(matchesPath('/workbench/patients/:patientId', '/workbench/patients/a/b')).toBe(false);
    expect(matchesPath('/workbench/patients/:patientId', '/workbench/patients')).toBe(false);
  });

  it('a health record sits under 我的患者 in the breadcrumb', () => {
    expect(routeTrail('/workbench/patients/abc').map((r) => r.title.zh)).toEqual(['工作台', '我的患者', '健康档案']);
    expect(routeTrail('/workbench/patients').map((r) => r.title.zh)).toEqual(['工作台', '我的患者']);
  });

  it('every menuParent names a visible page', () => {
    for (const route of flattenRoutes().filter((r) => r.menuParent)) {
      const parent = flattenRoutes().find((r) => r.path === route.menuParent);
      expect(parent?.hideInMenu ?? false).toBe(false);
      expect(parent?.access).toBe(route.access);
    }
  });
});
