// Write a .gz next to every text file under a folder, so a static server
// sends compressed files without compressing on every request. Used by the
// build (src/integrations/precompress.ts) and by the benchmark, which
// compresses the Starlight comparison site the same way for a fair weigh-in.
// zlib's async gzip runs on libuv's thread pool, so files compress in parallel.
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip, constants } from 'node:zlib';

const gzipAsync = promisify(gzip);
const compressible = /\.(html|css|js|mjs|json|svg|xml|txt)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : compressible.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** Gzip every text file under `dir`; resolves to how many files were written. */
export async function precompressDir(dir: string): Promise<number> {
  const list = files(dir);
  const batch = 64; // bounded, so thousands of pages do not open thousands of files at once
  for (let i = 0; i < list.length; i += batch) {
    await Promise.all(
      list.slice(i, i + batch).map(async (file) => {
        await writeFile(`${file}.gz`, await gzipAsync(await readFile(file), { level: constants.Z_BEST_COMPRESSION }));
      }),
    );
  }
  return list.length;
}
