import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { vi } from '@/i18n/vi';
import {
  inspectionFindingAreaValues,
  inspectionFindingRatingValues,
  inspectionKindValues,
  inspectionRemedyStatusValues,
  inspectionStatusValues,
  inspectionTeamRoleValues,
  studyRemarkKindValues,
} from '@/lib/api/schema';
import { NEXT } from './labels';

/** Each dictionary entry of these screens that names the values of an enum of the contract, with those values. */
const ENUM_LABELS: [string, readonly string[]][] = [
  ['inspections.kinds', inspectionKindValues],
  ['inspections.statuses', inspectionStatusValues],
  ['inspections.moveTo', inspectionStatusValues],
  ['inspections.teamRoles', inspectionTeamRoleValues],
  ['inspections.areas', inspectionFindingAreaValues],
  ['inspections.ratings', inspectionFindingRatingValues],
  ['inspections.remedyStatuses', inspectionRemedyStatusValues],
  ['reviews.remarkKinds', studyRemarkKindValues],
  ['reviews.ratings', inspectionFindingRatingValues],
];

function at(dictionary: object, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], dictionary);
}

describe('the words for the inspection and review enums', () => {
  it.each([
    ['vi', vi],
    ['en', en],
  ] as const)('name every value the contract lists (%s)', (_, dictionary) => {
    const missing = ENUM_LABELS.flatMap(([key, values]) =>
      values.filter((value) => typeof at(dictionary, `${key}.${value}`) !== 'string').map((value) => `${key}.${value}`),
    );
    expect(missing).toEqual([]);
  });

  it('knows the lifecycle’s next steps of every status', () => {
    expect(Object.keys(NEXT).sort()).toEqual([...inspectionStatusValues].sort());
  });
});
