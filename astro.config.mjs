// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { locales, sourceLocale } from './src/i18n/locales.ts';
import { siteUrl } from './src/lib/siteUrl.ts';

export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Derived from the one locale registry: adding a language never touches this file.
  i18n: {
    locales: /** @type {[string, ...string[]]} */ (locales.map((l) => l.code)),
    defaultLocale: sourceLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
