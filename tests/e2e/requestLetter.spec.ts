// The request letter fills in as the reader types, and sends and stores nothing.
import { test, expect } from '@playwright/test';

test('typing fills the letter and makes no request, cookie or storage write', async ({ page, context }) => {
  const requests: string[] = [];
  await page.goto('/en/tools/request-letter/');
  await page.waitForLoadState('networkidle');
  page.on('request', (r) => requests.push(r.url()));

  await page.getByLabel('Your full name').fill('Ana Reyes');
  await page.getByLabel('Name of your clinic, doctor or health plan').fill('Eastside Clinic');
  await page.getByLabel('How to contact you').fill('only on my cell phone 555-0100');
  await page.getByLabel('How NOT to contact you').fill('do not call my home phone');
  await page.getByLabel('Your full name').press('Enter');

  const letter = page.locator('[data-letter]');
  await expect(letter).toContainText('Name: Ana Reyes');
  await expect(letter).toContainText('To: Eastside Clinic');
  await expect(letter).toContainText('contact me only in this way: only on my cell phone 555-0100.');
  await expect(letter).toContainText('do not call my home phone');
  await expect(page).toHaveURL(/\/en\/tools\/request-letter\/$/);
  await expect(page.locator('[data-no-script]')).toBeHidden();

  expect(requests, 'requests made while typing').toEqual([]);
  expect(await context.cookies()).toEqual([]);
  const storage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
  }));
  expect(storage).toEqual({ local: 0, session: 0, idb: 0 });
});

test('typed markup is shown as text, not run', async ({ page }) => {
  await page.goto('/en/tools/request-letter/');
  await page.getByLabel('Your full name').fill('<img src=x onerror="document.title=1">');
  await expect(page.locator('[data-letter]')).toContainText('<img src=x');
  await expect(page.locator('[data-letter] img')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the letter shows blanks to fill by hand and the fields stay hidden', async ({ page }) => {
    await page.goto('/en/tools/request-letter/');
    await expect(page.locator('[data-letter-form]')).toBeHidden();
    await expect(page.locator('[data-letter]')).toContainText('Name: ____');
    await expect(page.getByText('Print the letter below and fill in the blanks by hand.')).toBeVisible();
  });
});

test('the visit checklist ticks without storing anything', async ({ page, context }) => {
  await page.goto('/en/tools/visit-checklist/');
  const first = page.getByRole('checkbox').first();
  await first.check();
  await expect(first).toBeChecked();
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  await page.reload();
  await expect(page.getByRole('checkbox').first()).not.toBeChecked();
});
