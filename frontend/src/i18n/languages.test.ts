import { describe, expect, it } from 'vitest';
import { en } from './en';

/** Letters only Vietnamese uses (with their tone marks), upper and lower case. */
const VIETNAMESE = /[ăâđêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/iu;

/** English texts that rightly hold Vietnamese: the product's name, and an example of typing without diacritics. */
const PROPER_NAMES = new Set(['app.brand']);

function entries(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as object).flatMap(([k, v]) => entries(v, prefix ? `${prefix}.${k}` : k));
}

describe('the English interface', () => {
  it('has no Vietnamese text in its dictionary', () => {
    const vietnamese = entries(en).filter(([key, text]) => !PROPER_NAMES.has(key) && VIETNAMESE.test(text));
    expect(vietnamese).toEqual([]);
  });

  // Every source file of the app but the dictionaries and the tests, as text.
  const SOURCES = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/i18n/**', '!/src/**/*.test.{ts,tsx}', '!/src/**/*.test-data.ts', '!/src/**/*.fixtures.ts', '!/src/test/**', '!/src/lib/api/schema.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  });

  it('gets every word from the dictionaries: no Vietnamese string or JSX text in the code', () => {
    const found: string[] = [];
    for (const [file, source] of Object.entries(SOURCES)) {
      const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
      const strings = [...code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|>([^<>{}]+)</g)].map((m) => m[0]);
      for (const text of strings) if (VIETNAMESE.test(text)) found.push(`${file}: ${text}`);
    }
    expect(Object.keys(SOURCES).length).toBeGreaterThan(50);
    expect(found).toEqual([]);
  });
});
