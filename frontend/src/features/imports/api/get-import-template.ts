import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { CSV_HEADERS, saveCsv } from '@/lib/api/csv';
import type { ImportResource } from './types';

/**
 * GET /imports/{resource}/template, saved by the browser under the server's file name: a CSV with the Vietnamese
 * headers the import accepts and one example row. Fetched (with the caller's credential) rather than linked: a plain
 * link would carry none.
 */
export function useDownloadImportTemplate() {
  return useMutation({
    mutationFn: (resource: ImportResource) =>
      saveCsv(
        api.GET('/api/v1/imports/{resource}/template', {
          params: { path: { resource } },
          headers: CSV_HEADERS,
          parseAs: 'blob',
        }),
        `mau-nhap-${resource}.csv`,
      ),
  });
}
