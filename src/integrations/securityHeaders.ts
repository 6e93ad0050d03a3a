// Build step: write dist/_headers from the CSP Astro put in each page, and dist/_redirects.
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, mergeCsp } from '../lib/securityHeaders.ts';
import { redirects, redirectsFile } from '../lib/redirects.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? htmlFiles(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  );
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = htmlFiles(root).map((file) => {
          const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'));
          if (!match) throw new Error(`${file}: no Content-Security-Policy <meta> (security.csp in astro.config.mjs)`);
          return match[1].replace(/&#39;/g, "'");
        });
        writeFileSync(join(root, '_headers'), headersFile(mergeCsp(policies)));
        // Hosts that read _redirects answer with a real 301; others serve the static redirect pages.
        writeFileSync(join(root, '_redirects'), redirectsFile(redirects));
        logger.info(`wrote _headers from ${policies.length} pages`);
      },
    },
  };
}
