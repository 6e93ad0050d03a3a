// Build step: write a .gz next to every text file in dist/, so the local
// server (sirv) and static hosts that support it send compressed files
// without compressing on every request. Runs last, after search and headers.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';

const compressible = /\.(html|css|js|mjs|json|svg|xml|txt)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : compressible.test(d.name) ? [join(dir, d.name)] : [],
  );
}

export function precompress(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const list = files(fileURLToPath(dir));
        for (const file of list) {
          writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }));
        }
        logger.info(`gzipped ${list.length} files`);
      },
    },
  };
}
