import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { vi } from '@/i18n/vi';
import { homeFor, navFor } from './nav';

describe('the navigation by role', () => {
  it('gives a branch secretary the meetings first, a department no meeting records', () => {
    expect(homeFor('BRANCH_SECRETARY')).toBe('/sinh-hoat');
    expect(homeFor('DISTRICT_OFFICE')).toBe('/tong-quan');
    expect(navFor('BRANCH_SECRETARY').map((e) => e.key)).toContain('meetings');
    expect(navFor('RESPONDER').map((e) => e.key)).not.toContain('meetings');
    expect(navFor('BRANCH_SECRETARY').map((e) => e.key)).not.toContain('imports');
  });

  it('lists recommendations and import as planned until their API exists', () => {
    expect(navFor('DISTRICT_OFFICE').filter((e) => e.planned).map((e) => e.key)).toEqual(['recommendations', 'imports']);
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

const SRC = join(__dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('feature boundaries', () => {
  it('no feature imports another: features meet only in src/app', () => {
    const crossings: string[] = [];
    for (const feature of readdirSync(join(SRC, 'features'))) {
      for (const file of files(join(SRC, 'features', feature))) {
        for (const [, target] of readFileSync(file, 'utf8').matchAll(/from '(@\/features\/[^/']+|(?:\.\.\/){2,}[^']*)'/g)) {
          const other = /@\/features\/([^/']+)/.exec(target!)?.[1] ?? /^(?:\.\.\/){2}([^/']+)/.exec(target!)?.[1];
          if (other && other !== feature) crossings.push(`${relative(SRC, file)} → ${target}`);
        }
      }
    }
    expect(crossings).toEqual([]);
  });
});
