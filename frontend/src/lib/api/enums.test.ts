import { describe, expect, expectTypeOf, it } from 'vitest';
import { everyValueOf } from './enums';
import {
  attendanceStatusValues,
  conferenceStatusValues,
  pathsApiV1ImportsResourcePostParametersPathResourceValues,
  recommendationFieldValues,
  roleValues,
  type components,
  type paths,
} from './schema';

type Schemas = components['schemas'];

describe('the enums of the contract as the web app gets them', () => {
  // What tsc checks (npm run build): each generated array holds exactly its enum's type, so a list taken from it follows
  // openapi.yaml; check:api keeps the arrays themselves current.
  it('are arrays of exactly their enum’s values, named schemas and an inline parameter alike', () => {
    expectTypeOf<(typeof recommendationFieldValues)[number]>().toEqualTypeOf<Schemas['RecommendationField']>();
    expectTypeOf<(typeof conferenceStatusValues)[number]>().toEqualTypeOf<Schemas['ConferenceStatus']>();
    expectTypeOf<(typeof attendanceStatusValues)[number]>().toEqualTypeOf<Schemas['AttendanceStatus']>();
    expectTypeOf<(typeof roleValues)[number]>().toEqualTypeOf<Schemas['Role']>();
    expectTypeOf<(typeof pathsApiV1ImportsResourcePostParametersPathResourceValues)[number]>().toEqualTypeOf<
      paths['/api/v1/imports/{resource}']['post']['parameters']['path']['resource']
    >();
    expect(recommendationFieldValues).toContain('AGRICULTURE');
    expect(new Set(conferenceStatusValues).size).toBe(conferenceStatusValues.length);
  });
});

describe('a display order of its own', () => {
  type Step = 'ONE' | 'TWO' | 'THREE';

  it('keeps the order it is given', () => {
    expect(everyValueOf<Step>()(['THREE', 'ONE', 'TWO'])).toEqual(['THREE', 'ONE', 'TWO']);
  });

  it('fails the type check when it misses a value, or names one the enum does not have', () => {
    // @ts-expect-error TWO is missing
    expect(everyValueOf<Step>()(['THREE', 'ONE'])).toHaveLength(2);
    // @ts-expect-error FOUR is no Step
    expect(everyValueOf<Step>()(['THREE', 'ONE', 'TWO', 'FOUR'])).toHaveLength(4);
  });
});
