// One visit per built page (found in dist/, never a hand list) runs every
// per-page check, so the crawl's cost grows with one page load per page:
// - budgets: bytes over the wire, requests, JavaScript, layout shift, one
//   stylesheet, no render-blocking script, sized lazy images;
// - privacy: no request to another host, no cookie, no storage, strict CSP that
//   the browser reports no violation of, no referrer, outbound links noreferrer;
// - language: <html lang dir> from the registry, the switcher links the same
//   page in every language, no English UI string and no raw key on a translated page;
// - axe-core (tags wcag2a wcag2aa wcag21a wcag21aa wcag22aa best-practice) in
//   light; in dark, the rules that read colours (dark mode changes only colours,
//   held by darkModeColoursOnly.test.ts);
// - beyond axe: headings and landmarks, touch targets, visible focus with 3:1
//   contrast and a focus order that follows the layout (mirrored in RTL),
//   reduced motion, forced colors, reflow at 320 px (= 400% zoom of 1280 px),
//   WCAG 1.4.12 text spacing at phone width.
// All problems of a page are reported together, each with its check's name.
import { readFileSync, readdirSync } from 'node:fs';
import { test, expect } from './support/crawlPage.ts';
import { builtPages } from './support/builtPages.ts';
import { axeViolations, colourRuleIds } from './support/axe.ts';
import { readFacts } from './support/pageFacts.ts';
import { recordLoad } from './support/pageLoad.ts';
import { timed } from './support/timing.ts';
import {
  applyUserStyles,
  clippedText,
  edgelessControls,
  focusProblems,
  horizontalOverflow,
  runningAnimations,
  smallTargets,
  structureProblems,
  tabWalk,
  textSpacingCss,
} from './support/beyondAxe.ts';
import { locales, localeCodes, getLocale } from '../../src/i18n/locales.ts';

// English UI strings that would betray an untranslated interface (long enough to be unambiguous).
const english = JSON.parse(readFileSync('locales/en/common.json', 'utf8')) as Record<string, string>;
const englishUi = Object.values(english).filter((s) => !s.includes('{{') && s.length >= 12);
const rawKeys = Object.keys(english).filter((k) => k.includes('.'));
const guideSlugs = readdirSync('content/guides/en').map((f) => f.replace(/\.mdx$/, ''));

/** Budgets as bytes and counts, never times. Guides keep the limits they always had. */
const guideBudget = { bytes: 20 * 1024, jsBytes: 2 * 1024, requests: 4 };

