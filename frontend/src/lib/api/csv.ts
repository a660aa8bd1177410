import { unwrap } from './problem';

/**
 * Every list and report of the API also answers `Accept: text/csv` with the same query (UTF-8 with a byte order mark,
 * so that Excel reads Vietnamese). The screens fetch it through the one client (bearer token, language, a refreshed
 * session) with these headers and `parseAs: 'blob'`, then save it with `saveCsv`.
 */
export const CSV_HEADERS = { Accept: 'text/csv, application/problem+json' } as const;

/** The file name the server gave in Content-Disposition (filename*=UTF-8'' or filename=), else the fallback. */
export function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // a malformed escape: the plain name, if any
    }
  }
  const plain = /filename\s*=\s*"([^"]+)"|filename\s*=\s*([^;\s]+)/i.exec(header);
  return plain?.[1] ?? plain?.[2] ?? fallback;
}

/** Has the browser save a file, as if a download link had been clicked. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Waits for a CSV answer of the client and saves it under the server's file name; a problem (e.g. 400 "more than
 * 10 000 rows, narrow the filter") is thrown as any other. Resolves to the file's size in bytes.
 */
export async function saveCsv(answer: Promise<{ data?: unknown; error?: unknown; response: Response }>, fallbackName: string): Promise<number> {
  const result = await answer;
  const blob = unwrap(result) as Blob;
  saveFile(blob, fileNameOf(result.response, fallbackName));
  return blob.size;
}
