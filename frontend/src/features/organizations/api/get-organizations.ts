import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Organization = components['schemas']['Organization'];
export type OrganizationType = components['schemas']['OrganizationType'];
export type OrganizationPage = components['schemas']['OrganizationPage'];

export const PAGE_SIZE = 20;

export interface OrganizationsFilter {
  /** Free text: name or code, diacritics ignored by the server. */
  q: string;
  type: OrganizationType | null;
  /** 1-based, as shown to the user and kept in the URL. */
  page: number;
  /** `field,asc|desc`; by name when null. */
  sort?: string | null;
}

export function organizationsQueryOptions(filter: OrganizationsFilter) {
  return queryOptions({
    queryKey: ['organizations', 'list', filter] as const,
    queryFn: async (): Promise<OrganizationPage> =>
      unwrap(
        await api.GET('/api/v1/organizations', {
          params: {
            query: {
              q: filter.q || undefined,
              type: filter.type ?? undefined,
              page: filter.page - 1, // the API counts pages from 0
              size: PAGE_SIZE,
              sort: [filter.sort ?? 'name,asc'],
            },
          },
        }),
      ),
  });
}

export function useOrganizations(filter: OrganizationsFilter) {
  return useQuery({
    ...organizationsQueryOptions(filter),
    // Keep the current rows on screen while the next page or search loads.
    placeholderData: keepPreviousData,
  });
}
