import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { CSV_HEADERS, saveCsv } from '@/lib/api/csv';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type YearlyReview = components['schemas']['YearlyReview'];
export type ReviewOrganization = components['schemas']['YearlyReviewOrganization'];
export type ReviewMember = components['schemas']['YearlyReviewMember'];
export type RemarkCounts = components['schemas']['RemarkCounts'];
export type FindingCounts = components['schemas']['FindingCounts'];

export interface ReviewQuery {
  organizationId: string;
  year: number;
}

/** The year's evidence for the review of an organization, those below it, and a branch's members. */
export function useYearlyReview(query: ReviewQuery | null) {
  return useQuery({
    queryKey: ['yearly-review', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/reports/yearly-review', { params: { query: query! } })),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

/** One member's row of a branch's review, as the server gives it (`memberId=`; 422 when not on the branch's roster). */
export function useMemberReview(query: ReviewQuery | null, memberId: string | null) {
  return useQuery({
    queryKey: ['yearly-review', query, 'member', memberId],
    queryFn: async () => {
      const review = unwrap(await api.GET('/api/v1/reports/yearly-review', { params: { query: { ...query!, memberId: memberId! } } }));
      return review.members[0] ?? null;
    },
    enabled: query !== null && memberId !== null,
  });
}

/** One table of the review (organizations or members) as the CSV file the server names. */
export function exportYearlyReview(query: ReviewQuery, part: 'organizations' | 'members') {
  return saveCsv(
    api.GET('/api/v1/reports/yearly-review', { params: { query: { ...query, part } }, headers: CSV_HEADERS, parseAs: 'blob' }),
    `kiem-diem-${query.year}.csv`,
  );
}
