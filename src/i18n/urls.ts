// URL helpers. Every internal URL is built here so the URL contract in
// DESIGN.md (/<lang>/<page>/, English slugs in every language) lives in one place.
import { getLocale, localeCodes } from './locales.ts';

/** Normalise a language-free page path: '' for home, 'telehealth-privacy/' for a guide. */
export function normalisePagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+/, '').replace(/\/+$/, '');
  return trimmed === '' ? '' : `${trimmed}/`;
}

/** The site-relative URL of a page in a language: localePath('es', 'telehealth-privacy') → '/es/telehealth-privacy/'. */
export function localePath(code: string, pagePath = ''): string {
  getLocale(code); // throws on an unknown language
  return `/${code}/${normalisePagePath(pagePath)}`;
}

/** Split a site-relative URL into language and page path; null when it is not under a language. */
export function splitLocalePath(url: string): { code: string; pagePath: string } | null {
  const match = /^\/([^/]+)\/(.*)$/.exec(url);
  if (!match || !localeCodes.includes(match[1])) return null;
  return { code: match[1], pagePath: normalisePagePath(match[2]) };
}

/** The same page in another language. */
export function switchLocale(url: string, code: string): string {
  const parts = splitLocalePath(url);
  return localePath(code, parts ? parts.pagePath : '');
}

/** Absolute URL for canonical links, hreflang and QR codes. */
export function absoluteUrl(site: string | URL, path: string): string {
  return new URL(path, site).href;
}
