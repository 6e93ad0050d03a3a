// For clinics: reminder texts within their budget, counted from the page's own
// text by sms-segments-calculator (Spanish and Tagalog in one GSM-7 message);
// the page's jump list, short link first and copy buttons; the one-page flyer,
// whose every QR code decodes to its own language's address.
import { test, expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { PDFDocument } from 'pdf-lib';
import { SegmentedMessage } from 'sms-segments-calculator';
import { localeCodes } from '../../src/i18n/locales.ts';
import { siteUrl } from '../../src/lib/siteUrl.ts';

const guides = readdirSync('content/guides/en').map((f) => f.replace(/\.mdx$/, ''));

test('every text message is within its budget: Spanish and Tagalog in one GSM-7 message, Unicode texts in at most two parts', async ({ page }) => {
  await page.goto('/en/for-clinics/');
  const texts = await page.locator('[data-sms]').evaluateAll((els) => els.map((el) => ({ lang: el.getAttribute('data-sms')!, text: el.textContent!.trim() })));
  expect(texts).toHaveLength(guides.length * localeCodes.length);
  for (const { lang, text } of texts) {
    const m = new SegmentedMessage(text, 'auto');
    if (lang === 'es' || lang === 'tl' || lang === 'en') {
      expect(m.encodingName, `${lang} "${text}" uses characters outside GSM-7: ${m.getNonGsmCharacters().join(' ')}`).toBe('GSM-7');
      expect(m.segmentsCount, `${lang} "${text}"`).toBe(1);
    } else {
      expect(m.segmentsCount, `${lang} "${text}"`).toBeLessThanOrEqual(2);
    }
    expect(text, `${lang}: the text links its own language`).toContain(`${siteUrl()}${lang}/`);
  }
});

test('the page has a jump list, each guide starts with its short link, and copy buttons copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/es/for-clinics/');
  const jumps = page.locator('.jump-list a');
  await expect(jumps).toHaveCount(guides.length);
  for (const slug of guides) {
    const section = page.locator(`section:has(> h2#g-${slug})`);
    await expect(section.locator('a').first()).toHaveAttribute('href', `/go/${slug}/`);
    await expect(section.locator(`a[href="/es/for-clinics/flyer/${slug}/"]`)).toHaveCount(1);
  }
  const button = page.locator('section:has(> h2#g-telehealth-privacy) .copy-button').first();
  await button.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl()}go/telehealth-privacy/`);
  await expect(page.locator('[data-copy-status]')).not.toBeEmpty();
});

async function decodeQr(page: Page, selector: string) {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

test('a flyer prints on one Letter and one A4 page, and every QR code decodes to its own language', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 1400 });
  await page.goto('/vi/for-clinics/flyer/teens-and-parents/');
  const decoded: string[] = [];
  for (const lang of localeCodes) decoded.push((await decodeQr(page, `[data-flyer-block="${lang}"] svg`))!);
  expect(decoded).toEqual(localeCodes.map((l) => `${siteUrl()}${l}/teens-and-parents/`));
  expect(await decodeQr(page, '[data-flyer-block="go"] svg')).toBe(`${siteUrl()}go/teens-and-parents/`);
  // At least 2 cm (96 CSS px = 1 in = 2.54 cm).
  for (const box of await page.locator('.flyer-qr').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width))) expect(box).toBeGreaterThanOrEqual(76);
  await page.emulateMedia({ media: 'print' });
  for (const format of ['Letter', 'A4'] as const) {
    const pdf = await PDFDocument.load(await page.pdf({ format }));
    expect(pdf.getPageCount(), format).toBe(1);
  }
});

test('a clinic can untick languages; without JavaScript every language prints', async ({ page, browser }) => {
  await page.goto('/en/for-clinics/flyer/telehealth-privacy/');
  await page.locator('#flyer-ko').uncheck();
  await expect(page.locator('[data-flyer-block="ko"]')).toBeHidden();
  await expect(page.locator('[data-flyer-block="es"]')).toBeVisible();
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const p = await noJs.newPage();
  await p.goto(`${new URL(page.url()).origin}/en/for-clinics/flyer/telehealth-privacy/`);
  await expect(p.locator('[data-flyer-pick]')).toBeHidden();
  await expect(p.locator('[data-flyer-block]')).toHaveCount(localeCodes.length + 1);
  await noJs.close();
});
