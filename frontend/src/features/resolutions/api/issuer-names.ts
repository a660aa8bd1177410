import { useQueries } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { Resolution } from './resolutions';

/** What a document's issuer is shown as: a name, or the number's issuer code while (or when) no name can be had. */
export type IssuerLabel = (r: Pick<Resolution, 'number' | 'issuerId' | 'issuerName'>) => string;

/** The issuer code a number ends with (`HU` of `17-NQ/HU`), or the whole number when it has none. */
function codeOf(number: string): string {
  const slash = number.lastIndexOf('/');
  return slash < 0 ? number : number.slice(slash + 1);
}

/**
 * Names the issuers of some documents: a document from above by the issuer's name as registered, an organization of
 * the tree by GET /organizations/{id} (the cache the organization pickers share). An organization the caller may not
 * read, or one still loading, shows the number's issuer code rather than an empty cell.
 */
export function useIssuerNames(resolutions: readonly Pick<Resolution, 'issuerId'>[]): IssuerLabel {
  const ids = [...new Set(resolutions.map((r) => r.issuerId).filter((id): id is string => Boolean(id)))];
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['organizations', 'one', id],
      queryFn: async () => unwrap(await api.GET('/api/v1/organizations/{id}', { params: { path: { id } } })),
      staleTime: 300_000,
      retry: false,
    })),
  });
  const names = new Map<string, string>();
  results.forEach((r, i) => {
    if (r.data) names.set(ids[i]!, r.data.name);
  });
  return (r) => (r.issuerId === null ? (r.issuerName ?? codeOf(r.number)) : (names.get(r.issuerId) ?? codeOf(r.number)));
}
