// Language pages beyond the per-page checks in everyPage.spec.ts: the chooser,
// the mirrored Arabic header (by boxes, not only the attribute), the 404 page.
import { test, expect } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';

test('the language chooser names every language in its own name, with its lang', async ({ page }) => {
  await page.goto('/');
  for (const l of locales) {
    const link = page.locator(`main a[href="/${l.code}/"]`);
    await expect(link).toHaveText(l.endonym);
    await expect(link).toHaveAttribute('lang', l.tag);
  }
});

test('Arabic pages are mirrored: the site name sits to the right of the language switcher', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  for (const [code, nameRightOfSwitcher] of [
    ['ar', true],
    ['en', false],
  ] as const) {
    await page.goto(`/${code}/`);
    const name = (await page.locator('.site-name').boundingBox())!;
    const switcher = (await page.locator('.switcher summary').boundingBox())!;
    expect(name.x > switcher.x, `${code}: site name right of switcher`).toBe(nameRightOfSwitcher);
  }
});

test('a missing page gets the multilingual 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/es/no-such-page/');
  expect(response?.status()).toBe(404);
  for (const l of locales) {
    await expect(page.locator(`section[lang="${l.tag}"] a[href="/${l.code}/"]`)).toBeVisible();
  }
});
