// Layout shift under a slow CPU. (Every page's byte, request and JavaScript
// budgets, its stylesheet, scripts and images are checked in the crawl,
// crawl.spec.ts, on the same visit as every other per-page check.)
//
// On a slow phone the parser paints the header before it has read all of it;
// nothing may move when the rest arrives (this once caught the language switcher).
// Pages whose script changes the page after it is painted (search, the letter,
// quick exit) are in the list too: the search page once swapped its no-script
// list for the form and moved the footer (found by Lighthouse in npm run bench).
import { test, expect } from '@playwright/test';
import { observeLayoutShifts, recordLoad } from './support/pageLoad.ts';

test('no layout shift while a very slow CPU parses a guide, the home page, search or a tool', async ({ context, baseURL }) => {
  test.setTimeout(120_000);
  for (const url of ['/en/interpreters-and-helpers/', '/ar/telehealth-privacy/', '/vi/telehealth-apps/', '/en/search/', '/ar/search/', '/es/', '/ko/tools/request-letter/', '/ar/safety/']) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    await observeLayoutShifts(page);
    const load = recordLoad(page, new URL(baseURL!).origin);
    await page.goto(url);
    // Give late scripts (search, the letter, quick exit) their chance to move something.
    await page.waitForLoadState('networkidle');
    const { cls, shifts } = await load.layoutShift();
    expect(cls, `layout shift on ${url}:\n${shifts.join('\n')}`).toBe(0);
    await load.responses(); // settle every size read before the page goes away
    load.stop();
    await page.close();
  }
});
