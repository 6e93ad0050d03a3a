// npm run screenshots -- /en/ /ar/telehealth-privacy/ …
// Takes PNGs of built pages at phone (390 px) and desktop (1280 px) width, in
// light and dark, into screenshots/ — for looking at pages as a patient would.
// Serve the site first (npm run serve) or set BASE_URL.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/chromium.ts';
import { ensurePrerequisites } from './prerequisites.ts';

if (!ensurePrerequisites()) process.exit(1);

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const urls = process.argv.slice(2).length ? process.argv.slice(2) : ['/en/', '/ar/'];
const out = process.env.OUT_DIR ?? 'screenshots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
for (const url of urls) {
  for (const [label, width] of [
    ['phone', 390],
    ['desktop', 1280],
  ] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 844 }, colorScheme });
      await page.goto(base + url);
      const name = `${out}/${url.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root'}-${label}-${colorScheme}.png`;
      await page.screenshot({ path: name, fullPage: process.env.FULL !== '0' });
      console.log(name);
      await page.close();
    }
  }
}
await browser.close();
