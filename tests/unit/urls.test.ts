import { describe, expect, it } from 'vitest';
import { absoluteUrl, localePath, normalisePagePath, splitLocalePath, switchLocale } from '../../src/i18n/urls.ts';

describe('URL helpers', () => {
  it('builds /<lang>/<page>/ with one trailing slash', () => {
    expect(localePath('en')).toBe('/en/');
    expect(localePath('es', 'telehealth-privacy')).toBe('/es/telehealth-privacy/');
    expect(localePath('zh-hans', '/tools/request-letter/')).toBe('/zh-hans/tools/request-letter/');
    expect(normalisePagePath('/')).toBe('');
  });

  it('refuses a language that is not registered', () => {
    expect(() => localePath('xx', 'a')).toThrow(/Unknown language code "xx"/);
  });

  it('splits a URL into language and page path', () => {
    expect(splitLocalePath('/ar/glossary/')).toEqual({ code: 'ar', pagePath: 'glossary/' });
    expect(splitLocalePath('/go/email/')).toBeNull();
    expect(splitLocalePath('/')).toBeNull();
  });

  it('switches language and keeps the page (English slugs in every language)', () => {
    expect(switchLocale('/en/telehealth-apps/', 'ko')).toBe('/ko/telehealth-apps/');
    expect(switchLocale('/es/', 'ar')).toBe('/ar/');
    expect(switchLocale('/unknown/', 'vi')).toBe('/vi/');
  });

  it('makes absolute URLs against the site address', () => {
    expect(absoluteUrl('https://example.org/', '/es/')).toBe('https://example.org/es/');
  });
});
