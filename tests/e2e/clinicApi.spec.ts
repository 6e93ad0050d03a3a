// The catalogue for clinics' systems: /api/v1/guides.json valid against its
// published schema, the CSV with the same rows (guides x languages), Atom feeds
// with one entry per guide, every URL in them a built page; and /go/<slug>/?lang=
// choosing a registered language and ignoring anything else.
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { localeCodes } from '../../src/i18n/locales.ts';
import { siteUrl } from '../../src/lib/siteUrl.ts';

const guides = readdirSync('content/guides/en').map((f) => f.replace(/\.mdx$/, ''));
const local = (url: string) => url.replace(siteUrl(), '/');

test('guides.json follows its published schema and lists every guide in every language', async ({ request }) => {
  const schema = await (await request.get('/api/v1/guides.schema.json')).json();
  expect(schema).toEqual(JSON.parse(readFileSync('public/api/v1/guides.schema.json', 'utf8')));
  const response = await request.get('/api/v1/guides.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const data = await response.json();
  const ajv = new Ajv2020({ allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  expect(validate(data), JSON.stringify(validate.errors, null, 2)).toBe(true);
  expect(data.guides.map((g: { slug: string }) => g.slug).sort()).toEqual([...guides].sort());
  for (const g of data.guides) expect(g.languages.map((r: { lang: string }) => r.lang)).toEqual([...localeCodes]);
});

test('guides.csv has a header and one row per guide and language, the same as the JSON', async ({ request }) => {
  const text = await (await request.get('/api/v1/guides.csv')).text();
  const rows = parse(text.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(guides.length * localeCodes.length);
  const json = await (await request.get('/api/v1/guides.json')).json();
  const first = json.guides[0].languages[1];
  const same = rows.find((r) => r.slug === first.slug && r.lang === first.lang)!;
  expect([same.title, same.sms_text, same.email_subject, same.url, Number(same.sms_segments)]).toEqual([first.title, first.sms.text, first.email.subject, first.url, first.sms.segments]);
});

test('every URL in the JSON and CSV is a page or file of this site that answers 200', async ({ request }) => {
  const json = await (await request.get('/api/v1/guides.json')).json();
  const urls = new Set<string>();
  for (const g of json.guides) for (const r of g.languages) for (const u of [r.url, r.shortUrl, r.qr]) urls.add(u);
  for (const u of urls) {
    expect(u.startsWith(siteUrl()), `${u} is on ${siteUrl()}`).toBe(true);
    expect((await request.get(local(u))).status(), u).toBe(200);
  }
});

test('each language has an Atom feed with one entry per guide, linked from its home page', async ({ request, page }) => {
  const parser = new XMLParser({ ignoreAttributes: false });
  for (const lang of localeCodes) {
    const response = await request.get(`/${lang}/feed.xml`);
    expect(response.status()).toBe(200);
    const feed = parser.parse(await response.text()).feed;
    const entries = [feed.entry].flat();
    expect(entries, lang).toHaveLength(guides.length);
    for (const e of entries) expect((await request.get(local(e.id))).status(), e.id).toBe(200);
  }
  await page.goto('/vi/');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/vi/feed.xml');
});

test.describe('short links with ?lang=', () => {
  test.use({ locale: 'ko-KR' });
  for (const [query, lands] of [
    ['lang=es', 'es'],
    ['lang=ZH-HANS', 'zh-hans'],
    ['lang=qaa', 'ko'],
    ['lang=https://evil.example/', 'ko'],
    ['lang=%3Cscript%3Ealert(1)%3C/script%3E', 'ko'],
    ['lang=//evil.example', 'ko'],
    ['lang=', 'ko'],
  ] as const) {
    test(`/go/telehealth-privacy/?${query} opens the ${lands} guide on this site`, async ({ page, baseURL }) => {
      await page.goto(`/go/telehealth-privacy/?${query}`);
      await page.waitForURL(`**/${lands}/telehealth-privacy/`);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    });
  }
});
