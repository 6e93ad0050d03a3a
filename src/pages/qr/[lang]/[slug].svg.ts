// /qr/<lang>/<slug>.svg — a QR code for each guide in each language, made at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { guidesIn } from '../../../data/content.ts';
import { localeCodes } from '../../../i18n/locales.ts';
import { absoluteUrl, localePath } from '../../../i18n/urls.ts';
import { qrSvg } from '../../../lib/qrCode.ts';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of localeCodes) for (const g of await guidesIn(lang)) paths.push({ params: { lang, slug: g.slug } });
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const url = absoluteUrl(site!, localePath(params.lang!, params.slug!));
  return new Response(await qrSvg(url, url), { headers: { 'Content-Type': 'image/svg+xml' } });
};
