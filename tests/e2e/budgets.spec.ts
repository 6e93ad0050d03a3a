// Page-weight budgets, as bytes and counts (never times), measured in
// Chromium on the built site served with gzip:
// - a guide page: <= 20 KB over the wire in all, <= 2 KB of JavaScript before
//   the reader interacts, <= 4 requests, no layout shift;
// - any page: at most one render-blocking stylesheet, no render-blocking
//   script, images sized and lazy.
import { test, expect, type Page } from '@playwright/test';
import { builtPages } from './support/builtPages.ts';
import { localeCodes } from '../../src/i18n/locales.ts';
import { readdirSync } from 'node:fs';

const guideSlugs = readdirSync('content/guides/en').map((f) => f.replace(/\.mdx$/, ''));

async function measure(page: Page, url: string) {
  const responses: Promise<{ url: string; bytes: number; type: string }>[] = [];
  page.on('requestfinished', (request) => {
    responses.push(
      request.sizes().then(async (sizes) => ({
        url: request.url(),
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        type: request.resourceType(),
      })),
    );
  });
  await page.addInitScript(() => {
    type Shift = { value: number; hadRecentInput: boolean; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
    const w = window as unknown as { __cls: number; __shifts: string[]; __clsObserved?: boolean };
    if (w.__clsObserved) return; // one observer per document, however often measure() is called
    w.__clsObserved = true;
    w.__cls = 0;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Shift[]) {
        if (entry.hadRecentInput) continue;
        w.__cls += entry.value;
        // Name what moved, so a failure says where to look.
        for (const s of entry.sources) {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement;
          const name = el ? `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}>` : String(s.node?.nodeName);
          const r = (d: DOMRectReadOnly) => `${Math.round(d.x)},${Math.round(d.y)} ${Math.round(d.width)}x${Math.round(d.height)}`;
          w.__shifts.push(`${entry.value.toFixed(5)} ${name} ${r(s.previousRect)} -> ${r(s.currentRect)}`);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  const done = await Promise.all(responses);
  const inlineJs = await page.locator('script:not([src])').evaluateAll((s) => s.reduce((n, e) => n + new Blob([e.textContent ?? '']).size, 0));
  const externalJs = done.filter((r) => r.type === 'script').reduce((n, r) => n + r.bytes, 0);
  return {
    total: done.reduce((n, r) => n + r.bytes, 0),
    requests: done.length,
    js: inlineJs + externalJs,
    cls: await page.evaluate(() => (window as unknown as { __cls: number }).__cls),
    shifts: await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts),
    list: done.map((r) => `${r.type} ${r.bytes} ${r.url}`),
  };
}

test.use({ extraHTTPHeaders: { 'Accept-Encoding': 'gzip' } });

for (const lang of localeCodes) {
  for (const slug of guideSlugs) {
    test(`guide budget: /${lang}/${slug}/`, async ({ page }) => {
      const m = await measure(page, `/${lang}/${slug}/`);
      const detail = m.list.join('\n');
      expect(m.total, `bytes over the wire\n${detail}`).toBeLessThanOrEqual(20 * 1024);
      expect(m.js, 'JavaScript bytes before interaction').toBeLessThanOrEqual(2 * 1024);
      expect(m.requests, `requests\n${detail}`).toBeLessThanOrEqual(4);
      expect(m.cls, `layout shift:\n${m.shifts.join('\n')}`).toBe(0);
    });
  }
}

test('no page has a render-blocking request but one small stylesheet; images are sized and lazy', async ({ page }) => {
  test.setTimeout(300_000); // one visit per built page: the time grows with the site
  const problems: string[] = [];
  for (const url of builtPages()) {
    await page.goto(url);
    const found = await page.evaluate(() => ({
      sheets: [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.getAttribute('href')),
      blockingScripts: [...document.querySelectorAll('head script[src]:not([async]):not([defer]):not([type=module])')].length,
      images: [...document.images].filter((i) => !i.getAttribute('width') || !i.getAttribute('height') || i.loading !== 'lazy').map((i) => i.src),
    }));
    if (found.sheets.length > 1) problems.push(`${url}: ${found.sheets.length} stylesheets`);
    if (found.blockingScripts) problems.push(`${url}: ${found.blockingScripts} render-blocking scripts`);
    for (const src of found.images) problems.push(`${url}: image without width/height/lazy: ${src}`);
  }
  expect(problems).toEqual([]);
});

// On a slow phone the parser paints the header before it has read all of it;
// nothing may move when the rest arrives (this once caught the language switcher).
// Pages whose script changes the page after it is painted (search, the letter,
// quick exit) are in the list too: the search page once swapped its no-script
// list for the form and moved the footer (found by Lighthouse in npm run bench).
test('no layout shift while a very slow CPU parses a guide, the home page, search or a tool', async ({ page }) => {
  test.setTimeout(120_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  for (const url of ['/en/interpreters-and-helpers/', '/ar/telehealth-privacy/', '/vi/telehealth-apps/', '/en/search/', '/ar/search/', '/es/', '/ko/tools/request-letter/', '/ar/safety/']) {
    const m = await measure(page, url);
    expect(m.cls, `layout shift on ${url}:\n${m.shifts.join('\n')}`).toBe(0);
  }
});
