import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { CSV_HEADERS, saveCsv } from '@/lib/api/csv';
import { unwrap } from '@/lib/api/problem';
import { ifMatch, type ActionPlanStatus, type ActionPlanStatusChange } from './types';

export interface ActionPlansFilter {
  q: string;
  page: number;
  size: number;
  sort: string | null;
  studyPlanId: string | null;
  organizationId: string | null;
  status: ActionPlanStatus | null;
  /** true: only the overdue ones. */
  overdue: boolean;
}

function listQuery(filter: ActionPlansFilter) {
  return {
    q: filter.q || undefined,
    studyPlanId: filter.studyPlanId ?? undefined,
    organizationId: filter.organizationId ?? undefined,
    status: filter.status ?? undefined,
    overdue: filter.overdue ? true : undefined,
    sort: filter.sort ? [filter.sort] : undefined,
  };
}

export function useActionPlans(filter: ActionPlansFilter) {
  return useQuery({
    queryKey: ['action-plans', 'list', filter],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/action-plans', { params: { query: { ...listQuery(filter), page: filter.page - 1, size: filter.size } } })),
    placeholderData: keepPreviousData,
  });
}

export function exportActionPlans(filter: ActionPlansFilter) {
  return saveCsv(api.GET('/api/v1/action-plans', { params: { query: listQuery(filter) }, headers: CSV_HEADERS, parseAs: 'blob' }), 'ke-hoach-hanh-dong.csv');
}

/** Submits, accepts or returns an action plan, at the version it was read. */
export function useChangeActionPlanStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: { id: string; version: number; body: ActionPlanStatusChange }) =>
      unwrap(await api.POST('/api/v1/action-plans/{id}/status', { params: { path: { id }, header: ifMatch(version) }, body })),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['action-plans'] }),
        client.invalidateQueries({ queryKey: ['study-plans'] }),
        client.invalidateQueries({ queryKey: ['study-reports'] }),
      ]),
  });
}
