// Printing: no header, navigation, search or buttons; a guide fits on at most
// three US Letter pages and ends with its QR code and address.
import { test, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';

const guides = readdirSync('content/guides/en').map((f) => f.replace(/\.mdx$/, ''));

for (const slug of guides) {
  test(`/en/${slug}/ prints on at most 3 Letter pages without navigation`, async ({ page }) => {
    await page.goto(`/en/${slug}/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', 'nav', '.quick-exit', 'button']) {
      for (const el of await page.locator(selector).all()) await expect(el, selector).toBeHidden();
    }
    await expect(page.locator('.print-footer svg')).toBeVisible();
    await expect(page.locator('.source-url').first()).toBeVisible();
    const pdf = await PDFDocument.load(await page.pdf({ format: 'Letter', printBackground: false }));
    expect(pdf.getPageCount(), `${slug}: printed pages`).toBeLessThanOrEqual(3);
  });
}

for (const tool of ['visit-checklist', 'request-letter', 'plan-letter', 'self-pay-letter', 'language-card']) {
  test(`/en/tools/${tool}/ prints without navigation or buttons`, async ({ page }) => {
    await page.goto(`/en/tools/${tool}/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', 'button', '.quick-exit']) {
      for (const el of await page.locator(selector).all()) await expect(el, selector).toBeHidden();
    }
    const pdf = await PDFDocument.load(await page.pdf({ format: 'Letter' }));
    expect(pdf.getPageCount()).toBeLessThanOrEqual(tool === 'visit-checklist' || tool === 'language-card' ? 1 : 2);
  });
}
