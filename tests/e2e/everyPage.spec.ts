// One visit per built page (found in dist/, never a hand list) checks:
// - axe-core (tags wcag2a wcag2aa wcag21a wcag21aa wcag22aa best-practice), light and dark;
// - privacy: no request to another host, no cookie, no storage, strict CSP,
//   no referrer, outbound links rel=noreferrer;
// - language: <html lang dir> from the registry, the switcher links the same
//   page in every language (labels in their own language, current one marked),
//   and a translated page shows no English UI string and no raw key.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages } from './support/builtPages.ts';
import { axeViolations } from './support/axe.ts';
import { readFacts } from './support/pageFacts.ts';
import { locales, localeCodes, getLocale } from '../../src/i18n/locales.ts';

// English UI strings that would betray an untranslated interface (long enough to be unambiguous).
const english = JSON.parse(readFileSync('locales/en/common.json', 'utf8')) as Record<string, string>;
const englishUi = Object.values(english).filter((s) => !s.includes('{{') && s.length >= 12);
const rawKeys = Object.keys(english).filter((k) => k.includes('.'));

for (const url of builtPages()) {
  test(`every-page checks: ${url}`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.origin !== origin && u.protocol !== 'data:') foreign.push(r.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    const facts = await readFacts(page);

    // Privacy
    expect(foreign, 'requests to other hosts').toEqual([]);
    expect(await context.cookies(), 'cookies').toEqual([]);
    expect(facts.storage, 'storage').toEqual({ local: 0, session: 0, idb: 0 });
    expect(facts.csp, 'CSP meta').toBeTruthy();
    expect(facts.csp).not.toContain('unsafe-inline');
    expect(facts.csp).not.toMatch(/\s\*(\s|;|$)/);
    for (const directive of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "default-src 'self'"]) {
      expect(facts.csp).toContain(directive);
    }
    expect(facts.referrer).toBe('no-referrer');
    for (const link of facts.outbound) expect(link.rel.split(/\s+/), `rel on ${link.href}`).toContain('noreferrer');

    // Language
    const lang = url.split('/')[1];
    if (localeCodes.includes(lang)) {
      const locale = getLocale(lang);
      expect(facts.lang).toBe(locale.tag);
      expect(facts.dir).toBe(locale.dir);
      const rest = url.slice(`/${lang}/`.length);
      expect(facts.switcher).toEqual(
        locales.map((l) => ({ href: `/${l.code}/${rest}`, lang: l.tag, text: l.endonym, current: l.code === lang ? 'true' : null })),
      );
      if (lang !== 'en') {
        const leaks = englishUi.filter((s) => facts.ownText.includes(s));
        expect(leaks, 'English UI strings on a translated page').toEqual([]);
      }
      expect(rawKeys.filter((k) => facts.ownText.includes(k)), 'raw translation keys').toEqual([]);
    }

    // Accessibility, light then dark
    expect(await axeViolations(page), `${url} in light mode`).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), `${url} in dark mode`).toEqual([]);
  });
}
