import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { vi } from '@/i18n/vi';
import { ACTION_PLAN_STATUSES, AUDIENCES, FORMATS, ORGANIZER_KINDS, OUTCOMES, PLAN_STATUSES, REMARK_KINDS } from './labels';

const LABELS: [string, readonly string[]][] = [
  ['studies.statuses', PLAN_STATUSES],
  ['studies.audiences', AUDIENCES],
  ['actionPlans.statuses', ACTION_PLAN_STATUSES],
  ['studySessions.formats', FORMATS],
  ['studySessions.organizerKinds', ORGANIZER_KINDS],
  ['studySessions.remarkKinds', REMARK_KINDS],
  ['studyReports.outcomes', OUTCOMES],
];

const at = (dictionary: object, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], dictionary);

describe('the words for the studies’ enums', () => {
  it.each([
    ['vi', vi],
    ['en', en],
  ] as const)('name every value the contract lists (%s)', (_, dictionary) => {
    const missing = LABELS.flatMap(([key, values]) => values.filter((v) => typeof at(dictionary, `${key}.${v}`) !== 'string').map((v) => `${key}.${v}`));
    expect(missing).toEqual([]);
  });
});
