// A keyboard-only journey: skip link first, then switch language and land on the same page.
import { test, expect } from '@playwright/test';

test('skip link is the first Tab stop and moves focus to main', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main')).toBeFocused();
});

test('the language switcher works by keyboard and keeps the page', async ({ page }) => {
  await page.goto('/en/glossary/');
  const summary = page.locator('.switcher summary');
  // Tab until the switcher has focus, as a keyboard user would.
  for (let i = 0; i < 10 && !(await summary.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  const spanish = page.locator('.switcher a[lang="es"]');
  await expect(spanish).toBeVisible();
  for (let i = 0; i < 10 && !(await spanish.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(spanish).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/es\/glossary\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});
