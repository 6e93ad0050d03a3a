// An old phone on a slow network: a guide's title and summary are on the
// first screen from the HTML alone, before (and without) any script.
// Timings are a benchmark concern (npm run bench); this only asserts that
// reading does not depend on scripts or on anything but the HTML and CSS.
import { test, expect } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('a guide is readable on slow 3G with a 4x slower CPU and no scripts', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: (400 * 1024) / 8,
    uploadThroughput: (400 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/telehealth-privacy/', { waitUntil: 'domcontentloaded' });
  const h1 = page.locator('h1');
  const lead = page.locator('.lead');
  await expect(h1).toBeInViewport();
  await expect(lead).toBeVisible();
  expect((await lead.textContent())!.trim().length).toBeGreaterThan(40);
});
