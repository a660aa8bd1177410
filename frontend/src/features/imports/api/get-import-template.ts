import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ImportResource } from './types';

/** The file name the server suggests (Content-Disposition), else one made here. */
function filenameOf(response: Response, resource: ImportResource): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '');
  return match?.[1] ?? `mau-nhap-${resource}.csv`;
}

/** Hands a file to the browser to save. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * GET /imports/{resource}/template, saved by the browser: a CSV with the Vietnamese headers the import accepts and
 * one example row. Fetched (with the caller's credential) rather than linked: a plain link would carry none.
 */
export function useDownloadImportTemplate() {
  return useMutation({
    mutationFn: async (resource: ImportResource) => {
      const answer = await api.GET('/api/v1/imports/{resource}/template', {
        params: { path: { resource } },
        headers: { Accept: 'text/csv, application/problem+json' },
        parseAs: 'blob',
      });
      const blob = unwrap(answer) as unknown as Blob;
      saveFile(blob, filenameOf(answer.response, resource));
      return blob.size;
    },
  });
}
