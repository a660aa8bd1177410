import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { CSV_HEADERS, saveCsv } from '@/lib/api/csv';
import { unwrap } from '@/lib/api/problem';

export interface ParticipationQuery {
  organizationId: string;
  resolutionId?: string;
  from?: string;
  to?: string;
}

export interface ActionPlanReportQuery {
  organizationId: string;
  studyPlanId?: string;
  resolutionId?: string;
}

/** Who came to the sessions, per document, audience and organizer, as the server reckons it. */
export function useParticipationReport(query: ParticipationQuery | null) {
  return useQuery({
    queryKey: ['study-reports', 'participation', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/reports/study-participation', { params: { query: query! } })),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

export function exportParticipationReport(query: ParticipationQuery) {
  return saveCsv(
    api.GET('/api/v1/reports/study-participation', { params: { query }, headers: CSV_HEADERS, parseAs: 'blob' }),
    'tham-du-hoc-tap.csv',
  );
}

/** Each grassroots organization's action plan: on time, late, missing or not yet due. */
export function useActionPlanReport(query: ActionPlanReportQuery | null) {
  return useQuery({
    queryKey: ['study-reports', 'action-plans', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/reports/action-plans', { params: { query: query! } })),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

export function exportActionPlanReport(query: ActionPlanReportQuery) {
  return saveCsv(
    api.GET('/api/v1/reports/action-plans', { params: { query }, headers: CSV_HEADERS, parseAs: 'blob' }),
    'bao-cao-ke-hoach-hanh-dong.csv',
  );
}
