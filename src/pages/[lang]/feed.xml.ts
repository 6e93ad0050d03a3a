// /<lang>/feed.xml: an Atom feed per language, one entry per guide, updated when
// a guide's review date changes, so clinics and EHR admins learn of reviewed
// content. Written by the `feed` package from the clinic catalogue.
import type { APIRoute, GetStaticPaths } from 'astro';
import { Feed } from 'feed';
import { clinicCatalogue } from '../../data/clinicCatalogue.ts';
import { getLocale, localeCodes } from '../../i18n/locales.ts';
import { absoluteUrl, localePath } from '../../i18n/urls.ts';
import { useTranslations } from '../../i18n/i18n.ts';

export const getStaticPaths = (() => localeCodes.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang!;
  const t = useTranslations(lang);
  const rows = (await clinicCatalogue(site!)).map((g) => g.languages.find((r) => r.lang === lang)!);
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  const updated = new Date(Math.max(...rows.map((r) => day(r.lastReviewed).getTime())));
  const feed = new Feed({
    id: absoluteUrl(site!, localePath(lang, '')),
    title: t('site.name'),
    description: t('home:description'),
    link: absoluteUrl(site!, localePath(lang, '')),
    language: getLocale(lang).tag,
    updated,
    copyright: '',
    feedLinks: { atom: absoluteUrl(site!, `/${lang}/feed.xml`) },
  });
  for (const r of rows) {
    feed.addItem({ id: r.url, link: r.url, title: r.title, description: r.summary, date: day(r.lastReviewed) });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
