import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { CSV_HEADERS, saveCsv } from '@/lib/api/csv';
import { unwrap } from '@/lib/api/problem';
import { ifMatch, type StudyPlanInput, type StudyPlanStatus } from './types';

export interface StudyPlansFilter {
  q: string;
  page: number;
  size: number;
  sort: string | null;
  status: StudyPlanStatus | null;
  organizationId: string | null;
}

function listQuery(filter: StudyPlansFilter) {
  return {
    q: filter.q || undefined,
    status: filter.status ?? undefined,
    organizationId: filter.organizationId ?? undefined,
    sort: filter.sort ? [filter.sort] : undefined,
  };
}

export function useStudyPlans(filter: StudyPlansFilter) {
  return useQuery({
    queryKey: ['study-plans', 'list', filter],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/study-plans', { params: { query: { ...listQuery(filter), page: filter.page - 1, size: filter.size } } })),
    placeholderData: keepPreviousData,
  });
}

/** The filtered list as CSV, every row, under the server's file name. */
export function exportStudyPlans(filter: StudyPlansFilter) {
  return saveCsv(api.GET('/api/v1/study-plans', { params: { query: listQuery(filter) }, headers: CSV_HEADERS, parseAs: 'blob' }), 'ke-hoach-hoc-tap.csv');
}

export function useStudyPlan(id: string | null) {
  return useQuery({
    queryKey: ['study-plans', 'one', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/study-plans/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: ['study-plans'] }), client.invalidateQueries({ queryKey: ['action-plans'] })]);
}

export function useCreateStudyPlan() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: StudyPlanInput) => unwrap(await api.POST('/api/v1/study-plans', { body })),
    onSuccess: invalidate,
  });
}

/** Replaces the plan at the version it was read (If-Match). */
export function useUpdateStudyPlan() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, version, body }: { id: string; version: number; body: StudyPlanInput }) =>
      unwrap(await api.PUT('/api/v1/study-plans/{id}', { params: { path: { id }, header: ifMatch(version) }, body })),
    onSuccess: invalidate,
  });
}

export function useChangeStudyPlanStatus() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, version, status }: { id: string; version: number; status: StudyPlanStatus }) =>
      unwrap(await api.POST('/api/v1/study-plans/{id}/status', { params: { path: { id }, header: ifMatch(version) }, body: { status } })),
    onSuccess: invalidate,
  });
}

export function useDeleteStudyPlan() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (id: string) => {
      const result = await api.DELETE('/api/v1/study-plans/{id}', { params: { path: { id } } });
      if (!result.response.ok) unwrap(result);
    },
    onSuccess: invalidate,
  });
}
