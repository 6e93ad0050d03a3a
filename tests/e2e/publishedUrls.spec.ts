// URLs once published keep working: every line of published-urls.txt must
// answer 200 (the page, or a static redirect page that leads to one).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { redirects } from '../../src/lib/redirects.ts';

const urls = readFileSync('published-urls.txt', 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));

test('every published URL still resolves', async ({ request }) => {
  expect(urls.length).toBeGreaterThan(100);
  const broken: string[] = [];
  for (const url of urls) {
    const response = await request.get(url, { maxRedirects: 0 });
    if (response.status() !== 200) broken.push(`${url}: ${response.status()}`);
  }
  expect(broken).toEqual([]);
});

test('a moved page has a static redirect page with a link to its new address', async ({ page }) => {
  for (const [from, to] of Object.entries(redirects)) {
    await page.goto(from);
    await expect(page).toHaveURL(new RegExp(`${to}$`));
  }
});
