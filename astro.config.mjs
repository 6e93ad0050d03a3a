// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import { securityHeaders } from './src/integrations/securityHeaders.ts';
import { pagefindIndex } from './src/integrations/pagefindIndex.ts';
import { precompress } from './src/integrations/precompress.ts';
import { linkCheck } from './src/integrations/linkCheck.ts';
import { locales, sourceLocale } from './src/i18n/locales.ts';
import { siteUrl } from './src/lib/siteUrl.ts';

export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'always',
  // Render four pages at a time: page rendering waits on file reads and writes,
  // so this keeps both cores busy (build time for 1,000 guide pages: 36 s → 30 s).
  build: { format: 'directory', concurrency: 4 },
  // Derived from the one locale registry: adding a language never touches this file.
  i18n: {
    locales: /** @type {[string, ...string[]]} */ (locales.map((l) => l.code)),
    defaultLocale: sourceLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Strict CSP as a <meta> on every page: Astro hashes our own scripts and
  // styles, so nothing needs 'unsafe-inline'. frame-ancestors cannot be set
  // in a <meta>; it is in public/_headers with the rest of the HTTP headers.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
    },
  },
  // Links out of the site never tell the other site where the reader came from.
  // No syntax highlighting: Shiki colours code with inline styles, which our
  // CSP (no 'unsafe-inline') would block; patient guides have no code to colour.
  markdown: {
    syntaxHighlight: false,
    processor: unified({ rehypePlugins: [[rehypeExternalLinks, { rel: ['noreferrer'], target: false }]] }),
  },
  // Order matters: links checked first (a broken link stops the build), then the
  // search index, the headers file, and .gz copies of everything.
  integrations: [mdx(), linkCheck(), pagefindIndex(), securityHeaders(), precompress()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // Astro marks every MDX file with its own "use astro:head-inject" directive,
        // and the bundler warns once per file that it may drop it: ~70 warning
        // blocks per build that name our guides and look like errors in them
        // (withastro/astro#18087, open). Only that one directive is silenced.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
});
