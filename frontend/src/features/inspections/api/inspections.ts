import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { CSV_HEADERS, saveCsv } from '@/lib/api/csv';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Inspection = components['schemas']['Inspection'];
export type InspectionInput = components['schemas']['InspectionInput'];
export type InspectionStatus = components['schemas']['InspectionStatus'];
export type InspectionKind = components['schemas']['InspectionKind'];
export type TeamMember = components['schemas']['InspectionTeamMember'];
export type TeamRole = components['schemas']['InspectionTeamRole'];
export type Finding = components['schemas']['InspectionFinding'];
export type FindingArea = components['schemas']['InspectionFindingArea'];
export type FindingRating = components['schemas']['InspectionFindingRating'];
export type Conclusion = NonNullable<components['schemas']['InspectionConclusion']>;
export type Remedy = components['schemas']['InspectionRemedy'];
export type RemedyStatus = components['schemas']['InspectionRemedyStatus'];

export interface InspectionsFilter {
  q: string;
  page: number;
  size: number;
  sort: string | null;
  status: InspectionStatus | null;
  kind: InspectionKind | null;
  organizationId: string | null;
  overdueRemedies: boolean | null;
}

/** The query the list and its CSV export share (page and size do not apply to the CSV). */
function listQuery(filter: InspectionsFilter) {
  return {
    q: filter.q || undefined,
    status: filter.status ?? undefined,
    kind: filter.kind ?? undefined,
    organizationId: filter.organizationId ?? undefined,
    overdueRemedies: filter.overdueRemedies ?? undefined,
    sort: filter.sort ? [filter.sort] : undefined,
  };
}

/** A page of the inspections and supervisions the caller may see, filtered, sorted and paged by the server. */
export function useInspections(filter: InspectionsFilter) {
  return useQuery({
    queryKey: ['inspections', 'list', filter],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/inspections', {
          params: { query: { ...listQuery(filter), page: filter.page - 1, size: filter.size } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The filtered list as CSV (every row), saved under the server's file name. */
export function exportInspections(filter: InspectionsFilter) {
  return saveCsv(
    api.GET('/api/v1/inspections', { params: { query: listQuery(filter) }, headers: CSV_HEADERS, parseAs: 'blob' }),
    'kiem-tra-giam-sat.csv',
  );
}

export function useInspection(id: string) {
  return useQuery({
    queryKey: ['inspections', 'one', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/inspections/{id}', { params: { path: { id } } })),
  });
}

/** The invalidation after any write: the lists, the inspection, and the report's figures. */
function useInvalidate() {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: ['inspections'] });
    await client.invalidateQueries({ queryKey: ['inspection-report'] });
  };
}

export function useCreateInspection() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: InspectionInput) => unwrap(await api.POST('/api/v1/inspections', { body })),
    onSuccess: invalidate,
  });
}

/** Replaces the inspection at the version it was read (If-Match): findings, conclusion and remedies are edited so. */
export function useUpdateInspection() {
  const client = useQueryClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, version, body }: { id: string; version: number; body: InspectionInput }) =>
      unwrap(await api.PUT('/api/v1/inspections/{id}', { params: { path: { id }, header: { 'If-Match': `"${version}"` } }, body })),
    onSuccess: async (saved) => {
      // The server's answer is the record as stored (its computed figures included): shown at once.
      client.setQueryData(['inspections', 'one', saved.id], saved);
      await invalidate();
    },
  });
}

export function useChangeInspectionStatus() {
  const client = useQueryClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, status }: { id: string; status: InspectionStatus }) =>
      unwrap(await api.POST('/api/v1/inspections/{id}/status', { params: { path: { id } }, body: { status } })),
    onSuccess: async (saved) => {
      client.setQueryData(['inspections', 'one', saved.id], saved);
      await invalidate();
    },
  });
}

export function useDeleteInspection() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.DELETE('/api/v1/inspections/{id}', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

/** The fields a PUT takes, from the inspection as read: each section replaces its own part of this. */
export function inputOf(i: Inspection): InspectionInput {
  return {
    organizationId: i.organizationId,
    kind: i.kind,
    planNumber: i.planNumber,
    title: i.title,
    subjectOrganizationIds: i.subjectOrganizationIds,
    resolutionIds: i.resolutionIds,
    team: i.team,
    plannedFrom: i.plannedFrom,
    plannedTo: i.plannedTo,
    startedOn: i.startedOn ?? null,
    endedOn: i.endedOn ?? null,
    findings: i.findings,
    conclusion: i.conclusion ?? null,
    remedies: i.remedies,
    externalId: i.externalId ?? null,
  };
}
