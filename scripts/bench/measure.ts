// Page weight of one URL in Chromium, as bytes over the wire (gzip), bytes
// of JavaScript before the reader interacts, and the number of requests.
// The same way tests/e2e/budgets.spec.ts measures, for the benchmark.
import type { Browser } from '@playwright/test';

export interface Weight {
  bytes: number;
  jsBytes: number;
  requests: number;
}

export async function weigh(browser: Browser, url: string): Promise<Weight> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Encoding': 'gzip' }, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const sizes: Promise<{ bytes: number; type: string }>[] = [];
  page.on('requestfinished', (request) => {
    sizes.push(request.sizes().then((s) => ({ bytes: s.responseBodySize + s.responseHeadersSize, type: request.resourceType() })));
  });
  const response = await page.goto(url);
  if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
  await page.waitForLoadState('networkidle');
  const done = await Promise.all(sizes);
  const inlineJs = await page
    .locator('script:not([src])')
    .evaluateAll((scripts) => scripts.reduce((n, s) => n + new Blob([s.textContent ?? '']).size, 0));
  await context.close();
  return {
    bytes: done.reduce((n, r) => n + r.bytes, 0),
    jsBytes: inlineJs + done.filter((r) => r.type === 'script').reduce((n, r) => n + r.bytes, 0),
    requests: done.length,
  };
}
