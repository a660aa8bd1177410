import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ImportJob } from './types';

/** GET /imports/{jobId}: the job's progress (rowsDone / rowsTotal) and, when done, its result. */
export async function getImportJob(jobId: string): Promise<ImportJob> {
  return unwrap(await api.GET('/api/v1/imports/{resource}', { params: { path: { resource: jobId } } }));
}
