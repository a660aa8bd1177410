import { useMutation } from '@tanstack/react-query';
import { getImportJob } from './get-import-job';
import { startImport, type ImportRequest } from './start-import';
import type { ImportResult } from './types';

export interface Progress {
  rowsDone: number;
  rowsTotal: number | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs an import to its end. With `follow`, the job gets an id chosen here and is read every `pollMs` while the POST
 * runs, to report its progress; the POST's answer is the result either way (and its problem, the failure).
 */
export function useRunImport(onProgress: (p: Progress | null) => void, pollMs = 700) {
  return useMutation({
    mutationFn: async (request: ImportRequest): Promise<ImportResult> => {
      onProgress(null);
      if (!request.follow) return startImport(request);
      const jobId = crypto.randomUUID();
      let done = false;
      const posting = startImport(request, jobId).finally(() => {
        done = true;
      });
      const polling = (async () => {
        while (!done) {
          await sleep(pollMs);
          if (done) break;
          try {
            const job = await getImportJob(jobId);
            if (!done && job.status === 'RUNNING') onProgress({ rowsDone: job.rowsDone, rowsTotal: job.rowsTotal ?? null });
          } catch {
            // Not there yet (the server has not read the headers), or a blip: the POST's answer decides.
          }
        }
      })();
      const result = await posting;
      await polling;
      return result;
    },
    onSettled: () => onProgress(null),
  });
}
