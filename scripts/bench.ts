// npm run bench: how light and how fast the site is, written to
// bench/RESULTS.md with SVG charts. Numbers are reported, never asserted
// (the byte and request budgets are tests, in tests/e2e/budgets.spec.ts).
//
//   1. page weight per page type (home, guide, tool, search), English and Arabic;
//   2. Lighthouse (mobile) on the same pages: four scores and LCP;
//   3. build scaling with synthetic guides in a temporary copy;
//   4. the same synthetic guides built with Starlight in a temporary folder;
//   5. the test suite's own time: each npm test step, and the browser crawl's
//      time per page and per check.
//
// Each part is written to bench/results/<part>.md and RESULTS.md joins them, so
// a part that is skipped keeps its last results (each part carries its date).
// Environment: BENCH_SIZES (default 100,1000,5000; "none" skips builds),
// BENCH_STARLIGHT=0 to skip Starlight, BENCH_LIGHTHOUSE=0 to skip Lighthouse,
// BENCH_PAGES=0 to skip page weight, BENCH_SUITE=0 to skip the test suite, CHROMIUM_PATH.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/chromium.ts';
import { barChart } from '../src/lib/benchChart.ts';
import { precompressDir } from '../src/lib/precompressDir.ts';
import { weigh, type Weight } from './bench/measure.ts';
import { serveDir } from './bench/serveDir.ts';
import { lighthouseScores, type LighthouseScores } from './bench/lighthouseRun.ts';
import { buildOurs, buildStarlight, prepareStarlight, type BuildRun } from './bench/buildScaling.ts';
import { suiteSection, timeSuite } from './bench/suiteTiming.ts';
import { ensurePrerequisites } from './prerequisites.ts';

const root = process.cwd();
const sizes = process.env.BENCH_SIZES === 'none' ? [] : (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number);
const withPages = process.env.BENCH_PAGES !== '0';
const withSuite = process.env.BENCH_SUITE !== '0';
const partsDir = join(root, 'bench', 'results');
const today = new Date().toISOString().slice(0, 10);
const machine = `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium at ${chromiumPath() ?? "Playwright's default"}`;
/** Write one part of the results, dated, for RESULTS.md to join. */
const writePart = (name: string, text: string) => writeFileSync(join(partsDir, `${name}.md`), `${text.trim()}\n\n_Measured on ${today} (${machine})._\n`);
const readPart = (name: string, heading: string) => (existsSync(join(partsDir, `${name}.md`)) ? readFileSync(join(partsDir, `${name}.md`), 'utf8') : `${heading}\n\nNot measured yet: run \`npm run bench\`.\n`);
const withStarlight = process.env.BENCH_STARLIGHT !== '0';
const withLighthouse = process.env.BENCH_LIGHTHOUSE !== '0';
const buildTimeoutMs = 30 * 60_000;
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

interface PageRow {
  site: string;
  type: string;
  lang: string;
  path: string;
  weight: Weight;
  lighthouse?: LighthouseScores;
}

async function weighPages(dist: string, port: number, site: string, pages: { type: string; lang: string; path: string }[]): Promise<PageRow[]> {
  const server = await serveDir(dist, port);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const rows: PageRow[] = [];
    for (const p of pages) rows.push({ site, ...p, weight: await weigh(browser, `http://127.0.0.1:${port}${p.path}`) });
    if (withLighthouse) {
      const scores = await lighthouseScores(rows.map((r) => `http://127.0.0.1:${port}${r.path}`));
      for (const r of rows) r.lighthouse = scores.get(`http://127.0.0.1:${port}${r.path}`);
    }
    return rows;
  } finally {
    await browser.close();
    server.close();
  }
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

function pageTable(rows: PageRow[]): string {
  const lines = [
    '| site | page | lang | KB over the wire | JS KB | requests | Perf | A11y | Best practices | SEO | LCP (ms) |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    const l = r.lighthouse;
    lines.push(
      `| ${r.site} | ${r.type} \`${r.path}\` | ${r.lang} | ${kb(r.weight.bytes)} | ${kb(r.weight.jsBytes)} | ${r.weight.requests} | ` +
        (l ? `${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.lcpMs} |` : '– | – | – | – | – |'),
    );
  }
  return lines.join('\n');
}

