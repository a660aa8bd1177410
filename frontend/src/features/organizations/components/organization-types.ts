import type { OrganizationType } from '../api/get-organizations';

/** Vietnamese names of the organization types, in the order of the hierarchy. */
export const ORGANIZATION_TYPE_LABELS: Readonly<Record<OrganizationType, string>> = {
  PROVINCE: 'Đảng bộ tỉnh',
  DISTRICT: 'Đảng bộ huyện',
  GRASSROOTS: 'Tổ chức cơ sở đảng',
  BRANCH: 'Chi bộ',
  DEPARTMENT: 'Ban, ngành',
};

export const ORGANIZATION_TYPES = Object.keys(ORGANIZATION_TYPE_LABELS) as OrganizationType[];

export function parseOrganizationType(value: string | null): OrganizationType | null {
  return value !== null && (ORGANIZATION_TYPES as string[]).includes(value)
    ? (value as OrganizationType)
    : null;
}
