// Search: each language finds its own guides only; ?q= runs a search;
// keyboard use works; nothing of search loads on guide pages.
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { localeCodes } from '../../src/i18n/locales.ts';
import { parseFrontmatter } from '../../src/lib/frontmatter.ts';
import { axeViolations } from './support/axe.ts';

const slug = 'email-and-your-provider'; // translated in every language
// Languages whose guide is translated (fallback pages are not in that language's index).
const languages = localeCodes.filter((code) => existsSync(`content/guides/${code}/${slug}.mdx`));

function titleOf(code: string): string {
  const file = `content/guides/${code}/${slug}.mdx`;
  return String(parseFrontmatter(file, readFileSync(file, 'utf8')).data.title);
}

for (const code of languages) {
  test(`searching the ${code} guide title finds /${code}/${slug}/ first and only ${code} pages`, async ({ page }) => {
    await page.goto(`/${code}/search/?q=${encodeURIComponent(titleOf(code))}`);
    const results = page.locator('[data-search-results] a');
    await expect(results.first()).toHaveAttribute('href', `/${code}/${slug}/`);
    for (const href of await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(new RegExp(`^/${code}/`));
    }
    await expect(page.locator('[data-search-count]')).not.toBeEmpty();
  });
}

test('English: "email" finds the email guide', async ({ page }) => {
  await page.goto('/en/search/?q=email');
  await expect(page.locator('[data-search-results] a[href="/en/email-and-your-provider/"]')).toBeVisible();
});

test('search works by keyboard, opens a result, and axe passes with results shown', async ({ page }) => {
  await page.goto('/en/search/');
  await page.locator('#search-q').focus();
  await page.keyboard.type('video');
  await page.keyboard.press('Enter');
  const first = page.locator('[data-search-results] a').first();
  await expect(first).toBeVisible();
  await expect(page).toHaveURL(/\?q=video$/);
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Tab'); // to the Search button
  await page.keyboard.press('Tab'); // to the first result
  await expect(first).toBeFocused();
  const href = await first.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('a guide page requests nothing of search before the reader uses it', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/en/telehealth-privacy/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.includes('pagefind'))).toEqual([]);
  const scripts = await page.locator('script').evaluateAll((s) => s.map((e) => e.textContent ?? '').join('\n'));
  expect(scripts).not.toContain('pagefind');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says so and lists every guide', async ({ page }) => {
    await page.goto('/en/search/');
    await expect(page.locator('[data-search]')).toBeHidden();
    await expect(page.locator('[data-search-fallback] .card a')).toHaveCount(readdirSync('content/guides/en').length);
  });
});
