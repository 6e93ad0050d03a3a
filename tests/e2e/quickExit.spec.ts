// Quick exit on sensitive pages: first in the keyboard order, leaves by button
// and by Shift pressed three times, covering the page at once. The neutral
// site is never really loaded: the test intercepts that one navigation.
import { test, expect, type Page } from '@playwright/test';
import { neutralUrl } from '../../src/lib/quickExit.ts';

async function stubNeutralSite(page: Page) {
  await page.route(`${neutralUrl}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>Weather' }));
}

for (const url of ['/en/confidential-communications/', '/ar/tools/request-letter/', '/es/safety/']) {
  test(`the "Leave this page" button is the first Tab stop and leaves ${url}`, async ({ page }) => {
    await stubNeutralSite(page);
    await page.goto(url);
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-quick-exit]')).toBeFocused();
    await page.keyboard.press('Enter');
    await page.waitForURL(neutralUrl);
  });
}

test('pressing Shift three times leaves, announcing each press politely', async ({ page }) => {
  await stubNeutralSite(page);
  await page.goto('/en/tools/request-letter/');
  await page.keyboard.press('Shift');
  await expect(page.locator('[data-quick-exit-status]')).toHaveText('Shift key pressed: 1 of 3');
  await expect(page.locator('[data-quick-exit-status]')).toHaveAttribute('aria-live', 'polite');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(neutralUrl);
  // Our page was replaced, not pushed: Back does not return to it.
  const back = await page.goBack();
  expect(back?.url() ?? 'about:blank').not.toContain('/request-letter/');
});

test('the quick exit is absent from pages that are not sensitive', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('[data-quick-exit]')).toHaveCount(0);
});

test.describe('on a phone (touch, no hover)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the "press Shift 3 times" hint is not shown: phones have no Shift key', async ({ page }) => {
    await page.goto('/en/tools/request-letter/');
    await expect(page.locator('.quick-exit-keys')).toBeHidden();
    await expect(page.locator('.quick-exit-hint a')).toBeVisible();
  });
});

test('with a mouse and keyboard the Shift hint is shown', async ({ page }) => {
  await page.goto('/en/tools/request-letter/');
  await expect(page.locator('.quick-exit-keys')).toBeVisible();
});
