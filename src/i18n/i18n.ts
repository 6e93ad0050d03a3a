// The one i18next instance, loaded from locales/ at build time.
// fallbackLng must be set explicitly: i18next 27 defaults it to false.
import i18next, { type TFunction } from 'i18next';
import { localeCodes, sourceLocale } from './locales.ts';
import { loadLocaleFiles, type LocaleResources } from '../lib/loadLocaleFiles.ts';

export function createI18n(resources: LocaleResources) {
  const instance = i18next.createInstance();
  const namespaces = Object.keys(resources[sourceLocale] ?? {});
  instance.init({
    resources,
    lng: sourceLocale,
    fallbackLng: sourceLocale,
    supportedLngs: [...localeCodes],
    lowerCaseLng: true,
    ns: namespaces,
    defaultNS: 'common',
    keySeparator: false,
    nsSeparator: ':',
    // Astro escapes every expression it renders; escaping here too would double-escape.
    interpolation: { escapeValue: false },
    returnNull: false,
    returnEmptyString: false,
    initAsync: false,
  });
  return instance;
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * A translate function for one language. A key missing in English is a bug in
 * our code, so it throws (the build stops, naming the key) instead of
 * printing the raw key on a page. A key missing in another language falls
 * back to English; `npm run i18n:check` reports it.
 */
export function makeTranslate(instance: ReturnType<typeof createI18n>, code: string): Translate {
  const fixed: TFunction = instance.getFixedT(code);
  // Strings without placeholders are looked up once: every page asks for the same ones.
  const plain = new Map<string, string>();
  return (key, options) => {
    if (!options) {
      const known = plain.get(key);
      if (known !== undefined) return known;
    }
    const [ns, bare] = key.includes(':') ? key.split(':', 2) : ['common', key];
    if (!instance.exists(bare, { lng: sourceLocale, ns })) {
      throw new Error(`Missing UI string "${key}": add "${bare}" to locales/${sourceLocale}/${ns}.json.`);
    }
    const text = String(fixed(key, options ?? {}));
    if (!options) plain.set(key, text);
    return text;
  };
}

let shared: ReturnType<typeof createI18n> | undefined;

/** The site's instance, reading locales/ under the project root (process.cwd()). */
export function siteI18n() {
  shared ??= createI18n(loadLocaleFiles(process.cwd(), localeCodes));
  return shared;
}

const translators = new Map<string, Translate>();

/** The translate function for a language; one per language for the whole build. */
export function useTranslations(code: string): Translate {
  let translate = translators.get(code);
  if (!translate) {
    translate = makeTranslate(siteI18n(), code);
    translators.set(code, translate);
  }
  return translate;
}
