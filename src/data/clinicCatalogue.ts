// Every guide in every language as clinics' systems need it: links, short
// link, QR code, reminder texts with their SMS counts, review dates and
// translation state. The for-clinics page, /api/v1/guides.json and .csv and
// the feeds are all built from this one list, so they always agree.
import { guidesIn } from './content.ts';
import { documentState } from './translationState.ts';
import { locales } from '../i18n/locales.ts';
import { absoluteUrl, localePath } from '../i18n/urls.ts';
import { useTranslations } from '../i18n/i18n.ts';
import { isoDay } from '../lib/formatDate.ts';
import { smsInfo } from '../lib/smsText.ts';
import type { CatalogueRow } from '../lib/catalogueCsv.ts';

export type { CatalogueRow };

export interface CatalogueGuide {
  slug: string;
  order: number;
  languages: CatalogueRow[];
}

export async function clinicCatalogue(site: URL | string): Promise<CatalogueGuide[]> {
  const english = await guidesIn('en');
  const perLanguage = await Promise.all(locales.map(async (l) => ({ locale: l, t: useTranslations(l.code), guides: await guidesIn(l.code) })));
  return english.map((g) => ({
    slug: g.slug,
    order: g.source.data.order,
    languages: perLanguage.map(({ locale, t, guides }) => {
      const version = guides.find((x) => x.slug === g.slug)!;
      const url = absoluteUrl(site, localePath(locale.code, g.slug));
      const title = version.entry.data.title;
      // Each guide's own reminder, naming what it helps with, with the link in the text's language
      // (the short link would pick the phone's language, which may not be the text's).
      const text = t(`pages:clinics.sms.${g.slug}`, { url });
      const info = smsInfo(text);
      const state = locale.code === 'en' ? 'source' : version.fallback ? 'missing' : (documentState(locale.code, 'guides', g.slug)?.state ?? 'machine');
      return {
        slug: g.slug,
        lang: locale.code,
        tag: locale.tag,
        title,
        summary: version.entry.data.summary,
        url,
        shortUrl: absoluteUrl(site, `/go/${g.slug}/`),
        qr: absoluteUrl(site, `/qr/${locale.code}/${g.slug}.svg`),
        sms: { text, characters: info.characters, encoding: info.encoding, segments: info.segments },
        email: { subject: t('pages:clinics.email.subject', { title }), body: t('pages:clinics.email.body', { title, url }) },
        lastReviewed: isoDay(g.source.data.lastReviewed),
        nextReview: isoDay(g.source.data.nextReview),
        status: state as CatalogueRow['status'],
      };
    }),
  }));
}
