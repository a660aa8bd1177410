import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { CSV_HEADERS, saveCsv } from '@/lib/api/csv';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Resolution = components['schemas']['Resolution'];
export type ResolutionInput = components['schemas']['ResolutionInput'];
export type Target = components['schemas']['Target'];
export type TargetInput = components['schemas']['TargetInput'];
export type Metric = components['schemas']['Metric'];
export type Comparator = components['schemas']['Comparator'];
/** The kind of meeting a target limits itself to: the contract writes these values inline in TargetInput (and Target). */
export type TargetMeetingKind = NonNullable<TargetInput['meetingKind']>;
export type ComplianceItem = components['schemas']['ComplianceItem'];

export interface ResolutionsFilter {
  q: string;
  page: number;
  size: number;
  sort: string | null;
  documentType: string | null;
}

export function useResolutions(filter: ResolutionsFilter) {
  return useQuery({
    queryKey: ['resolutions', 'list', filter],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/resolutions', {
          params: {
            query: {
              q: filter.q || undefined,
              documentType: filter.documentType ?? undefined,
              page: filter.page - 1,
              size: filter.size,
              sort: [filter.sort ?? 'issuedOn,desc'],
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useResolution(id: string) {
  return useQuery({
    queryKey: ['resolutions', 'one', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/resolutions/{id}', { params: { path: { id } } })),
  });
}

export function useDocumentTypes() {
  return useQuery({
    queryKey: ['document-types'],
    queryFn: async () => unwrap(await api.GET('/api/v1/document-types')).items,
    staleTime: Infinity,
  });
}

/** The next free number of a type for an issuer in a term, proposed as the user fills in the form. */
export function useNextNumber(issuerId: string | null, documentType: string | null, term: string | null) {
  return useQuery({
    queryKey: ['resolutions', 'next-number', issuerId, documentType, term],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/resolutions/next-number', {
          params: { query: { issuerId: issuerId!, documentType: documentType!, term: term! } },
        }),
      ).number,
    enabled: Boolean(issuerId && documentType && term && /^\d{4}-\d{4}$/.test(term)),
  });
}

/** Who issues a document: an organization of the tree, or an issuer outside it named as given (a document from above). */
export type Issuer = { issuerId: string } | { issuerName: string };

/**
 * Whether the number is already used by this issuer in this term (looked up as the user types). For a document from
 * above the issuer is its name, compared trimmed and without regard to case, as the server does.
 */
export function useNumberTaken(number: string, issuer: Issuer | null, term: string | null, enabled: boolean) {
  const issuerId = issuer && 'issuerId' in issuer ? issuer.issuerId : null;
  const issuerName = issuer && 'issuerName' in issuer ? issuer.issuerName.trim().toLowerCase() : null;
  return useQuery({
    queryKey: ['resolutions', 'number-taken', number, issuerId, issuerName, term],
    queryFn: async () => {
      const page = unwrap(
        await api.GET('/api/v1/resolutions', {
          params: { query: { q: number, issuerId: issuerId ?? undefined, term: term ?? undefined, size: 50 } },
        }),
      );
      return page.items.some(
        (r) =>
          r.number.toLowerCase() === number.toLowerCase() &&
          (issuerName === null || (r.issuerId === null && r.issuerName?.trim().toLowerCase() === issuerName)),
      );
    },
    enabled: enabled && Boolean((issuerId || issuerName) && term),
  });
}

export function useCreateResolution() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: ResolutionInput) => unwrap(await api.POST('/api/v1/resolutions', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['resolutions'] }),
  });
}

export function useTargets(id: string) {
  return useQuery({
    queryKey: ['resolutions', 'targets', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/resolutions/{id}/targets', { params: { path: { id }, query: { size: 100 } } })),
  });
}

export function useSaveTarget(resolutionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ target, body }: { target?: Target; body: TargetInput }) =>
      target
        ? unwrap(
            await api.PUT('/api/v1/resolutions/{id}/targets/{targetId}', {
              params: { path: { id: resolutionId, targetId: target.id }, header: { 'If-Match': `"${target.version}"` } },
              body,
            }),
          )
        : unwrap(await api.POST('/api/v1/resolutions/{id}/targets', { params: { path: { id: resolutionId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['resolutions'] }),
  });
}

export function useDeleteTarget(resolutionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (targetId: string) => {
      const { response } = await api.DELETE('/api/v1/resolutions/{id}/targets/{targetId}', {
        params: { path: { id: resolutionId, targetId } },
      });
      if (!response.ok) unwrap({ response, error: await response.json().catch(() => undefined) });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['resolutions'] }),
  });
}

export interface ComplianceQuery {
  organizationId: string | null;
  from: string | null;
  to: string | null;
}

const complianceQuery = ({ organizationId, from, to }: ComplianceQuery) => ({
  organizationId: organizationId ?? undefined,
  from: from ?? undefined,
  to: to ?? undefined,
});

export function useCompliance(id: string, organizationId: string | null, from: string | null, to: string | null) {
  return useQuery({
    queryKey: ['resolutions', 'compliance', id, organizationId, from, to],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/resolutions/{id}/compliance', { params: { path: { id }, query: complianceQuery({ organizationId, from, to }) } })),
  });
}

/** The same compliance lines as the CSV file the server names. */
export function exportCompliance(id: string, query: ComplianceQuery) {
  return saveCsv(
    api.GET('/api/v1/resolutions/{id}/compliance', { params: { path: { id }, query: complianceQuery(query) }, headers: CSV_HEADERS, parseAs: 'blob' }),
    'thuc-hien-chi-tieu-nghi-quyet.csv',
  );
}

/**
 * Branches passing ÷ branches evaluated × 100 (the API's `branchPassRate`), null when no branch was evaluated: the
 * share of branches whose every evaluated meeting (or quarter) met the target.
 */
export function branchPassRate(item: ComplianceItem): number | null {
  return item.branchPassRate;
}

/** Meetings passed ÷ meetings evaluated × 100 (the API's `passRate`), null when no meeting was evaluated. */
export function meetingPassRate(item: ComplianceItem): number | null {
  return item.meetingsEvaluated === 0 ? null : item.passRate;
}

export function useResolutionEffect(id: string, months: number) {
  return useQuery({
    queryKey: ['resolutions', 'effect', id, months],
    queryFn: async () => unwrap(await api.GET('/api/v1/resolutions/{id}/effect', { params: { path: { id }, query: { months } } })),
  });
}
