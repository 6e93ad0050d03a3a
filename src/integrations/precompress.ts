// Build step: write a .gz next to every text file in dist/, so the local
// server (sirv) and static hosts that support it send compressed files
// without compressing on every request. Runs last, after search and headers.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { precompressDir } from '../lib/precompressDir.ts';

export function precompress(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(`gzipped ${await precompressDir(fileURLToPath(dir))} files`);
      },
    },
  };
}