function buildTable(runs: BuildRun[]): string {
  const lines = [
    '| site | synthetic guide pages | pages built | build (s) | pages/s | peak memory (MB) | search index (KB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of runs) {
    lines.push(
      r.error
        ? `| ${r.site} | ${r.syntheticPages} | failed | – | – | – | – |`
        : `| ${r.site} | ${r.syntheticPages} | ${r.builtPages} | ${r.seconds.toFixed(1)} | ${r.pagesPerSecond} | ${r.peakMemoryMb} | ${r.searchIndexKb} |`,
    );
  }
  return lines.join('\n');
}

async function main() {
  const started = Date.now();
  mkdirSync(partsDir, { recursive: true });
  if (!ensurePrerequisites()) throw new Error('the machine lacks what the benchmark needs (see above)');

  log('building the site');
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error('npm run build failed');

  const pageTypes = ['en', 'ar'].flatMap((lang) => [
    { type: 'home', lang, path: `/${lang}/` },
    { type: 'guide', lang, path: `/${lang}/telehealth-privacy/` },
    { type: 'tool', lang, path: `/${lang}/tools/request-letter/` },
    { type: 'search', lang, path: `/${lang}/search/` },
  ]);
  const pageRows: PageRow[] = [];
  if (withPages) {
    log('weighing pages and running Lighthouse on our site');
    pageRows.push(...(await weighPages(join(root, 'dist'), 4510, 'ours', pageTypes)));
  }

  const runs: BuildRun[] = [];
  for (const size of sizes) {
    log(`building our site with about ${size} synthetic guide pages`);
    const run = buildOurs(root, size, buildTimeoutMs);
    runs.push(run);
    log(run.error ? `failed: ${run.error}` : `${run.builtPages} pages in ${run.seconds}s`);
  }

  let starlightNote = 'Starlight was skipped (BENCH_STARLIGHT=0).';
  if (withStarlight && sizes.length) {
    log('installing Starlight into a temporary folder');
    const dir = prepareStarlight(root);
    try {
      for (const size of sizes) {
        log(`building Starlight with about ${size} synthetic guide pages`);
        const keep = size === sizes[0] && withPages;
        const run = buildStarlight(dir, size, buildTimeoutMs, keep);
        runs.push(run);
        log(run.error ? `failed: ${run.error}` : `${run.builtPages} pages in ${run.seconds}s`);
        if (keep && run.distDir && !run.error) {
          await precompressDir(run.distDir);
          log('weighing Starlight guide pages (same server, same gzip, same Chromium)');
          pageRows.push(
            ...(await weighPages(run.distDir, 4511, 'starlight', [
              { type: 'guide', lang: 'en', path: '/en/synthetic-1/' },
              { type: 'guide', lang: 'ar', path: '/ar/synthetic-1/' },
            ])),
          );
        }
      }
      const version = spawnSync('npm', ['ls', '@astrojs/starlight', 'astro', '--depth=0'], { cwd: dir, encoding: 'utf8' }).stdout;
      starlightNote = `Starlight built in a temporary folder with: ${version.split('\n').slice(1).map((l) => l.replace(/^\W+/, '')).filter(Boolean).join(', ')}; default settings, the same seven locales, the same synthetic pages (plus one index page per language).`;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  if (withPages) {
    writeFileSync(
      join(root, 'bench/page-weight.svg'),
      barChart({
        title: 'Page weight over the wire (gzip), KB',
        unit: 'KB',
        series: ['total', 'JavaScript'],
        rows: pageRows.map((r) => ({ label: `${r.site} ${r.type} (${r.lang})`, values: [kb(r.weight.bytes), kb(r.weight.jsBytes)] })),
      }),
    );
    writePart(
      'pages',
      `## Page weight and Lighthouse (mobile)

Measured in Chromium at 390 px wide, served with gzip (precompressed files, the same server for both sites), before any interaction. Lighthouse ${withLighthouse ? 'ran with its default mobile settings (simulated slow 4G and a 4× slower CPU)' : 'was skipped'}.

![Page weight chart](page-weight.svg)

${pageTable(pageRows)}`,
    );
  }

  if (sizes.length) {
    const ours = runs.filter((r) => r.site === 'ours' && !r.error);
    const theirs = runs.filter((r) => r.site === 'starlight' && !r.error);
    writeFileSync(
      join(root, 'bench/build-speed.svg'),
      barChart({
        title: 'Build speed, pages per second (2 cores)',
        unit: 'pages/s',
        series: ['ours', ...(theirs.length ? ['Starlight'] : [])],
        rows: sizes.map((size) => ({
          label: `~${size} guide pages`,
          values: [ours.find((r) => r.requestedPages === size)?.pagesPerSecond ?? 0, ...(theirs.length ? [theirs.find((r) => r.requestedPages === size)?.pagesPerSecond ?? 0] : [])],
        })),
      }),
    );
    const ratioLines = sizes.map((size) => {
      const a = ours.find((r) => r.requestedPages === size);
      const b = theirs.find((r) => r.requestedPages === size);
      return a && b ? `- ~${size} guide pages: ${(a.pagesPerSecond / b.pagesPerSecond).toFixed(1)}× Starlight's pages per second` : `- ~${size} guide pages: no comparison (a build failed or was skipped)`;
    });
    const perPage = ours.map((r) => `${r.builtPages} pages: ${((r.seconds / r.builtPages) * 1000).toFixed(1)} ms per page`);
    writePart(
      'builds',
      `## Build scaling

Synthetic guides (about 450 words each, in all seven languages) added to a temporary copy of the project; the build includes the content checks, the link check, the Pagefind index and gzip. "Pages built" counts every HTML file, including the site's own pages and redirects. Peak memory is the build process's maximum resident set size (GNU time).

![Build speed chart](build-speed.svg)

${buildTable(runs)}

Growth (ours): ${perPage.join('; ')}. Linear growth keeps the time per page about flat.

Against Starlight:
${ratioLines.join('\n')}

${starlightNote}`,
    );
  }

  if (withSuite) {
    log('timing the test suite, step by step (npm test without its summary)');
    writePart(
      'suite',
      `## The test suite

Each step of \`npm test\` run on its own and timed (wall clock), then the browser crawl broken down per check: every check of a page records its own milliseconds (\`tests/e2e/support/timing.ts\`). Budgets in tests are bytes and counts; these times are only for reading.

${suiteSection(timeSuite())}`,
    );
  }

  const results = `# Benchmark results

Written by \`npm run bench\`. One run per part; numbers vary from machine to machine and run to run. Each part below says when and where it was measured (a part skipped in the last run keeps its earlier numbers). Timings are for reading, never for tests: the budgets that tests enforce are bytes and counts (\`tests/e2e/crawl.spec.ts\`).

## Reproduce

\`\`\`sh
npm install
npm run bench                          # everything: about 25-35 minutes on 2 cores
BENCH_SIZES=100,1000 npm run bench     # smaller build-scaling runs
BENCH_SIZES=none BENCH_PAGES=0 npm run bench   # only the test suite's timing
BENCH_SUITE=0 BENCH_STARLIGHT=0 BENCH_LIGHTHOUSE=0 npm run bench
\`\`\`

Starlight is installed into a temporary folder for the run and deleted afterwards; none of its code is kept here.

${readPart('pages', '## Page weight and Lighthouse (mobile)')}
${readPart('builds', '## Build scaling')}
${readPart('suite', '## The test suite')}
Last benchmark run: ${Math.round((Date.now() - started) / 60000)} minutes.
`;
  writeFileSync(join(root, 'bench/RESULTS.md'), results);
  log('wrote bench/RESULTS.md (from bench/results/*.md) and its charts');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
