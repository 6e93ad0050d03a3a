// What a page costs to load, read from the visit itself: every request with its
// bytes over the wire (headers + body as sent, so gzip counts), the requests to
// other hosts, CSP violations reported by the browser, and the layout shifts
// (with what moved). Attach before page.goto; read after it; stop() detaches,
// so one page can be reused for many visits (the crawl does).
import type { ConsoleMessage, Page, Request } from '@playwright/test';

export interface LoadRecord {
  /** Resolves when every request started so far has finished or failed. */
  settled(): Promise<void>;
  responses(): Promise<{ url: string; bytes: number; type: string }[]>;
  /** Requests whose origin is not the site's (data: URLs excepted). */
  foreign: string[];
  /** Console messages in which the browser refused something under our CSP. */
  cspViolations: string[];
  layoutShift(): Promise<{ cls: number; shifts: string[] }>;
  stop(): void;
}

/** Watch layout shifts in every document the page opens (once per page, before its first goto). */
export async function observeLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Shift = { value: number; hadRecentInput: boolean; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
    const w = window as unknown as { __cls: number; __shifts: string[]; __clsObserved?: boolean };
    if (w.__clsObserved) return; // one observer per document
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
}

/** Record one visit; observeLayoutShifts(page) must have been called once before. */
export function recordLoad(page: Page, origin: string): LoadRecord {
  const sized: Promise<{ url: string; bytes: number; type: string }>[] = [];
  const foreign: string[] = [];
  const cspViolations: string[] = [];
  let inFlight = 0;
  const idle: (() => void)[] = [];
  const done = () => {
    inFlight--;
    if (inFlight === 0) for (const resolve of idle.splice(0)) resolve();
  };
  const onRequest = (r: Request) => {
    inFlight++;
    const u = new URL(r.url());
    if (u.origin !== origin && u.protocol !== 'data:') foreign.push(r.url());
  };
  const onFinished = (request: Request) => {
    sized.push(request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize, type: request.resourceType() })));
    done();
  };
  const onConsole = (m: ConsoleMessage) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  };
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  page.on('requestfailed', done);
  page.on('console', onConsole);
  return {
    settled: () => (inFlight === 0 ? Promise.resolve() : new Promise((resolve) => idle.push(resolve))),
    responses: () => Promise.all(sized),
    foreign,
    cspViolations,
    layoutShift: () => page.evaluate(() => {
      const w = window as unknown as { __cls: number; __shifts: string[] };
      return { cls: w.__cls, shifts: w.__shifts };
    }),
    stop: () => {
      page.off('request', onRequest);
      page.off('requestfinished', onFinished);
      page.off('requestfailed', done);
      page.off('console', onConsole);
    },
  };
}
