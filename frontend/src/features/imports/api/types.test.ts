import { describe, expect, it } from 'vitest';
import {
  importJobResourceValues,
  importResultResourceValues,
  pathsApiV1ImportsResourceTemplateGetParametersPathResourceValues,
} from '@/lib/api/schema';
import { RESOURCES } from './types';

describe('what can be imported', () => {
  it('is the same list in the four places the contract writes it inline (the import, its template, its result and its job)', () => {
    expect(pathsApiV1ImportsResourceTemplateGetParametersPathResourceValues).toEqual(RESOURCES);
    expect(importResultResourceValues).toEqual(RESOURCES);
    expect(importJobResourceValues).toEqual(RESOURCES);
  });
});
