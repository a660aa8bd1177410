import { api } from '@/lib/api/client';
import { CSV_HEADERS, saveCsv } from '@/lib/api/csv';
import { listQuery, type RecommendationsFilter } from './get-recommendations';

/** The filtered list as CSV (Accept: text/csv, every row: no page), saved under the server's file name. */
export function exportRecommendations(filter: RecommendationsFilter) {
  const { page: _page, size: _size, ...query } = listQuery(filter);
  return saveCsv(api.GET('/api/v1/recommendations', { params: { query }, headers: CSV_HEADERS, parseAs: 'blob' }), 'kien-nghi.csv');
}
