import type { Department } from '@xinglin/contracts';

export interface DepartmentGroup {
  name: string;
  nameEn: string;
  items: Department[];
}

/** Bookable departments grouped by groupName, keeping the server's order. */
export function groupDepartments(departments: Department[]): DepartmentGroup[] {
  const groups = new Map<string, DepartmentGroup>();
  for (const d of departments) {
    if (!d.bookable) continue;
    let g = groups.get(d.groupName);
    if (!g) {
      g = { name: d.groupName, nameEn: d.groupNameEn, items: [] };
      groups.set(d.groupName, g);
    }
    g.items.push(d);
  }
  return [...groups.values()];
}
