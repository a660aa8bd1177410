import { describe, expect, it } from 'vitest';
import { navFor } from './nav';
import { PATHS } from './paths';

describe('the inspection and year-end review entries of the navigation', () => {
  it('are offered to the roles that record or read inspections and reviews, not to a department', () => {
    for (const role of ['SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'GRASSROOTS_OFFICER', 'BRANCH_SECRETARY', 'INSPECTOR'] as const) {
      expect(navFor(role).map((e) => e.key)).toEqual(expect.arrayContaining(['inspections', 'yearlyReview']));
    }
    expect(navFor('RESPONDER').map((e) => e.key)).not.toContain('inspections');
    expect(navFor('RESPONDER').map((e) => e.key)).not.toContain('yearlyReview');
  });

  it('have Vietnamese addresses, the report a section of the inspections', () => {
    expect(PATHS.inspections).toBe('/kiem-tra');
    expect(PATHS.inspectionReport).toBe('/kiem-tra/tong-hop');
    expect(PATHS.inspection('x')).toBe('/kiem-tra/x');
    expect(PATHS.yearlyReview).toBe('/danh-gia-nam');
  });
});
