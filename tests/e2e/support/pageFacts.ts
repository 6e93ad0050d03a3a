// Facts read from a page in one round trip, for the per-page checks
// (privacy, language, switcher). One evaluate is much faster than many locators.
import type { Page } from '@playwright/test';

export interface PageFacts {
  lang: string | null;
  dir: string | null;
  csp: string | null;
  referrer: string | null;
  switcher: { href: string; lang: string; text: string; current: string | null }[];
  outbound: { href: string; rel: string }[];
  storage: { local: number; session: number; idb: number };
  /** Visible text outside any lang="en" region, for "no English UI on translated pages". */
  ownText: string;
}

export function readFacts(page: Page): Promise<PageFacts> {
  return page.evaluate(async () => {
    const ownText: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement!;
      if (parent.closest('[lang="en"], script, style, [hidden]')) continue;
      ownText.push(n.textContent ?? '');
    }
    return {
      lang: document.documentElement.getAttribute('lang'),
      dir: document.documentElement.getAttribute('dir'),
      csp: document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? null,
      referrer: document.querySelector('meta[name="referrer"]')?.getAttribute('content') ?? null,
      switcher: [...document.querySelectorAll('.switcher a')].map((a) => ({
        href: a.getAttribute('href') ?? '',
        lang: a.getAttribute('lang') ?? '',
        text: a.textContent?.trim() ?? '',
        current: a.getAttribute('aria-current'),
      })),
      outbound: [...document.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')]
        .filter((a) => new URL(a.href).origin !== location.origin)
        .map((a) => ({ href: a.href, rel: a.getAttribute('rel') ?? '' })),
      storage: { local: localStorage.length, session: sessionStorage.length, idb: (await indexedDB.databases()).length },
      ownText: ownText.join(' ').replace(/\s+/g, ' '),
    };
  });
}
