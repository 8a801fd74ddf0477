import { listDepartments } from '../services/catalog';
import { useAsync } from './useAsync';

/** One department by id, from the department list (null when there is no such department). */
export function useDepartment(departmentId: string) {
  return useAsync(() => listDepartments().then((all) => all.find((d) => d.id === departmentId) ?? null), [departmentId]);
}
