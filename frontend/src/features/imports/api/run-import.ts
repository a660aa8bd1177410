import { useMutation } from '@tanstack/react-query';
import { ApiProblemError } from '@/lib/api/problem';
import { getImportJob } from './get-import-job';
import { startImport, type ImportRequest } from './start-import';
import type { ImportResult } from './types';

export interface Progress {
  rowsDone: number;
  rowsTotal: number | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs an import to its end: synchronously, or (async) by polling the job every `pollMs` and reporting its progress.
 * A FAILED job throws its problem.
 */
export function useRunImport(onProgress: (p: Progress | null) => void, pollMs = 700) {
  return useMutation({
    mutationFn: async (request: ImportRequest): Promise<ImportResult> => {
      onProgress(null);
      const started = await startImport(request);
      if ('result' in started) return started.result;
      let job = started.job;
      for (;;) {
        onProgress({ rowsDone: job.rowsDone, rowsTotal: job.rowsTotal ?? null });
        if (job.status === 'SUCCEEDED' && job.result) return job.result;
        if (job.status === 'FAILED') {
          throw new ApiProblemError(job.problem?.status ?? 400, job.problem ?? { type: 'about:blank', title: 'Nhập dữ liệu thất bại', status: 400 });
        }
        await sleep(pollMs);
        job = await getImportJob(job.jobId);
      }
    },
    onSettled: () => onProgress(null),
  });
}
