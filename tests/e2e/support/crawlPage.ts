// One browser page per worker for the crawl, reused for every page it visits.
// A new context per test cost ~350 ms (a new renderer process) and a fresh
// injection of axe ~500 ms; reused, the renderer and V8's cache of axe's
// compiled code stay warm. What could leak from one visit into the next is
// reset after each: HTTP cache off (so every visit is a cold load for the
// budgets), cookies and storage cleared, media emulation and viewport restored.
// (After a failing test Playwright starts a new worker, so a broken page never
// carries over.)
import { test as base, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import axe from 'axe-core';
import { observeLayoutShifts } from './pageLoad.ts';

export const crawlViewport = { width: 1280, height: 900 };

export interface CrawlPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  origin: string;
}

export const test = base.extend<{ crawl: CrawlPage }, { crawlWorker: CrawlPage }>({
  crawlWorker: [
    async ({ browser }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL!;
      const context = await browser.newContext({ baseURL, viewport: crawlViewport, extraHTTPHeaders: { 'Accept-Encoding': 'gzip' } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await observeLayoutShifts(page);
      // axe in every document from its start: registered once, not sent again per page.
      await page.addInitScript(axe.source);
      await use({ context, page, cdp, origin: new URL(baseURL).origin });
      await context.close();
    },
    { scope: 'worker' },
  ],
  crawl: async ({ crawlWorker }, use) => {
    await use(crawlWorker);
    const { page, context, cdp, origin } = crawlWorker;
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none', media: 'screen' });
    await page.setViewportSize(crawlViewport);
    await context.clearCookies();
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  },
});

export { expect } from '@playwright/test';
