// The one locale registry. URL codes, BCP-47 tags, names and reading direction
// for every language the site ships. Astro's i18n config, the routes, the
// language switcher and the checks all derive from this list: adding a
// language means adding an entry here plus its files under locales/ and content/.

export type Direction = 'ltr' | 'rtl';

export interface Locale {
  /** Lowercase code used in URLs and folder names: /es/…, locales/es/, content/guides/es/. */
  code: string;
  /** BCP-47 tag for <html lang>, hreflang and Intl. */
  tag: string;
  /** The language's name in itself, for the chooser and the switcher. */
  endonym: string;
  /** The language's name in English, for translators' reports. */
  englishName: string;
  dir: Direction;
  /** Browser language prefixes that should pick this locale (short links). */
  matches: string[];
}

export const locales: readonly Locale[] = [
  { code: 'en', tag: 'en', endonym: 'English', englishName: 'English', dir: 'ltr', matches: ['en'] },
  { code: 'es', tag: 'es', endonym: 'Español', englishName: 'Spanish', dir: 'ltr', matches: ['es'] },
  {
    code: 'zh-hans',
    tag: 'zh-Hans',
    endonym: '简体中文',
    englishName: 'Chinese (Simplified)',
    dir: 'ltr',
    matches: ['zh-hans', 'zh-cn', 'zh-sg', 'zh-my', 'zh'],
  },
  { code: 'tl', tag: 'tl', endonym: 'Tagalog', englishName: 'Tagalog', dir: 'ltr', matches: ['tl', 'fil'] },
  { code: 'vi', tag: 'vi', endonym: 'Tiếng Việt', englishName: 'Vietnamese', dir: 'ltr', matches: ['vi'] },
  { code: 'ko', tag: 'ko', endonym: '한국어', englishName: 'Korean', dir: 'ltr', matches: ['ko'] },
  { code: 'ar', tag: 'ar', endonym: 'العربية', englishName: 'Arabic', dir: 'rtl', matches: ['ar'] },
];

export const sourceLocale = 'en';

export const localeCodes: readonly string[] = locales.map((l) => l.code);

export function isLocaleCode(code: string): boolean {
  return localeCodes.includes(code);
}

export function getLocale(code: string): Locale {
  const locale = locales.find((l) => l.code === code);
  if (!locale) {
    throw new Error(`Unknown language code "${code}". Known codes: ${localeCodes.join(', ')} (src/i18n/locales.ts).`);
  }
  return locale;
}
