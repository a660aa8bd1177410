import { organizationTypeValues } from '@/lib/api/schema';
import type { OrganizationType } from '../api/get-organizations';

/** The organization types in the contract's order, that of the hierarchy (their names are in i18n, `orgTypes`). */
export const ORGANIZATION_TYPES: readonly OrganizationType[] = organizationTypeValues;

export function parseOrganizationType(value: string | null): OrganizationType | null {
  return value !== null && (ORGANIZATION_TYPES as readonly string[]).includes(value)
    ? (value as OrganizationType)
    : null;
}
