// Every internal link on every built page leads to a built page, and every
// #fragment to an element with that id. External links use https.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { builtPages, distDir } from './support/builtPages.ts';

function fileFor(pathname: string): string | null {
  const candidates = pathname.endsWith('/') ? [join(distDir, pathname, 'index.html')] : [join(distDir, pathname)];
  return candidates.find((c) => existsSync(c)) ?? null;
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  if (!idsCache.has(file)) {
    const html = readFileSync(file, 'utf8');
    idsCache.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  return idsCache.get(file)!;
}

test('every internal link and fragment on every page resolves; external links use https', () => {
  const broken: string[] = [];
  for (const url of builtPages()) {
    const file = fileFor(url)!;
    const html = readFileSync(file, 'utf8');
    for (const [, href] of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
      const target = new URL(href.replace(/&amp;/g, '&'), `http://site${url}`);
      if (target.host !== 'site') {
        if (target.protocol !== 'https:' && target.protocol !== 'mailto:' && target.protocol !== 'tel:' && target.protocol !== 'sms:') {
          broken.push(`${url}: external link is not https: ${href}`);
        }
        continue;
      }
      const targetFile = fileFor(decodeURI(target.pathname));
      if (!targetFile) {
        broken.push(`${url}: link to missing page ${href}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && !idsIn(targetFile).has(fragment)) broken.push(`${url}: link to missing #${fragment} in ${href}`);
    }
  }
  expect(broken).toEqual([]);
});
