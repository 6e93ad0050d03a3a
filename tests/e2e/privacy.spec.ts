// Nothing leaves the page: on every built page, no request to another host,
// no cookie, no storage; a strict CSP; no referrer; outbound links noreferrer.
import { test, expect } from '@playwright/test';
import { builtPages } from './support/builtPages.ts';

for (const url of builtPages()) {
  test(`${url} keeps the reader's secrets`, async ({ page, context, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.origin !== new URL(baseURL!).origin && u.protocol !== 'data:') foreign.push(r.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    expect(foreign, 'requests to other hosts').toEqual([]);
    expect(await context.cookies(), 'cookies').toEqual([]);
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      idb: (await indexedDB.databases()).length,
    }));
    expect(stored, 'storage').toEqual({ local: 0, session: 0, idb: 0 });

    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, 'CSP meta').toBeTruthy();
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/\s\*(\s|;|$)/);
    for (const directive of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "default-src 'self'"]) {
      expect(csp).toContain(directive);
    }
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');

    const outbound = await page.locator('a[href^="http"]').evaluateAll((as) =>
      as.filter((a) => new URL((a as HTMLAnchorElement).href).origin !== location.origin).map((a) => ({
        href: a.getAttribute('href'),
        rel: a.getAttribute('rel') ?? '',
      })),
    );
    for (const link of outbound) expect(link.rel.split(/\s+/), `rel on ${link.href}`).toContain('noreferrer');
  });
}
