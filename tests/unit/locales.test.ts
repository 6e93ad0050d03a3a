import { describe, expect, it } from 'vitest';
import { getLocale, isLocaleCode, localeCodes, locales } from '../../src/i18n/locales.ts';

describe('locale registry', () => {
  it('holds the first-wave languages with lowercase URL codes', () => {
    expect(localeCodes).toEqual(['en', 'es', 'zh-hans', 'tl', 'vi', 'ko', 'ar']);
    for (const l of locales) expect(l.code).toBe(l.code.toLowerCase());
  });

  it('keeps BCP-47 tags apart from URL codes', () => {
    expect(getLocale('zh-hans').tag).toBe('zh-Hans');
    for (const l of locales) expect(() => new Intl.Locale(l.tag)).not.toThrow();
  });

  it('marks Arabic, and only Arabic, right-to-left', () => {
    expect(locales.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
  });

  it('has a unique code, tag and endonym for every language', () => {
    for (const key of ['code', 'tag', 'endonym'] as const) {
      expect(new Set(locales.map((l) => l[key])).size).toBe(locales.length);
    }
  });

  it('rejects unknown codes with a message that lists the known ones', () => {
    expect(isLocaleCode('qaa')).toBe(false);
    expect(() => getLocale('qaa')).toThrow(/Unknown language code "qaa".*en, es/);
  });
});
