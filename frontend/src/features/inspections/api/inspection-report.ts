import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { CSV_HEADERS, saveCsv } from '@/lib/api/csv';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type InspectionReport = components['schemas']['InspectionReport'];
export type InspectionReportSubject = components['schemas']['InspectionReportSubject'];

export interface InspectionReportQuery {
  organizationId: string;
  year: number;
}

/** The year's inspections and supervisions over a subtree, counted by the server. */
export function useInspectionReport(query: InspectionReportQuery | null) {
  return useQuery({
    queryKey: ['inspection-report', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/reports/inspections', { params: { query: query! } })),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

/** The report's subject rows as the CSV file the server names. */
export function exportInspectionReport(query: InspectionReportQuery) {
  return saveCsv(
    api.GET('/api/v1/reports/inspections', { params: { query }, headers: CSV_HEADERS, parseAs: 'blob' }),
    `kiem-tra-giam-sat-${query.year}.csv`,
  );
}
