// Write a .gz next to every text file under a folder, so a static server
// sends compressed files without compressing on every request. Used by the
// build (src/integrations/precompress.ts) and by the benchmark, which
// compresses the Starlight comparison site the same way for a fair weigh-in.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

const compressible = /\.(html|css|js|mjs|json|svg|xml|txt)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : compressible.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** Gzip every text file under `dir`; returns how many files were written. */
export function precompressDir(dir: string): number {
  const list = files(dir);
  for (const file of list) {
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }));
  }
  return list.length;
}
