import { pathsApiV1ImportsResourcePostParametersPathResourceValues, type components } from '@/lib/api/schema';

export type ImportResult = components['schemas']['ImportResult'];
export type ImportJob = components['schemas']['ImportJob'];
export type ImportResource = ImportResult['resource'];

/**
 * What can be imported, in the contract's order: the values of POST /imports/{resource}'s path parameter. The contract
 * writes this enum inline (in that parameter, the template's, ImportResult's and ImportJob's), not as a named schema;
 * a test checks that the four agree.
 */
export const RESOURCES: readonly ImportResource[] = pathsApiV1ImportsResourcePostParametersPathResourceValues;
