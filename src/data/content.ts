// Reads the content collections and pairs each language with the English
// source. A language without a translation of a guide still gets the page:
// the English entry, flagged `fallback` so the page can say so.
import { getCollection, type CollectionEntry } from 'astro:content';
import { sourceLocale } from '../i18n/locales.ts';
import { splitContentId } from '../lib/contentPaths.ts';

export type Guide = CollectionEntry<'guides'>;
export type Page = CollectionEntry<'pages'>;

export interface Localised<T> {
  slug: string;
  /** The language the page is shown in (the URL's language). */
  lang: string;
  /** The entry shown: the translation, or the English source when there is none. */
  entry: T;
  /** The English source entry. */
  source: T;
  /** True when no translation exists and the English text is shown. */
  fallback: boolean;
}

function pair<T extends Guide | Page>(entries: T[], lang: string): Localised<T>[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return entries
    .filter((e) => splitContentId(e.id).lang === sourceLocale)
    .map((source) => {
      const { slug } = splitContentId(source.id);
      const translated = byId.get(`${lang}/${slug}`);
      return { slug, lang, entry: translated ?? source, source, fallback: !translated };
    });
}

// Pairing is done once per language for each loaded collection (the key is
// the collection array, so a reload in `astro dev` starts afresh). Pages such
// as /go/<slug>/ ask for every language's list, once per guide.
const pairedGuides = new WeakMap<Guide[], Map<string, Localised<Guide>[]>>();

export async function guidesIn(lang: string): Promise<Localised<Guide>[]> {
  const all = await getCollection('guides');
  let byLang = pairedGuides.get(all);
  if (!byLang) {
    byLang = new Map();
    pairedGuides.set(all, byLang);
  }
  let list = byLang.get(lang);
  if (!list) {
    list = pair(all, lang).sort((a, b) => a.source.data.order - b.source.data.order);
    byLang.set(lang, list);
  }
  return list;
}

export async function pageIn(lang: string, slug: string): Promise<Localised<Page>> {
  const found = pair(await getCollection('pages'), lang).find((p) => p.slug === slug);
  if (!found) throw new Error(`content/pages/${sourceLocale}/${slug}.mdx is missing: the /${lang}/${slug}/ page needs it.`);
  return found;
}

export async function glossaryIn(lang: string) {
  const all = await getCollection('glossary');
  const source = all.find((g) => g.id === sourceLocale);
  if (!source) throw new Error(`content/glossary/${sourceLocale}.json is missing.`);
  const translated = all.find((g) => g.id === lang);
  return { entry: translated ?? source, source, fallback: !translated };
}
