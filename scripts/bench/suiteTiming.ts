// The test suite's own cost, for npm run bench: wall time of each npm test
// step, and from the browser crawl's JSON report the time per page and per
// check (each check records its milliseconds as a "check-ms" annotation, see
// tests/e2e/support/timing.ts). Reported only; tests never assert timings.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface StepTime {
  step: string;
  seconds: number;
  ok: boolean;
}

export interface CrawlTiming {
  pages: number;
  workers: number;
  /** Wall time of the whole Playwright run, and of its crawl tests alone (sum of their durations / workers). */
  playwrightSeconds: number;
  crawlWallSecondsPerPage: number;
  checks: { check: string; meanMs: number; maxMs: number; shareOfCrawl: number }[];
  specs: { file: string; tests: number; seconds: number }[];
}

function timedRun(step: string, command: string, args: string[], env: Record<string, string> = {}): StepTime {
  const start = Date.now();
  const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  return { step, seconds: (Date.now() - start) / 1000, ok: r.status === 0 };
}

interface JsonSpec {
  file: string;
  title: string;
  tests: { results: { duration: number; annotations?: { type: string; description?: string }[] }[]; annotations?: { type: string; description?: string }[] }[];
}
interface JsonSuite {
  specs?: JsonSpec[];
  suites?: JsonSuite[];
}

function specsOf(suite: JsonSuite): JsonSpec[] {
  return [...(suite.specs ?? []), ...(suite.suites ?? []).flatMap(specsOf)];
}

/** Per-page and per-check numbers from a Playwright JSON report. */
export function crawlTiming(report: { suites: JsonSuite[]; stats: { duration: number }; config: { metadata?: unknown; workers?: number } }, workers: number): CrawlTiming {
  const specs = report.suites.flatMap(specsOf);
  const crawl = specs.filter((s) => s.title.startsWith('every page: '));
  const perCheck = new Map<string, number[]>();
  let crawlMs = 0;
  for (const spec of crawl) {
    for (const t of spec.tests) {
      for (const r of t.results) {
        crawlMs += r.duration;
        for (const a of [...(r.annotations ?? []), ...(t.annotations ?? [])]) {
          if (a.type !== 'check-ms' || !a.description) continue;
          const [check, ms] = a.description.split('=');
          perCheck.set(check, [...(perCheck.get(check) ?? []), Number(ms)]);
        }
      }
    }
  }
  const pages = crawl.length;
  const totalCheckMs = [...perCheck.values()].flat().reduce((a, b) => a + b, 0);
  const byFile = new Map<string, { tests: number; ms: number }>();
  for (const spec of specs) {
    const f = byFile.get(spec.file) ?? { tests: 0, ms: 0 };
    f.tests += spec.tests.length;
    f.ms += spec.tests.flatMap((t) => t.results).reduce((n, r) => n + r.duration, 0);
    byFile.set(spec.file, f);
  }
  return {
    pages,
    workers,
    playwrightSeconds: report.stats.duration / 1000,
    crawlWallSecondsPerPage: pages ? crawlMs / 1000 / workers / pages : 0,
    checks: [...perCheck.entries()].map(([check, ms]) => ({
      check,
      meanMs: ms.reduce((a, b) => a + b, 0) / ms.length,
      maxMs: Math.max(...ms),
      shareOfCrawl: totalCheckMs ? ms.reduce((a, b) => a + b, 0) / totalCheckMs : 0,
    })),
    specs: [...byFile.entries()].map(([file, f]) => ({ file, tests: f.tests, seconds: f.ms / 1000 / workers })).sort((a, b) => b.seconds - a.seconds),
  };
}

/** Run the npm test steps one by one, timing each, and read the crawl's report. */
export function timeSuite(): { steps: StepTime[]; crawl?: CrawlTiming } {
  const out = mkdtempSync(join(tmpdir(), 'bench-suite-'));
  const report = join(out, 'playwright.json');
  const workers = Number(process.env.PW_WORKERS ?? 2);
  const steps = [
    timedRun('types (astro check)', 'npx', ['astro', 'check']),
    timedRun('unit tests (Vitest)', 'npx', ['vitest', 'run']),
    timedRun('translations (i18n:check)', 'node', ['scripts/i18nCheck.ts']),
    timedRun('build', 'npx', ['astro', 'build']),
    timedRun('HTML validation (vnu-jar)', 'node', ['scripts/validateHtml.ts']),
    timedRun('browser tests (Playwright)', 'npx', ['playwright', 'test'], { PW_REPORTER: JSON.stringify([['json', { outputFile: report }]]) }),
  ];
  let crawl: CrawlTiming | undefined;
  try {
    crawl = crawlTiming(JSON.parse(readFileSync(report, 'utf8')), workers);
  } catch {
    crawl = undefined;
  }
  return { steps, crawl };
}

export function suiteSection(result: { steps: StepTime[]; crawl?: CrawlTiming }): string {
  const total = result.steps.reduce((n, s) => n + s.seconds, 0);
  const steps = [
    '| step | wall time (s) | passed |',
    '| --- | ---: | --- |',
    ...result.steps.map((s) => `| ${s.step} | ${s.seconds.toFixed(1)} | ${s.ok ? 'yes' : 'no'} |`),
    `| **all of npm test** | **${total.toFixed(1)}** (${(total / 60).toFixed(1)} min) | |`,
  ];
  const c = result.crawl;
  if (!c) return `${steps.join('\n')}\n\nThe browser tests wrote no report, so there is no per-page breakdown.`;
  const checks = [
    '| check (in order) | mean ms per page | slowest page (ms) | share of the crawl |',
    '| --- | ---: | ---: | ---: |',
    ...c.checks.map((k) => `| ${k.check} | ${k.meanMs.toFixed(0)} | ${k.maxMs.toFixed(0)} | ${(k.shareOfCrawl * 100).toFixed(0)}% |`),
  ];
  const specs = ['| spec file | tests | wall time (s) |', '| --- | ---: | ---: |', ...c.specs.map((s) => `| ${s.file} | ${s.tests} | ${s.seconds.toFixed(1)} |`)];
  return `${steps.join('\n')}

The crawl (\`tests/e2e/crawl.spec.ts\`): ${c.pages} pages, ${c.workers} workers, **${c.crawlWallSecondsPerPage.toFixed(2)} s of browser-test wall time per page** (sum of the crawl tests' durations / workers / pages). The whole Playwright run took ${c.playwrightSeconds.toFixed(0)} s.

${checks.join('\n')}

Browser-test wall time by spec file (sum of test durations / workers):

${specs.join('\n')}`;
}
