import type { Role } from '@/lib/access';

/**
 * Who may do what with inspections, as the API's access rules have it (access-matrix.csv): an office or an inspector
 * records them (create, edit, move) within its subtree; only an office deletes one. The API still decides.
 */
const RECORD: readonly Role[] = ['SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'INSPECTOR'];
const DELETE: readonly Role[] = ['SYSTEM_ADMIN', 'DISTRICT_OFFICE'];

export function mayRecordInspections(role: Role | undefined): boolean {
  return role !== undefined && RECORD.includes(role);
}

export function mayDeleteInspections(role: Role | undefined): boolean {
  return role !== undefined && DELETE.includes(role);
}
