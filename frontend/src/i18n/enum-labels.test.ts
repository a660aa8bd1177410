import { describe, expect, it } from 'vitest';
import {
  attendanceStatusValues,
  comparatorValues,
  conferenceKindValues,
  conferenceStatusValues,
  meetingKindValueValues,
  memberStatusValues,
  metricValues,
  opinionAreaValues,
  organizationTypeValues,
  pathsApiV1ImportsResourcePostParametersPathResourceValues,
  recommendationEntryTypeValues,
  recommendationFieldValues,
  recommendationStatusValues,
  roleValues,
  scoreBandValues,
  taskStatusValues,
} from '@/lib/api/schema';
import { en } from './en';
import { vi } from './vi';

/** Each dictionary entry that names the values of an enum of the contract, with those values. */
const ENUM_LABELS: [string, readonly string[]][] = [
  ['roles', roleValues],
  ['orgTypes', organizationTypeValues],
  ['organizations', memberStatusValues],
  ['conferences.kinds', conferenceKindValues],
  ['conferences.statuses', conferenceStatusValues],
  ['resolutions.metrics', metricValues],
  ['resolutions.comparators', comparatorValues],
  ['meetings.kinds', meetingKindValueValues],
  ['meetings.roll.statuses', attendanceStatusValues],
  ['meetings.opinion.areas', opinionAreaValues],
  ['meetings.task.statuses', taskStatusValues],
  ['meetings.score.bands', scoreBandValues],
  ['recommendations.fields', recommendationFieldValues],
  ['recommendations.statuses', recommendationStatusValues],
  ['recommendations.entries', recommendationEntryTypeValues],
  ['imports.resources', pathsApiV1ImportsResourcePostParametersPathResourceValues],
];

function at(dictionary: object, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], dictionary);
}

describe('the words for the contract’s enums', () => {
  it.each([
    ['vi', vi],
    ['en', en],
  ] as const)('name every value the contract lists (%s), so a value added to openapi.yaml never shows as a code', (_, dictionary) => {
    const missing = ENUM_LABELS.flatMap(([key, values]) =>
      values.filter((value) => typeof at(dictionary, `${key}.${value}`) !== 'string').map((value) => `${key}.${value}`),
    );
    expect(missing).toEqual([]);
  });
});
