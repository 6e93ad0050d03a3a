// /go/<slug>/ opens the guide in the reader's language, replacing itself in history.
import { test, expect } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { distDir } from './support/builtPages.ts';

const slug = 'telehealth-privacy';
const translated = (code: string) => existsSync(`content/guides/${code}/${slug}.mdx`);
const expectFor = (code: string) => (code === 'en' || translated(code) ? code : 'en');

for (const [browser, code] of [
  ['es-MX', 'es'],
  ['zh-CN', 'zh-hans'],
  ['ar-EG', 'ar'],
  ['qaa-QM', 'en'],
] as const) {
  test.describe(`browser language ${browser}`, () => {
    test.use({ locale: browser });
    test(`/go/${slug}/ opens the ${expectFor(code)} guide and Back does not bounce`, async ({ page }) => {
      await page.goto('/en/');
      await page.goto(`/go/${slug}/`);
      await page.waitForURL(`**/${expectFor(code)}/${slug}/`);
      await page.goBack();
      await expect(page).toHaveURL(/\/en\/$/);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the short link lists the guide in each of its languages', async ({ page }) => {
    await page.goto(`/go/${slug}/`);
    const links = page.locator('main a');
    expect(await links.count()).toBeGreaterThanOrEqual(1);
    for (const link of await links.all()) {
      const href = (await link.getAttribute('href'))!;
      expect(href).toMatch(new RegExp(`^/[a-z-]+/${slug}/$`));
      await expect(link).toHaveAttribute('lang', /.+/);
    }
  });
});

test('there is a short link for every English guide', () => {
  const guides = readdirSync('content/guides/en').map((f) => f.replace(/\.mdx$/, ''));
  const short = readdirSync(`${distDir}/go`);
  expect(short.sort()).toEqual(guides.sort());
});
