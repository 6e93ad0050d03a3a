// Build step: index the built site with Pagefind's Node API. Pagefind splits
// the index by <html lang>, so each language searches only its own pages.
// Only elements marked data-pagefind-body are indexed: fallback (English)
// pages shown under another language leave it off, so they stay out of that
// language's search. Every API call's `errors` stops the build.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (errors.length || !index) fail('createIndex', errors);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) fail(`addDirectory(${site})`, added.errors);
          if (added.page_count === 0) fail('addDirectory', ['no page has data-pagefind-body: nothing was indexed']);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) fail('writeFiles', written.errors);
          logger.info(`indexed the marked content of ${added.page_count} HTML files into ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
