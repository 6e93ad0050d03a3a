// Build step: stop the build when a built page links to a page or #fragment
// that does not exist, naming the content file (or built page) to fix.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentSourceFor, findBrokenLinks, formatBrokenLinks } from '../lib/linkCheck.ts';

export function linkCheck(): AstroIntegration {
  return {
    name: 'link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = process.cwd();
        const broken = findBrokenLinks(fileURLToPath(dir), { root, sourceFor: (path) => contentSourceFor(root, path) });
        if (broken.length) {
          throw new Error(`${broken.length} broken link(s):\n${formatBrokenLinks(broken)}`);
        }
        logger.info('every internal link and #fragment leads somewhere');
      },
    },
  };
}
