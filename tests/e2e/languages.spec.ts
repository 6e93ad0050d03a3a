// <html lang dir> on every page comes from the locale registry; the
// language switcher links to the same page in every language.
import { test, expect } from '@playwright/test';
import { locales, getLocale, localeCodes } from '../../src/i18n/locales.ts';
import { languagePages } from './support/builtPages.ts';

for (const { url, lang } of languagePages(localeCodes)) {
  // That every switcher target exists is checked with every other internal link in links.spec.ts.
  test(`lang, dir and switcher are right on ${url}`, async ({ page }) => {
    const locale = getLocale(lang);
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('lang', locale.tag);
    await expect(page.locator('html')).toHaveAttribute('dir', locale.dir);

    const links = page.locator('.switcher a');
    await expect(links).toHaveCount(locales.length);
    const rest = url.slice(`/${lang}/`.length);
    for (const other of locales) {
      const link = page.locator(`.switcher a[lang="${other.tag}"]`);
      await expect(link).toHaveAttribute('href', `/${other.code}/${rest}`);
      await expect(link).toHaveText(other.endonym);
      if (other.code === lang) await expect(link).toHaveAttribute('aria-current', 'true');
      else await expect(link).not.toHaveAttribute('aria-current');
    }
  });
}

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
