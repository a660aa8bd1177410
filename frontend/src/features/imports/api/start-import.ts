import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ImportJob, ImportResource, ImportResult } from './types';

export interface ImportRequest {
  resource: ImportResource;
  file: Blob;
  dryRun: boolean;
  atomic: boolean;
  /** Answer 202 at once with the job, to follow its progress (large files). */
  async: boolean;
  idempotencyKey?: string;
}

/**
 * POST /imports/{resource} with the CSV file as the body (text/csv, streamed by the server): the result, or with
 * `async` the running job (202) to poll.
 */
export async function startImport(request: ImportRequest): Promise<{ result: ImportResult } | { job: ImportJob }> {
  const answer = await api.POST('/api/v1/imports/{resource}', {
    params: {
      path: { resource: request.resource },
      query: { dryRun: request.dryRun, atomic: request.atomic, async: request.async },
      header: request.idempotencyKey ? { 'Idempotency-Key': request.idempotencyKey } : undefined,
    },
    // The file itself is the body, as it is: no JSON serialization.
    body: request.file as never,
    bodySerializer: (body: unknown) => body as BodyInit,
    headers: { 'Content-Type': 'text/csv' },
  });
  const data = unwrap(answer) as ImportResult | ImportJob;
  return answer.response.status === 202 ? { job: data as ImportJob } : { result: data as ImportResult };
}
