// Build scaling: copy the project (or make a Starlight project) in a temporary
// folder, add synthetic guides, build, and report time, pages per second,
// peak memory (GNU time's maximum resident set size of the build process)
// and the search index size. Temporary folders are removed afterwards.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localeCodes, locales } from '../../src/i18n/locales.ts';
import { copyProject } from '../../src/lib/projectCopy.ts';
import { sourceHash } from '../../src/lib/sourceHash.ts';
import { guidesFor, syntheticGuideForSite, syntheticGuideForStarlight, syntheticHashable } from '../../src/lib/syntheticGuides.ts';

export interface BuildRun {
  site: 'ours' | 'starlight';
  requestedPages: number;
  syntheticPages: number;
  builtPages: number;
  seconds: number;
  pagesPerSecond: number;
  peakMemoryMb: number;
  searchIndexKb: number;
  distDir?: string;
  error?: string;
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => statSync(join(dir, f)))
    .filter((s) => s.isFile())
    .reduce((n, s) => n + s.size, 0);
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

/** Run `astro build` in `cwd` under GNU time; returns seconds and peak memory. */
function timedBuild(cwd: string, astroBin: string, timeoutMs: number): { seconds: number; peakMemoryMb: number; error?: string } {
  const timeFile = join(cwd, '.build-time');
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', timeFile, process.execPath, astroBin, 'build'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error || result.status !== 0) {
    const tail = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    return { seconds: NaN, peakMemoryMb: NaN, error: result.error ? String(result.error) : `exit ${result.status}: ${tail}` };
  }
  const [seconds, kb] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds, peakMemoryMb: Math.round(kb / 1024) };
}

/** Build the site in `dir` and read off the numbers both sites are compared on. */
function buildAndMeasure(
  site: BuildRun['site'],
  dir: string,
  astroBin: string,
  pages: number,
  englishGuides: number,
  timeoutMs: number,
  keep: boolean,
): BuildRun {
  const run = timedBuild(dir, astroBin, timeoutMs);
  const dist = join(dir, 'dist');
  const builtPages = run.error ? 0 : countHtml(dist);
  return {
    site,
    requestedPages: pages,
    syntheticPages: englishGuides * localeCodes.length,
    builtPages,
    seconds: run.seconds,
    pagesPerSecond: Math.round(builtPages / run.seconds),
    peakMemoryMb: run.peakMemoryMb,
    searchIndexKb: Math.round(folderBytes(join(dist, 'pagefind')) / 1024),
    distDir: keep ? dist : undefined,
    error: run.error,
  };
}

export function buildOurs(root: string, pages: number, timeoutMs: number, keep = false): BuildRun {
  const dir = mkdtempSync(join(tmpdir(), `bench-ours-${pages}-`));
  try {
    copyProject(root, dir);
    const english = guidesFor(pages, localeCodes.length);
    for (let i = 0; i < english; i++) {
      const hash = sourceHash(syntheticHashable(i));
      for (const lang of localeCodes) {
        writeFileSync(join(dir, 'content/guides', lang, `synthetic-${i + 1}.mdx`), syntheticGuideForSite(i, lang, hash));
      }
    }
    return buildAndMeasure('ours', dir, join(root, 'node_modules/astro/bin/astro.mjs'), pages, english, timeoutMs, keep);
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

/** Install Astro (our version) and Starlight once into a temporary folder. */
export function prepareStarlight(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-starlight-'));
  const astroVersion = JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')).version;
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', dependencies: { astro: astroVersion, '@astrojs/starlight': '^0.42.4', sharp: '^0.34.0' } }, null, 2),
  );
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8', timeout: 600_000 });
  if (install.status !== 0) throw new Error(`installing Starlight failed:\n${install.stdout}${install.stderr}`);
  const localeConfig = Object.fromEntries(
    locales.map((l) => [l.code, { label: l.endonym, lang: l.tag, ...(l.dir === 'rtl' ? { dir: 'rtl' } : {}) }]),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'https://starlight-bench.example.org',
  integrations: [starlight({ title: 'Privacy guides', defaultLocale: 'en', locales: ${JSON.stringify(localeConfig)} })],
});
`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  return dir;
}

export function buildStarlight(dir: string, pages: number, timeoutMs: number, keep = false): BuildRun {
  const docs = join(dir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
  const english = guidesFor(pages, localeCodes.length);
  for (const lang of localeCodes) {
    mkdirSync(join(docs, lang), { recursive: true });
    writeFileSync(join(docs, lang, 'index.mdx'), syntheticGuideForStarlight(-1).replace('Synthetic guide 0', 'Home'));
    for (let i = 0; i < english; i++) writeFileSync(join(docs, lang, `synthetic-${i + 1}.mdx`), syntheticGuideForStarlight(i));
  }
  return buildAndMeasure('starlight', dir, join(dir, 'node_modules/astro/bin/astro.mjs'), pages, english, timeoutMs, keep);
}
