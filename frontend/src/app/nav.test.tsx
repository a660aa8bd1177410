import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { vi } from '@/i18n/vi';
import { homeFor, navFor } from './nav';

describe('the navigation by role', () => {
  it('gives a branch secretary the meetings first, a department no meeting records', () => {
    expect(homeFor('BRANCH_SECRETARY')).toBe('/sinh-hoat/thang-nay');
    expect(homeFor('RESPONDER')).toBe('/kien-nghi');
    expect(homeFor('DISTRICT_OFFICE')).toBe('/tong-quan');
    expect(navFor('BRANCH_SECRETARY').map((e) => e.key)).toContain('meetings');
    expect(navFor('RESPONDER').map((e) => e.key)).not.toContain('meetings');
    expect(navFor('BRANCH_SECRETARY').map((e) => e.key)).not.toContain('imports');
  });

  it('lists nothing as planned any more: recommendations and import have their screens', () => {
    expect(navFor('DISTRICT_OFFICE').filter((e) => e.planned).map((e) => e.key)).toEqual([]);
    expect(navFor('DISTRICT_OFFICE').map((e) => e.key)).toContain('imports');
    expect(navFor('RESPONDER').map((e) => e.key)).toContain('recommendations');
  });
});

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('the languages', () => {
  it('English has every key Vietnamese has, and no other', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });
});

// Every source file of the features, as text (Vite reads them; no Node API in the app's types).
const SOURCES = import.meta.glob<string>('/src/features/**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true });

describe('feature boundaries', () => {
  it('no feature imports another: features meet only in src/app', () => {
    const crossings: string[] = [];
    for (const [file, text] of Object.entries(SOURCES)) {
      const feature = /^\/src\/features\/([^/]+)\//.exec(file)![1];
      for (const [, target] of text.matchAll(/from '(@\/features\/[^/']+|(?:\.\.\/){2,}[^']*)'/g)) {
        const other = /@\/features\/([^/']+)/.exec(target!)?.[1] ?? /^(?:\.\.\/){2}([^/']+)/.exec(target!)?.[1];
        if (other && other !== feature) crossings.push(`${file} → ${target}`);
      }
    }
    expect(Object.keys(SOURCES).length).toBeGreaterThan(20);
    expect(crossings).toEqual([]);
  });
});
