// The request letters and the language card: what the reader ticks and types
// reads correctly in English (the copy the clinic or plan acts on) and in the
// reader's language; values keep their order in Arabic by glyph position, on
// screen and in print; nothing typed reaches the network, storage, cookies,
// the address or history; the printouts fit.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';

const strings = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/tools.json`, 'utf8')) as Record<string, string>;
const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, k) => values[k] ?? '');
const paper = (page: Page, lang: string) => page.locator(`[data-letter] [data-letter-paper][lang="${lang === 'zh-hans' ? 'zh-Hans' : lang}"]`).first();

async function watchPrivacy(page: Page) {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  return requests;
}

test('ticked choices and typed values fill the English and the Spanish letter; nothing is sent, stored or put in the address', async ({ page, context }) => {
  await page.goto('/es/tools/request-letter/');
  await page.waitForLoadState('networkidle');
  const before = await page.evaluate(() => ({ url: location.href, history: history.length }));
  const requests = await watchPrivacy(page);
  await page.locator('#letter-name').fill('Ana Reyes');
  await page.locator('#letter-recipient').fill('Eastside Clinic');
  await page.locator('#letter-phone').fill('555-0100');
  await page.locator('#letter-address').fill('PO Box 12.');
  await page.locator('#choice-cellOnly').check();
  await page.locator('#choice-otherAddress').check();
  await page.locator('#letter-name').press('Enter');

  const en = strings('en');
  const es = strings('es');
  for (const [lang, s] of [['en', en], ['es', es]] as const) {
    const p = paper(page, lang);
    await expect(p).toContainText(fill(s['letters.choice.cellOnly'], { phone: '555-0100' }));
    await expect(p).toContainText(fill(s['letters.choice.otherAddress'], { address: 'PO Box 12' }));
    await expect(p).toContainText(fill(s['letters.toLine'], { recipient: 'Eastside Clinic' }));
    await expect(p.locator('[data-choice="noHomeCalls"]')).toBeHidden();
    await expect(p.locator('[data-choice="cellOnly"] .tick-box')).toBeHidden();
    expect(await p.textContent()).not.toContain('..');
  }
  expect(await page.evaluate(() => ({ url: location.href, history: history.length }))).toEqual(before);
  expect(requests, 'requests made while typing').toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(async () => localStorage.length + sessionStorage.length + (await indexedDB.databases()).length)).toBe(0);
});

test('a plan letter carries the danger statement only when the reader chooses it', async ({ page }) => {
  await page.goto('/ar/tools/plan-letter/');
  await page.locator('#choice-cellOnly').check();
  for (const lang of ['en', 'ar']) await expect(paper(page, lang).locator('[data-choice="danger"]')).toBeHidden();
  await page.locator('#choice-danger').check();
  await expect(paper(page, 'en').locator('[data-choice="danger"]')).toHaveText(strings('en')['letters.plan.danger'], { useInnerText: true });
  await expect(paper(page, 'ar').locator('[data-choice="danger"]')).toHaveText(strings('ar')['letters.plan.danger'], { useInnerText: true });
});

/** Left edges of two substrings of an element's text, measured on the glyphs themselves. */
async function glyphX(page: Page, selector: string, first: string, second: string) {
  return page.evaluate(
    ({ selector, first, second }) => {
      const el = document.querySelector(selector)!;
      const text = el.firstChild as Text;
      const at = (s: string) => {
        const i = text.data.indexOf(s);
        const r = document.createRange();
        r.setStart(text, i);
        r.setEnd(text, i + s.length);
        return r.getBoundingClientRect().left;
      };
      return { first: at(first), second: at(second), text: text.data };
    },
    { selector, first, second },
  );
}

test('in Arabic a typed phone number and the citation keep their order, on screen and in print (glyph positions)', async ({ page }) => {
  await page.goto('/ar/tools/plan-letter/');
  await page.locator('#letter-phone').fill('555-0100');
  await page.locator('#choice-cellOnly').check();
  const phone = '[data-letter] [data-letter-paper][lang="ar"] [data-choice="cellOnly"] bdi[data-value="phone"]';
  const citation = '[data-letter] [data-letter-paper][lang="ar"] bdi[dir="ltr"]:not([data-value])';
  for (const media of ['screen', 'print'] as const) {
    await page.emulateMedia({ media });
    const p = await glyphX(page, phone, '555', '0100');
    expect(p.first, `${media}: "555" left of "0100" in ${p.text}`).toBeLessThan(p.second);
    const c = await glyphX(page, citation, '45', '164.522');
    expect(c.first, `${media}: "45" left of "164.522" in ${c.text}`).toBeLessThan(c.second);
    const cfr = await glyphX(page, citation, 'CFR', '164.522');
    expect(cfr.first, `${media}: "CFR" left of "164.522"`).toBeLessThan(cfr.second);
  }
});

for (const lang of ['es', 'vi', 'ar', 'zh-hans']) {
  test(`/${lang}/ letters print the English letter and the ${lang} letter, each ticked line in both, on at most two Letter or A4 pages`, async ({ page }) => {
    for (const path of ['request-letter', 'plan-letter', 'self-pay-letter']) {
      await page.goto(`/${lang}/tools/${path}/`);
      await page.locator('#letter-name').fill('Nguyễn Văn An');
      if (path !== 'self-pay-letter') {
        await page.locator('#letter-phone').fill('555-0100');
        await page.locator('#choice-cellOnly').check();
        await page.locator('#choice-noVoicemail').check();
      } else {
        await page.locator('#letter-service').fill('Visit with Dr. Lee');
        await page.locator('#letter-serviceDate').fill('2026-12-10');
      }
      await page.emulateMedia({ media: 'print' });
      for (const l of ['en', lang]) {
        await expect(paper(page, l), `${path}: ${l} copy prints`).toBeVisible();
        if (path !== 'self-pay-letter') {
          await expect(paper(page, l).locator('[data-choice="noVoicemail"]')).toHaveText(strings(l)['letters.choice.noVoicemail'], { useInnerText: true });
          await expect(paper(page, l).locator('[data-choice="noHomeCalls"]')).toBeHidden();
        }
      }
      for (const format of ['Letter', 'A4'] as const) {
        const pdf = await PDFDocument.load(await page.pdf({ format }));
        expect(pdf.getPageCount(), `${lang} ${path}: printed ${format} pages`).toBeLessThanOrEqual(2);
      }
      await page.emulateMedia({ media: 'screen' });
    }
  });
}

test('English pages print the English letter only', async ({ page }) => {
  await page.goto('/en/tools/plan-letter/');
  await expect(page.locator('[data-letter] [data-letter-paper]')).toHaveCount(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('both copies print every line with a box to tick and blanks to fill by hand, on at most two pages', async ({ page }) => {
    for (const lang of ['es', 'ar']) {
      await page.goto(`/${lang}/tools/plan-letter/`);
      await expect(page.locator('[data-letter-form]')).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      for (const l of ['en', lang]) {
        await expect(paper(page, l).locator('[data-choice="danger"] .tick-box')).toBeVisible();
        await expect(paper(page, l).locator('[data-choice="cellOnly"]')).toContainText('____');
      }
      const pdf = await PDFDocument.load(await page.pdf({ format: 'Letter' }));
      expect(pdf.getPageCount(), `${lang}: printed pages`).toBeLessThanOrEqual(2);
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

test('typed markup is shown as text, not run', async ({ page }) => {
  await page.goto('/en/tools/request-letter/');
  await page.locator('#letter-name').fill('<img src=x onerror="document.title=1">');
  await expect(paper(page, 'en')).toContainText('<img src=x');
  await expect(page.locator('[data-letter] img')).toHaveCount(0);
});

test.describe('the language card', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('on a 360 px phone it shows both languages in large text; printed, its wallet copy fits 3.5 x 2 inches', async ({ page }) => {
    await page.goto('/es/tools/language-card/');
    const card = page.locator('.language-card:not(.wallet-card)');
    await expect(card.locator('[lang="es"]')).toContainText('español');
    await expect(card.locator('[lang="en"]')).toContainText('I speak Spanish.');
    await expect(card.locator('[lang="en"]')).toContainText(strings('en')['card.line2']);
    const size = await card.locator('.language-card-main').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size, 'main line font size (px)').toBeGreaterThanOrEqual(24);
    await page.locator('#card-how').fill('555-0100');
    await page.locator('#card-contact').check();
    await expect(card.locator('[lang="en"] [data-choice="contact"]')).toHaveText(fill(strings('en')['card.optContact'], { how: '555-0100' }), { useInnerText: true });
    await expect(card.locator('[data-choice="noFamily"]').first()).toBeHidden();

    await page.emulateMedia({ media: 'print' });
    const wallet = page.locator('.wallet-card');
    await expect(wallet).toBeVisible();
    const box = await wallet.evaluate((el) => ({ w: el.getBoundingClientRect().width, h: el.getBoundingClientRect().height, overflow: el.scrollHeight - el.clientHeight }));
    // CSS inches are 96 px.
    expect(box.w).toBeLessThanOrEqual(3.5 * 96 + 1);
    expect(box.h).toBeLessThanOrEqual(2 * 96 + 1);
    expect(box.overflow, 'wallet card text cut off').toBeLessThanOrEqual(0);
    const pdf = await PDFDocument.load(await page.pdf({ format: 'Letter' }));
    expect(pdf.getPageCount()).toBe(1);
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

test('in Arabic the example phone number in a form label keeps its order (glyph positions)', async ({ page }) => {
  await page.goto('/ar/tools/language-card/');
  const p = await glyphX(page, 'label[for="card-how"] bdi', '555', '0100');
  expect(p.first, `"555" left of "0100" in ${p.text}`).toBeLessThan(p.second);
});
