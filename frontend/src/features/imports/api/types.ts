import type { components } from '@/lib/api/schema';

export type ImportResult = components['schemas']['ImportResult'];
export type ImportJob = components['schemas']['ImportJob'];
export type ImportResource = ImportResult['resource'];

export const RESOURCES: readonly ImportResource[] = ['organizations', 'members', 'meetings', 'recommendations', 'indicator-reports'];