for (const url of builtPages()) {
  test(`every page: ${url}`, async ({ crawl }) => {
    const { page, context, cdp } = crawl;
    const problems: string[] = [];
    const report = (check: string, found: string[]) => problems.push(...found.map((f) => `[${check}] ${f}`));
    const lang = url.split('/')[1];
    const isGuide = localeCodes.includes(lang) && guideSlugs.some((slug) => url === `/${lang}/${slug}/`);

    const load = recordLoad(page, crawl.origin);
    await timed('load', async () => {
      await page.goto(url, { waitUntil: 'load' });
      await load.settled();
    });
    // The page's weight is what arrived by the load event: taken now, before the checks scroll (lazy images).
    const responsesAtLoad = load.responses();

    await timed('budgets', async () => {
      const responses = await responsesAtLoad;
      const detail = responses.map((r) => `${r.type} ${r.bytes} ${r.url}`).join('; ');
      const inlineJs = await page.locator('script:not([src])').evaluateAll((s) => s.reduce((n, e) => n + new Blob([e.textContent ?? '']).size, 0));
      const js = inlineJs + responses.filter((r) => r.type === 'script').reduce((n, r) => n + r.bytes, 0);
      const total = responses.reduce((n, r) => n + r.bytes, 0);
      const { cls, shifts } = await load.layoutShift();
      if (cls !== 0) report('layout shift', [`CLS ${cls}: ${shifts.join('; ')}`]);
      if (isGuide) {
        if (total > guideBudget.bytes) report('budget', [`${total} bytes over the wire > ${guideBudget.bytes}: ${detail}`]);
        if (js > guideBudget.jsBytes) report('budget', [`${js} bytes of JavaScript before interaction > ${guideBudget.jsBytes}`]);
        if (responses.length > guideBudget.requests) report('budget', [`${responses.length} requests > ${guideBudget.requests}: ${detail}`]);
      }
      const found = await page.evaluate(() => ({
        sheets: [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.getAttribute('href')),
        blockingScripts: document.querySelectorAll('head script[src]:not([async]):not([defer]):not([type=module])').length,
        images: [...document.images].filter((i) => !i.getAttribute('width') || !i.getAttribute('height') || i.loading !== 'lazy').map((i) => i.src),
      }));
      if (found.sheets.length > 1) report('render blocking', [`${found.sheets.length} stylesheets`]);
      if (found.blockingScripts) report('render blocking', [`${found.blockingScripts} render-blocking scripts`]);
      report('images', found.images.map((src) => `image without width/height/lazy: ${src}`));
    });

    await timed('privacy and language', async () => {
      const facts = await readFacts(page);
      const cookies = await context.cookies();
      if (cookies.length) report('privacy', [`cookies: ${cookies.map((c) => c.name).join(', ')}`]);
      if (facts.storage.local || facts.storage.session || facts.storage.idb) report('privacy', [`storage used: ${JSON.stringify(facts.storage)}`]);
      const csp = facts.csp ?? '';
      if (!csp) report('privacy', ['no CSP <meta>']);
      if (csp.includes('unsafe-inline')) report('privacy', ["CSP allows 'unsafe-inline'"]);
      if (/\s\*(\s|;|$)/.test(csp)) report('privacy', ['CSP allows any host (*)']);
      for (const directive of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "default-src 'self'"]) {
        if (!csp.includes(directive)) report('privacy', [`CSP lacks ${directive}`]);
      }
      if (facts.referrer !== 'no-referrer') report('privacy', [`referrer policy is ${facts.referrer}`]);
      report('privacy', facts.outbound.filter((l) => !l.rel.split(/\s+/).includes('noreferrer')).map((l) => `no rel=noreferrer on ${l.href}`));

      if (localeCodes.includes(lang)) {
        const locale = getLocale(lang);
        if (facts.lang !== locale.tag || facts.dir !== locale.dir) report('language', [`<html lang="${facts.lang}" dir="${facts.dir}">, expected lang="${locale.tag}" dir="${locale.dir}"`]);
        const rest = url.slice(`/${lang}/`.length);
        const expected = locales.map((l) => ({ href: `/${l.code}/${rest}`, lang: l.tag, text: l.endonym, current: l.code === lang ? 'true' : null }));
        if (JSON.stringify(facts.switcher) !== JSON.stringify(expected)) report('language', [`switcher is ${JSON.stringify(facts.switcher)}, expected ${JSON.stringify(expected)}`]);
        if (lang !== 'en') report('language', englishUi.filter((s) => facts.ownText.includes(s)).map((s) => `English UI string on a translated page: "${s}"`));
        report('language', rawKeys.filter((k) => facts.ownText.includes(k)).map((k) => `raw translation key: ${k}`));
      }
    });

    await timed('axe light', async () => report('axe light', await axeViolations(page)));

    await timed('structure', async () => report('structure', await structureProblems(page)));
    await timed('touch targets', async () => report('touch targets', await smallTargets(page)));
    await timed('focus', async () => {
      for (const p of focusProblems(await tabWalk(page, cdp))) report(p.check, [p.problem]);
    });

    await timed('reduced motion', async () => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const animations = await runningAnimations(page);
      if (animations) report('reduced motion', [`${animations} running animations`]);
    });
    await timed('forced colors', async () => {
      await page.emulateMedia({ forcedColors: 'active' });
      report('forced colors', await edgelessControls(page));
      await page.emulateMedia({ forcedColors: 'none' });
    });

    await timed('axe dark', async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      report('axe dark', await axeViolations(page, colourRuleIds));
      await page.emulateMedia({ colorScheme: 'light' });
    });

    await timed('reflow', async () => {
      await page.setViewportSize({ width: 320, height: 720 });
      report('reflow 320px / 400% zoom', await horizontalOverflow(page));
    });
    await timed('text spacing', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await applyUserStyles(page, textSpacingCss);
      report('text spacing', [...(await horizontalOverflow(page)), ...(await clippedText(page))]);
    });

    // Requests and CSP reports were watched through every check above; now let go of this visit.
    load.stop();
    report('privacy', [...new Set(load.foreign)].map((u) => `request to another host: ${u}`));
    report('privacy', [...new Set(load.cspViolations)].map((m) => `CSP violation: ${m}`));
    expect(problems, `${url}:\n${problems.join('\n')}`).toEqual([]);
  });
}
