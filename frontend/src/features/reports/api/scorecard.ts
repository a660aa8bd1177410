import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { CSV_HEADERS, saveCsv } from '@/lib/api/csv';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type ScorecardRow = components['schemas']['ScorecardRow'];

export interface ScorecardQuery {
  organizationId: string;
  quarter: string;
  /** `column,asc|desc` as the server sorts it (any column), or null for its default (branch name). */
  sort: string | null;
}

async function fetchScorecard({ organizationId, quarter, sort }: ScorecardQuery, page: number, size: number) {
  return unwrap(
    await api.GET('/api/v1/reports/scorecard', {
      params: { query: { organizationId, quarter, sort: sort ? [sort] : undefined, page: page - 1, size } },
    }),
  );
}

/** A page of the scorecard, sorted by the server. */
export function useScorecard(query: ScorecardQuery | null, page: number, size: number) {
  return useQuery({
    queryKey: ['scorecard', query, page, size],
    queryFn: () => fetchScorecard(query!, page, size),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

/** Every row of the scorecard in the same order, as the CSV file the server names. */
export function exportScorecard({ organizationId, quarter, sort }: ScorecardQuery) {
  return saveCsv(
    api.GET('/api/v1/reports/scorecard', {
      params: { query: { organizationId, quarter, sort: sort ? [sort] : undefined } },
      headers: CSV_HEADERS,
      parseAs: 'blob',
    }),
    `bang-diem-chi-bo-${quarter}.csv`,
  );
}

export interface QuarterTrend {
  quarter: string;
  meetings: number;
  /** Averages over the quarter's meetings (each branch's average weighted by its meetings). */
  attendance: number | null;
  opinions: number | null;
}

/** Attendance and opinions per quarter over a subtree, from the scorecard of each quarter. */
export function useQuarterTrend(organizationId: string | null, quarters: string[]) {
  const results = useQueries({
    queries: quarters.map((quarter) => ({
      queryKey: ['scorecard', organizationId, quarter, 'all'],
      queryFn: async () => {
        const rows: ScorecardRow[] = [];
        for (let page = 1; page <= 10; page += 1) {
          const result = await fetchScorecard({ organizationId: organizationId!, quarter, sort: null }, page, 200);
          rows.push(...result.items);
          if (page >= result.totalPages) break;
        }
        return rows;
      },
      enabled: Boolean(organizationId),
      staleTime: 300_000,
    })),
  });
  const trend: QuarterTrend[] = quarters.map((quarter, i) => {
    const rows = results[i]?.data ?? [];
    let meetings = 0;
    let attendance = 0;
    let attendanceWeight = 0;
    let opinions = 0;
    let opinionWeight = 0;
    for (const row of rows) {
      meetings += row.meetingsHeld;
      if (row.averageAttendanceRate != null) {
        attendance += row.averageAttendanceRate * row.meetingsHeld;
        attendanceWeight += row.meetingsHeld;
      }
      if (row.averageOpinions != null) {
        opinions += row.averageOpinions * row.meetingsHeld;
        opinionWeight += row.meetingsHeld;
      }
    }
    return {
      quarter,
      meetings,
      attendance: attendanceWeight ? Math.round((attendance / attendanceWeight) * 10) / 10 : null,
      opinions: opinionWeight ? Math.round((opinions / opinionWeight) * 100) / 100 : null,
    };
  });
  return {
    trend,
    isPending: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
  };
}
