import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ImportResource, ImportResult } from './types';

export interface ImportRequest {
  resource: ImportResource;
  file: Blob;
  dryRun: boolean;
  atomic: boolean;
  /** Follow the job's progress while it runs (large files): the client names the job so it can read it meanwhile. */
  follow: boolean;
  idempotencyKey?: string;
}

/**
 * POST /imports/{resource} with the CSV file as the body (text/csv, streamed by the server); answers when the import
 * is done. `jobId`, when given, is the id the job gets, readable at GET /imports/{jobId} while this runs.
 */
export async function startImport(request: ImportRequest, jobId?: string): Promise<ImportResult> {
  const answer = await api.POST('/api/v1/imports/{resource}', {
    params: {
      path: { resource: request.resource },
      query: { dryRun: request.dryRun, atomic: request.atomic, ...(jobId ? { jobId } : {}) },
      header: request.idempotencyKey ? { 'Idempotency-Key': request.idempotencyKey } : undefined,
    },
    // The file itself is the body, as it is: no JSON serialization.
    body: request.file as never,
    bodySerializer: (body: unknown) => body as BodyInit,
    headers: { 'Content-Type': 'text/csv' },
  });
  return unwrap(answer) as ImportResult;
}
