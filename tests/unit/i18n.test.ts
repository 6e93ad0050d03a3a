import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, makeTranslate } from '../../src/i18n/i18n.ts';
import { loadLocaleFiles } from '../../src/lib/loadLocaleFiles.ts';
import { localeCodes } from '../../src/i18n/locales.ts';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', name);

describe('loading locale files', () => {
  it('loads every language folder and namespace', () => {
    const resources = loadLocaleFiles(fixture('locales-ok'), localeCodes);
    expect(Object.keys(resources)).toEqual(['en', 'es']);
    expect(resources.es.common.greeting).toBe('Hola {{name}}');
  });

  it('names the file when JSON does not parse', () => {
    expect(() => loadLocaleFiles(fixture('locales-bad-json'), localeCodes)).toThrow(
      /^locales\/en\/common\.json: is not valid JSON/,
    );
  });

  it('names the folder when a language is not registered', () => {
    expect(() => loadLocaleFiles(fixture('locales-unknown-lang'), localeCodes)).toThrow(
      /^locales\/qaa: "qaa" is not a registered language code/,
    );
  });

  it('names the file and key when a value is not a string', () => {
    expect(() => loadLocaleFiles(fixture('locales-non-string'), localeCodes)).toThrow(
      /locales\/en\/common\.json: key "list" must be a string, found array/,
    );
  });

  it('loads the real locales/ folder', () => {
    const resources = loadLocaleFiles(process.cwd(), localeCodes);
    expect(resources.en.common['site.name']).toBeTruthy();
  });
});

describe('translate', () => {
  const i18n = createI18n(loadLocaleFiles(fixture('locales-ok'), localeCodes));

  it('interpolates in the requested language', () => {
    expect(makeTranslate(i18n, 'es')('greeting', { name: 'Ana' })).toBe('Hola Ana');
  });

  it('falls back to English for a key the language lacks (fallbackLng is en)', () => {
    expect(makeTranslate(i18n, 'es')('only.english')).toBe('English only');
    expect(makeTranslate(i18n, 'ko')('greeting', { name: 'Min' })).toBe('Hello Min');
  });

  it('throws, naming the file to fix, for a key missing even in English', () => {
    expect(() => makeTranslate(i18n, 'es')('no.such.key')).toThrow(/Missing UI string "no.such.key".*locales\/en\/common\.json/);
  });

  it('returns markup untouched as text, for the page to escape', () => {
    expect(makeTranslate(i18n, 'en')('markup')).toBe('<b>bold</b>');
  });
});
